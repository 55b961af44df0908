/**
 * The shape of a declarative fact: a measure (count, share, sum, min, max,
 * latest, earliest, age, list, value, choose, checklist) over a collection
 * of the project, with `where` filters, an optional `groupBy` that turns it
 * into findings about each member (or other subject), and `{ "param" }`
 * references to the rule's parameters.
 *
 * This module checks the structure only; {@link compileDeclaredFact} checks
 * collections, fields and types against the model and builds the fact.
 *
 * @module
 */
import * as z from 'zod';
import { StageSchema } from '../../model/project.js';
import { codedMessage } from '../../model/zod-problems.js';
import { TEXT_EVIDENCE_STATES, type TextEvidence } from '../facts/evidence.js';
import { joinList } from '../messages.js';
import { PROTOTYPE_KEYS } from '../path.js';

/**
 * The limits every declarative fact keeps, so the work one can cause is
 * bounded whatever a file says. Every leaf of a filter is tested at most
 * once per record of the collection it ranges over, so one fact costs at
 * most `maxLeaves` tests per record of the largest collection it reads,
 * plus one pass to group or add up: linear in the size of the project.
 *
 * @category Customisation
 * @example `DECLARATIVE_LIMITS.maxFilterDepth // 4`
 */
export const DECLARATIVE_LIMITS = Object.freeze({
  /** Declared facts in one rule file's `define`. */
  maxDefinitions: 20,
  /** Nesting of `all` / `any` / `not` in one filter. */
  maxFilterDepth: 4,
  /** Filter leaves in one declared fact, nested measures included. */
  maxLeaves: 32,
  /**
   * Measures inside measures: a `choose` case may test one measure, which
   * may not itself hold a measure. There is no way to name another
   * declared fact, so nothing can recur.
   */
  maxMeasureDepth: 2,
  /** Cases of one `choose`. */
  maxCases: 10,
  /** Items of one `checklist`. */
  maxChecklistItems: 20,
  /** Values a `list` measure returns (the first ones, in document order). */
  maxListValues: 100,
  /** Values in one literal list (`in`, `notIn`…). */
  maxLiteralList: 100,
  /** Segments in one field path. */
  maxPathSegments: 6,
});

const camelName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][A-Za-z0-9]*$/, {
    message: codedMessage(
      'must be camelCase letters and digits, starting with a lower-case letter',
      'declared-camel-name',
    ),
  })
  .refine((v) => !PROTOTYPE_KEYS.has(v), {
    message: codedMessage('must not be a prototype key', 'declared-prototype-key'),
  });

/**
 * `{ "param": "name" }`: the value of one of the rule's parameters,
 * substituted when the rule set is compiled.
 *
 * @category Customisation
 * @example `DeclaredParamRefSchema.parse({ param: 'recentDays' })`
 */
export const DeclaredParamRefSchema = z.strictObject({ param: camelName });

/**
 * A dot path to a field of one record, such as `governance.route`: names
 * only, no indexes, wildcards or filters, and never a prototype key.
 *
 * @category Customisation
 * @example `FieldPathSchema.parse('purpose.what')`
 */
export const FieldPathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, {
    message: codedMessage(
      'must be a dot path of field names, like "governance.route"',
      'declared-field-path',
    ),
  })
  .refine((path) => path.split('.').every((s) => !PROTOTYPE_KEYS.has(s)), {
    message: codedMessage(
      `must not use ${[...PROTOTYPE_KEYS].map((k) => `"${k}"`).join(', ')}`,
      'declared-path-prototype',
      { keys: [...PROTOTYPE_KEYS].map((k) => `"${k}"`) },
    ),
  })
  .refine((path) => path.split('.').length <= DECLARATIVE_LIMITS.maxPathSegments, {
    message: codedMessage(
      `must have at most ${DECLARATIVE_LIMITS.maxPathSegments} segments`,
      'declared-path-segments',
      { max: DECLARATIVE_LIMITS.maxPathSegments },
    ),
  });

