/**
 * Acknowledged issues: "we know, and here is why". A project can record
 * that an issue the check raises is known and accepted for now, with the
 * reason, who accepted it, when, and when to look at it again. The check
 * then reports the issue as acknowledged, apart from the open ones.
 *
 * @module
 */
import * as z from 'zod';
import { type ProblemDetail, problem } from './errors.js';
import { AcknowledgementIdSchema } from './ids.js';
import { ExtensionsSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives.js';
import type { DeepReadonly } from './readonly.js';

/**
 * The shape of an issue id in a check report: `cp-` and 16 hex digits.
 *
 * @category Model
 * @example `ISSUE_ID_PATTERN.test('cp-0123456789abcdef') // true`
 */
export const ISSUE_ID_PATTERN: RegExp = /^cp-[0-9a-f]{16}$/;

/**
 * The record an acknowledgement by rule is about: its kind, as issues name
 * it (`member`, `activity`, `decision`, …), and its id.
 *
 * @category Model
 * @example `AcknowledgedSubjectSchema.parse({ type: 'member', id: 'm-03' })`
 */
export const AcknowledgedSubjectSchema = z.strictObject({
  type: z
    .string()
    .max(32)
    .regex(/^[a-z]+(?:-[a-z]+)*$/, {
      error: 'must be the kind of record an issue is about, such as "member" or "activity"',
    }),
  id: z.string().min(1).max(128),
});
/** The record an acknowledgement is about. @category Model @example `const s: AcknowledgedSubject = { type: 'activity', id: 'a-04' };` */
export type AcknowledgedSubject = DeepReadonly<z.infer<typeof AcknowledgedSubjectSchema>>;

/**
 * An acknowledged issue. It names the issue either by its id
 * (`issueId`, as a report shows it) or by the rule and the record it is
 * about (`ruleId` and `subject`; without `subject`, the rule's issue about
 * the whole project). The reason is required; `reviewOn` is the day to look
 * at it again, read in the project's time zone.
 *
 * @category Model
 * @example
 * ```ts
 * AcknowledgementSchema.parse({
 *   id: 'ack-01',
 *   ruleId: 'meets-in-community',
 *   reason: 'The community centre is closed for repairs until March; we meet at the civic centre until then.',
 *   by: 'Priya Shah, project lead',
 *   on: '2026-10-02',
 *   reviewOn: '2027-03-31',
 * });
 * ```
 */
export const AcknowledgementSchema = z.strictObject({
  id: AcknowledgementIdSchema,
  /** The issue's id, as a report shows it. Give this, or `ruleId`. */
  issueId: z
    .string()
    .regex(ISSUE_ID_PATTERN, { error: 'must be an issue id like "cp-0123456789abcdef"' })
    .optional(),
  /** The rule whose issue this is. Give this, or `issueId`. */
  ruleId: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
      error: 'must be a rule id like "quiet-members"',
    })
    .optional(),
  /** With `ruleId`: the record the issue is about. Left out: the issue about the whole project. */
  subject: AcknowledgedSubjectSchema.optional(),
  /** Why the issue is accepted for now, in plain words. Required. */
  reason: TextSchema,
  /** Who acknowledged it: a name, a role, or a board. */
  by: LabelSchema,
  /** When it was acknowledged. */
  on: IsoDateSchema,
  /** When to look at it again; the check reports it once this day has passed. */
  reviewOn: IsoDateSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An acknowledged issue. @category Model @example `const due = (a: Acknowledgement, today: string) => a.reviewOn !== undefined && a.reviewOn < today;` */
export type Acknowledgement = DeepReadonly<z.infer<typeof AcknowledgementSchema>>;

type Path = (string | number)[];

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * What an acknowledgement's schema cannot say: it names its issue one way
 * only (by issue id, or by rule), a subject only with a rule, and a review
 * date not before the day it was made. Paths are relative to the
 * acknowledgement, prefixed by `at`. Tolerates a value of the wrong shape.
 *
 * @internal
 * @example
 * ```ts
 * acknowledgementProblems(
 *   { id: 'ack-01', issueId: 'i-1', reason: 'Agreed with the group', by: 'Project lead', on: '2026-03-01', reviewOn: '2026-02-01' },
 *   ['acknowledgements', 0],
 * );
 * // [{ pointer: '/acknowledgements/0/reviewOn', message: 'must not be before the day it was acknowledged', ... }]
 * ```
 */
export function acknowledgementProblems(value: unknown, at: Path = []): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  const issueId = field(value, 'issueId');
  const ruleId = field(value, 'ruleId');
  const subject = field(value, 'subject');
  if (issueId !== undefined && ruleId !== undefined) {
    out.push(
      problem(
        [...at, 'ruleId'],
        'name the issue one way: by its issue id, or by its rule (and subject), not both',
        { code: 'acknowledgement-named-twice' },
      ),
    );
  } else if (issueId === undefined && ruleId === undefined) {
    out.push(
      problem([...at, 'issueId'], 'name the issue: give its issue id, or its rule id and subject', {
        code: 'acknowledgement-unnamed',
      }),
    );
  }
  if (subject !== undefined && ruleId === undefined) {
    out.push(
      problem([...at, 'subject'], 'a subject names a record for a rule: give the ruleId', {
        code: 'acknowledgement-subject-no-rule',
      }),
    );
  }
  const on = field(value, 'on');
  const reviewOn = field(value, 'reviewOn');
  if (typeof on === 'string' && typeof reviewOn === 'string' && reviewOn < on) {
    out.push(
      problem([...at, 'reviewOn'], 'must not be before the day it was acknowledged', {
        code: 'acknowledgement-review-early',
      }),
    );
  }
  return out;
}