const scalar = z.union([z.string().max(2000), z.number(), z.boolean()]);
const scalarOrParam = z.union([scalar, DeclaredParamRefSchema]);
const listOrParam = z.union([
  z.array(scalar).min(1).max(DECLARATIVE_LIMITS.maxLiteralList),
  DeclaredParamRefSchema,
]);
const numberOrParam = z.union([z.number(), DeclaredParamRefSchema]);
const daysOrParam = z.union([z.int().min(0).max(100_000), DeclaredParamRefSchema]);

/**
 * A date to compare with: `"today"` (the calendar date of the check in the
 * project's time zone), `"now"` (the moment of the check), a literal
 * `YYYY-MM-DD`, `{ "daysAgo": n }`, `{ "daysAhead": n }`, or another field
 * of the same record with an optional `plusDays`.
 *
 * @category Customisation
 * @example `DateOperandSchema.parse({ field: 'claimedOn', plusDays: 30 })`
 */
export const DateOperandSchema = z.union([
  z.literal('today'),
  z.literal('now'),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: codedMessage('must be "today", "now" or a date', 'declared-date-operand'),
  }),
  z.strictObject({ daysAgo: daysOrParam }),
  z.strictObject({ daysAhead: daysOrParam }),
  z.strictObject({ field: FieldPathSchema, plusDays: daysOrParam.optional() }),
]);

/**
 * What free text holds: real words, a placeholder such as "tbc", or nothing.
 *
 * @category Customisation
 * @example `TextStateSchema.options // ['present', 'placeholder', 'missing']`
 */
export const TextStateSchema = z.enum(TEXT_EVIDENCE_STATES);

/**
 * Every comparison a filter leaf (or a `flag`) may make, with the kind of
 * value each takes.
 *
 * @category Customisation
 * @example `FILTER_OPERATORS.includes('withinDays') // true`
 */
export const FILTER_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'contains',
  'doesNotContain',
  'containsAll',
  'containsNone',
  'isEmpty',
  'notEmpty',
  'present',
  'text',
  'before',
  'onOrBefore',
  'after',
  'onOrAfter',
  'withinDays',
  'refersTo',
] as const;

/** A filter comparison's words: what it does, and how it reads in a sentence. */
interface FilterOperatorEntry {
  /** One plain sentence for the guide and `coproduce facts`. */
  readonly description: string;
  /** How the comparison reads after the field, before its value ("is at least"). */
  readonly words: string;
}

/**
 * Everything said about each filter comparison, in one place: the
 * descriptions and the words of `describeFilter` are read from it.
 *
 * @internal
 * @example `FILTER_OPERATOR_TABLE.withinDays.words // 'is within this many days before today:'`
 */
export const FILTER_OPERATOR_TABLE: Readonly<Record<FilterOperator, FilterOperatorEntry>> = {
  equal: {
    description:
      "The field is this value (a word of the field's list, a number, true or false, text).",
    words: 'is',
  },
  notEqual: {
    description: 'The field is recorded and is not this value.',
    words: 'is not',
  },
  in: {
    description: 'The field is one of these values.',
    words: 'is one of',
  },
  notIn: {
    description: 'The field is recorded and is none of these values.',
    words: 'is none of',
  },
  lessThan: {
    description: 'The number is less than this.',
    words: 'is less than',
  },
  lessThanInclusive: {
    description: 'The number is at most this.',
    words: 'is at most',
  },
  greaterThan: {
    description: 'The number is more than this.',
    words: 'is more than',
  },
  greaterThanInclusive: {
    description: 'The number is at least this.',
    words: 'is at least',
  },
  contains: {
    description: 'The list field includes this value.',
    words: 'includes',
  },
  doesNotContain: {
    description: 'The list field is recorded and does not include this value.',
    words: 'does not include',
  },
  containsAll: {
    description: 'The list field includes every one of these values.',
    words: 'includes all of',
  },
  containsNone: {
    description: 'The list field is recorded and includes none of these values.',
    words: 'includes none of',
  },
  isEmpty: {
    description: 'The list field is recorded and empty (true).',
    words: 'is an empty list',
  },
  notEmpty: {
    description: 'The list field has at least one item (true).',
    words: 'lists something',
  },
  present: {
    description: 'The field is recorded (true) or not recorded (false).',
    words: 'is recorded',
  },
  text: {
    description:
      'The free-text field holds "present" (real words), "placeholder" (such as "tbc") or "missing" (nothing): one state or a list of them. On a list of text, "present" when some item holds real words, "placeholder" when every item is a placeholder, "missing" when the list is empty or not recorded.',
    words: 'holds',
  },
  before: {
    description:
      'The date is before this date: "today", "now", a date, { "daysAgo": n }, { "daysAhead": n } or { "field": other date, "plusDays": n }.',
    words: 'is before',
  },
  onOrBefore: {
    description: 'The date is on or before this date (as for "before").',
    words: 'is on or before',
  },
  after: {
    description: 'The date is after this date (as for "before").',
    words: 'is after',
  },
  onOrAfter: {
    description: 'The date is on or after this date (as for "before").',
    words: 'is on or after',
  },
  withinDays: {
    description:
      "The date is today or at most this many days before it, in the project's time zone.",
    words: 'is within this many days before today:',
  },
  refersTo: {
    description:
      'The field, an id or a list of ids, names at least one record that passes this filter (written on the fields of that record, such as a member\'s "staffSide").',
    words: 'names a record where',
  },
};

/**
 * What each comparison of a filter does, in one plain sentence, for the
 * guide and `coproduce facts`.
 *
 * @category Customisation
 * @example
 * ```ts
 * // A council's own help page listing what a filter can compare.
 * for (const [name, description] of Object.entries(FILTER_OPERATOR_DESCRIPTIONS)) console.log(`${name}: ${description}`);
 * ```
 */
export const FILTER_OPERATOR_DESCRIPTIONS: Readonly<
  Record<(typeof FILTER_OPERATORS)[number], string>
> = Object.freeze(
  Object.fromEntries(
    FILTER_OPERATORS.map((name) => [name, FILTER_OPERATOR_TABLE[name].description]),
  ) as Record<FilterOperator, string>,
);

/**
 * Every measure, with what it gives, in one plain sentence, for the guide
 * and `coproduce facts`.
 *
 * @category Customisation
 * @example `MEASURES.map((m) => m.name) // ['count', 'share', ...]`
 */
export const MEASURES: readonly {
  readonly name: Measure['measure'];
  readonly description: string;
}[] = Object.freeze([
  { name: 'count', description: 'How many records of a collection pass "where". A number.' },
  {
    name: 'share',
    description:
      'Of the records that pass "among" (all of them when left out), the share that also pass "where", from 0 to 1. Missing when fewer than "minItems" (default 1) pass "among".',
  },
  { name: 'sum', description: 'The total of a number field over the records that pass "where".' },
  { name: 'min', description: 'The smallest value of a number field; missing when there is none.' },
  { name: 'max', description: 'The largest value of a number field; missing when there is none.' },
  {
    name: 'latest',
    description:
      "The latest date of a date field (a date-time counts by its calendar day in the project's time zone); missing when there is none.",
  },
  {
    name: 'earliest',
    description: 'The earliest date of a date field; missing when there is none.',
  },
  {
    name: 'age',
    description:
      'Calendar days from the latest date of a date field to today (negative for a date still to come); missing when there is none.',
  },
  {
    name: 'list',
    description:
      'The distinct values of a text, word or date field (text only when it holds real words), for messages; at most 100.',
  },
  {
    name: 'value',
    description:
      'One field of the project itself: missing when not recorded, and free text counts only when it holds real words.',
  },
  {
    name: 'choose',
    description:
      'The value of the first case whose "when" (a filter on the project, which may test a measure) holds, else "otherwise"; null in a case means "needs review".',
  },
  {
    name: 'checklist',
    description:
      'Parts of the project that must be written down: "gaps" lists the parts never written once the work is under way, is missing while a part is only a placeholder or not yet agreed by the group, and is empty when all is there; "toReview" lists what to record or check.',
  },
]);

/**
 * One comparison operator of a filter.
 *
 * @category Customisation
 * @example `const op: FilterOperator = 'onOrBefore';`
 */
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

const comparisonShape = {
  equal: scalarOrParam.optional(),
  notEqual: scalarOrParam.optional(),
  in: listOrParam.optional(),
  notIn: listOrParam.optional(),
  lessThan: numberOrParam.optional(),
  lessThanInclusive: numberOrParam.optional(),
  greaterThan: numberOrParam.optional(),
  greaterThanInclusive: numberOrParam.optional(),
  contains: scalarOrParam.optional(),
  doesNotContain: scalarOrParam.optional(),
  containsAll: listOrParam.optional(),
  containsNone: listOrParam.optional(),
  isEmpty: z.literal(true).optional(),
  notEmpty: z.literal(true).optional(),
  present: z.boolean().optional(),
  text: z.union([TextStateSchema, z.array(TextStateSchema).min(1).max(3)]).optional(),
  before: DateOperandSchema.optional(),
  onOrBefore: DateOperandSchema.optional(),
  after: DateOperandSchema.optional(),
  onOrAfter: DateOperandSchema.optional(),
  withinDays: daysOrParam.optional(),
  refersTo: z.lazy(() => FilterSchema).optional(),
} as const;

/**
 * A literal, a list of literals or `{ "param" }`, as written in a comparison.
 *
 * @category Customisation
 * @example `const v: FilterOperand = ['accepted', 'received'];`
 */
export type FilterOperand =
  | string
  | number
  | boolean
  | readonly (string | number | boolean)[]
  | { readonly param: string };

/**
 * A date operand, as written.
 *
 * @category Customisation
 * @example `const d: DateOperand = { daysAgo: 30 };`
 */
export type DateOperand =
  | string
  | { readonly daysAgo: number | { readonly param: string } }
  | { readonly daysAhead: number | { readonly param: string } }
  | { readonly field: string; readonly plusDays?: number | { readonly param: string } | undefined };

/**
 * The comparisons of a filter leaf; exactly one is given.
 *
 * @category Customisation
 * @example `const c: Comparison = { greaterThan: 0 };`
 */
export interface Comparison {
  readonly equal?: FilterOperand | undefined;
  readonly notEqual?: FilterOperand | undefined;
  readonly in?: FilterOperand | undefined;
  readonly notIn?: FilterOperand | undefined;
  readonly lessThan?: number | { readonly param: string } | undefined;
  readonly lessThanInclusive?: number | { readonly param: string } | undefined;
  readonly greaterThan?: number | { readonly param: string } | undefined;
  readonly greaterThanInclusive?: number | { readonly param: string } | undefined;
  readonly contains?: FilterOperand | undefined;
  readonly doesNotContain?: FilterOperand | undefined;
  readonly containsAll?: FilterOperand | undefined;
  readonly containsNone?: FilterOperand | undefined;
  readonly isEmpty?: true | undefined;
  readonly notEmpty?: true | undefined;
  readonly present?: boolean | undefined;
  readonly text?: TextEvidence | readonly TextEvidence[] | undefined;
  readonly before?: DateOperand | undefined;
  readonly onOrBefore?: DateOperand | undefined;
  readonly after?: DateOperand | undefined;
  readonly onOrAfter?: DateOperand | undefined;
  readonly withinDays?: number | { readonly param: string } | undefined;
  /** The field (an id, or a list of ids) names at least one record that passes this filter. */
  readonly refersTo?: Filter | undefined;
}

/**
 * A filter: `all` / `any` of a list, `not` of one, or a leaf that compares
 * one `field` of the record (or, where the filter is about the project, a
 * nested `measure`) with exactly one comparison.
 *
 * @category Customisation
 * @example `const f: Filter = { all: [{ field: 'active', equal: true }, { field: 'staffSide', equal: false }] };`
 */
export interface Filter extends Comparison {
  readonly all?: readonly Filter[] | undefined;
  readonly any?: readonly Filter[] | undefined;
  readonly not?: Filter | undefined;
  readonly field?: string | undefined;
  readonly measure?: Measure | undefined;
}

/**
 * Zod schema of {@link IfMissing}; a grouped measure's `ifNoSubjects`
 * takes the same words but `flag`.
 *
 * @category Customisation
 * @example `IfMissingSchema.options // ['review', 'flag', 'pass']`
 */
export const IfMissingSchema = z.enum(['review', 'flag', 'pass']);

/**
 * What a grouped measure does with a subject that has no value (a member
 * with no dated entries for `latest`): needs review (the default: no
 * silent passes), flagged, or passed.
 *
 * @category Customisation
 * @example `const m: IfMissing = 'review';`
 */
export type IfMissing = z.output<typeof IfMissingSchema>;

/**
 * The keys that make a measure grouped: one finding per subject.
 *
 * @category Customisation
 * @example `const g: GroupKeys = { groupBy: 'memberId', flag: { equal: 0 } };`
 */
export interface GroupKeys {
  /** A field that names a subject (an id, or a list of ids): one finding per subject. */
  readonly groupBy?: string | undefined;
  /** Which subjects count, as a filter on the subjects' own records. */
  readonly subjects?: Filter | undefined;
  /** When a subject's value makes it flagged; required with `groupBy`. */
  readonly flag?: Comparison | undefined;
  readonly ifMissing?: IfMissing | undefined;
  /** When no subject is left: needs review (default) or passes. */
  readonly ifNoSubjects?: Exclude<IfMissing, 'flag'> | undefined;
}

/**
 * The words that go with a declared fact, for its documentation.
 *
 * @category Customisation
 * @example `const d: DocKeys = { description: 'How many ideas members raised.', unit: 'ideas' };`
 */
export interface DocKeys {
  /** Plain words for the docs; required in the fact library. */
  readonly description?: string | undefined;
  /** The unit of a number, for the docs ("days", "members"). */
  readonly unit?: string | undefined;
}

/**
 * One item of a checklist: a text field that must hold real words, a list
 * of text with at least one real entry, a field that must be present, or a
 * list of member ids of whom at least one is not staff ("agreed by the
 * group"). `label` names it in messages.
 *
 * @category Customisation
 * @example `const item: ChecklistItem = { text: 'purpose.why', label: 'why it matters' };`
 */
export interface ChecklistItem {
  readonly text?: string | undefined;
  readonly texts?: string | undefined;
  readonly present?: string | undefined;
  readonly agreedBy?: string | undefined;
  readonly label: string;
}

/**
 * A measure: what a declarative fact computes.
 *
 * @category Customisation
 * @example `const m: Measure = { measure: 'count', of: 'decisions', where: { field: 'influence', in: ['collaborate', 'empower'] } };`
 */
export type Measure = DocKeys &
  (
    | ({
        readonly measure: 'count';
        readonly of: string;
        readonly where?: Filter | undefined;
      } & GroupKeys)
    | ({
        readonly measure: 'share';
        readonly of: string;
        readonly where: Filter;
        readonly among?: Filter | undefined;
        readonly minItems?: number | { readonly param: string } | undefined;
      } & GroupKeys)
    | ({
        readonly measure: 'sum' | 'min' | 'max' | 'latest' | 'earliest' | 'age';
        readonly of: string;
        readonly field: string;
        readonly where?: Filter | undefined;
      } & GroupKeys)
    | {
        readonly measure: 'list';
        readonly of: string;
        readonly field: string;
        readonly where?: Filter | undefined;
      }
    | { readonly measure: 'value'; readonly field: string }
    | {
        readonly measure: 'choose';
        readonly cases: readonly {
          readonly when: Filter;
          readonly value: string | number | boolean | null;
        }[];
        readonly otherwise: string | number | boolean | null;
      }
    | {
        readonly measure: 'checklist';
        readonly report: 'gaps' | 'toReview';
        readonly items: readonly ChecklistItem[];
        readonly knownGapStages?: readonly string[] | undefined;
      }
  );

const FILTER_SUBJECT_KEYS = ['all', 'any', 'not', 'field', 'measure'] as const;

function exactlyOneComparison(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  what: 'field' | 'measure' | 'flag',
): void {
  const given = FILTER_OPERATORS.filter((op) => value[op] !== undefined);
  if (given.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `the ${what} needs one comparison: ${FILTER_OPERATORS.join(', ')}`,
      path: [],
      params: { code: `declared-${what}-needs-comparison`, operators: [...FILTER_OPERATORS] },
    });
  } else if (given.length > 1) {
    const quoted = given.map((g) => `"${g}"`);
    ctx.addIssue({
      code: 'custom',
      message: `must make one comparison, not ${joinList(quoted, 'and')}: use "all" to make several`,
      path: [given[1]!],
      params: { code: 'declared-one-comparison', allOf: quoted },
    });
  }
}

/**
 * The filter grammar. One object shape with every key optional, so a
 * mistyped key is named as unknown; which keys may go together is checked
 * after.
 *
 * @category Customisation
 * @example `FilterSchema.safeParse({ field: 'status', in: ['accepted', 'received'] }).success // true`
 */
export const FilterSchema: z.ZodType<Filter> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(FilterSchema).min(1).max(20).optional(),
      any: z.array(FilterSchema).min(1).max(20).optional(),
      not: FilterSchema.optional(),
      field: FieldPathSchema.optional(),
      measure: MeasureSchema.optional(),
      ...comparisonShape,
    })
    .superRefine((value, ctx) => {
      const record = value as Record<string, unknown>;
      const heads = FILTER_SUBJECT_KEYS.filter((k) => record[k] !== undefined);
      if (heads.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            heads.length === 0
              ? 'must be { "all": [...] }, { "any": [...] }, { "not": {...} }, or a comparison of one "field"'
              : `must use only one of ${joinList(
                  heads.map((h) => `"${h}"`),
                  'and',
                )}`,
          path: [],
          params:
            heads.length === 0
              ? { code: 'declared-filter-shape' }
              : { code: 'declared-one-head', allOf: heads.map((h) => `"${h}"`) },
        });
        return;
      }
      const head = heads[0]!;
      if (head === 'all' || head === 'any' || head === 'not') {
        for (const op of FILTER_OPERATORS) {
          if (record[op] !== undefined)
            ctx.addIssue({
              code: 'custom',
              message: `a comparison belongs with a "field", not beside "${head}"`,
              path: [op],
              params: { code: 'declared-comparison-beside', head },
            });
        }
        return;
      }
      exactlyOneComparison(record, ctx, head === 'field' ? 'field' : 'measure');
    }),
) as z.ZodType<Filter>;

/**
 * A `flag` of a grouped measure: one comparison of a subject's value.
 *
 * @category Customisation
 * @example `ComparisonSchema.parse({ equal: 0 })`
 */
export const ComparisonSchema: z.ZodType<Comparison> = z
  .strictObject(comparisonShape)
  .superRefine((value, ctx) => {
    exactlyOneComparison(value as Record<string, unknown>, ctx, 'flag');
  }) as z.ZodType<Comparison>;

const collectionName = z.string().min(1).max(64);
const docKeys = {
  description: z.string().min(1).max(2000).optional(),
  unit: z.string().min(1).max(64).optional(),
};
const groupKeys = {
  groupBy: FieldPathSchema.optional(),
  subjects: FilterSchema.optional(),
  flag: ComparisonSchema.optional(),
  ifMissing: IfMissingSchema.optional(),
  ifNoSubjects: IfMissingSchema.exclude(['flag']).optional(),
};
const thenValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

const ChecklistItemSchema = z
  .strictObject({
    text: FieldPathSchema.optional(),
    texts: FieldPathSchema.optional(),
    present: FieldPathSchema.optional(),
    agreedBy: FieldPathSchema.optional(),
    label: z.string().min(1).max(500),
  })
  .superRefine((value, ctx) => {
    const kinds = (['text', 'texts', 'present', 'agreedBy'] as const).filter(
      (k) => value[k] !== undefined,
    );
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'must name exactly one field, as "text", "texts", "present" or "agreedBy"',
        path: [],
        params: { code: 'declared-checklist-one-field' },
      });
    }
  });

/**
 * The measure grammar, as one union on `measure`.
 *
 * @category Customisation
 * @example `MeasureSchema.safeParse({ measure: 'count', of: 'members' }).success // true`
 */
export const MeasureSchema: z.ZodType<Measure> = z.lazy(() =>
  z.discriminatedUnion('measure', [
    z.strictObject({
      measure: z.literal('count'),
      of: collectionName,
      where: FilterSchema.optional(),
      ...groupKeys,
      ...docKeys,
    }),
    z.strictObject({
      measure: z.literal('share'),
      of: collectionName,
      where: FilterSchema,
      among: FilterSchema.optional(),
      minItems: z.union([z.int().min(1).max(100_000), DeclaredParamRefSchema]).optional(),
      ...groupKeys,
      ...docKeys,
    }),
    z.strictObject({
      measure: z.enum(['sum', 'min', 'max', 'latest', 'earliest', 'age']),
      of: collectionName,
      field: FieldPathSchema,
      where: FilterSchema.optional(),
      ...groupKeys,
      ...docKeys,
    }),
    z.strictObject({
      measure: z.literal('list'),
      of: collectionName,
      field: FieldPathSchema,
      where: FilterSchema.optional(),
      ...docKeys,
    }),
    z.strictObject({ measure: z.literal('value'), field: FieldPathSchema, ...docKeys }),
    z.strictObject({
      measure: z.literal('choose'),
      cases: z
        .array(z.strictObject({ when: FilterSchema, value: thenValue }))
        .min(1)
        .max(DECLARATIVE_LIMITS.maxCases),
      otherwise: thenValue,
      ...docKeys,
    }),
    z.strictObject({
      measure: z.literal('checklist'),
      report: z.enum(['gaps', 'toReview']),
      items: z.array(ChecklistItemSchema).min(1).max(DECLARATIVE_LIMITS.maxChecklistItems),
      knownGapStages: z.array(StageSchema).min(1).max(5).optional(),
      ...docKeys,
    }),
  ]),
) as z.ZodType<Measure>;

/**
 * A rule file's `define`: names (camelCase, like fact ids) for the
 * declarative facts the rule reads, usable in its conditions, `facts`,
 * `subjects` and messages exactly like a fact of the catalogue.
 *
 * @category Customisation
 * @example `DefineSchema.parse({ decisionCount: { measure: 'count', of: 'decisions' } })`
 */
export const DefineSchema = z
  .record(camelName, MeasureSchema)
  .refine((v) => Object.keys(v).length <= DECLARATIVE_LIMITS.maxDefinitions, {
    message: codedMessage(
      `may declare at most ${DECLARATIVE_LIMITS.maxDefinitions} facts`,
      'declared-too-many-facts',
      { max: DECLARATIVE_LIMITS.maxDefinitions },
    ),
  });

/**
 * Every key the language knows, in filters, measures, checklist items and
 * date operands: for "did you mean" when a key is mistyped.
 *
 * @category Customisation
 * @example `DECLARATION_KEYS.includes('groupBy') // true`
 */
export const DECLARATION_KEYS: readonly string[] = Object.freeze([
  ...new Set([
    ...FILTER_SUBJECT_KEYS,
    ...FILTER_OPERATORS,
    'measure',
    'of',
    'where',
    'among',
    'minItems',
    'groupBy',
    'subjects',
    'flag',
    'ifMissing',
    'ifNoSubjects',
    'cases',
    'when',
    'value',
    'otherwise',
    'report',
    'items',
    'knownGapStages',
    'texts',
    'agreedBy',
    'label',
    'description',
    'unit',
    'daysAgo',
    'daysAhead',
    'plusDays',
    'param',
  ]),
]);

/**
 * A file of the fact library (`rules/facts/*.json`): declarative facts
 * shared by every rule, each with its description, grouped by what they
 * measure. They join the fact catalogue beside the facts written in
 * TypeScript, under the same names.
 *
 * @category Customisation
 * @example
 * ```ts
 * FactLibrarySchema.parse({
 *   about: 'How many records of each kind a project holds.',
 *   topic: 'Counts',
 *   facts: { ideaCount: { description: 'How many ideas members have raised.', measure: 'count', of: 'ideas' } },
 * });
 * ```
 */
export const FactLibrarySchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  /** What the file holds, for readers of the file. */
  about: z.string().min(1).max(2000),
  /** What its facts measure, as `coproduce facts` groups them. */
  topic: z.string().min(1).max(200),
  facts: z.record(
    camelName,
    MeasureSchema.refine((m) => m.description !== undefined, {
      message: codedMessage(
        'a fact of the library needs a "description"',
        'library-fact-description',
      ),
    }),
  ),
});

/**
 * A file of the fact library.
 *
 * @category Customisation
 * @example `const topic = (file: FactLibraryFile) => file.topic;`
 */
export type FactLibraryFile = z.infer<typeof FactLibrarySchema>;
