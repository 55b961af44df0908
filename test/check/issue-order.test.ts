import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlaggedIssue } from '../../src/check/report-schema.js';
import { compareIssuesOfOneRule, issueComparator } from '../../src/check/report-schema.js';

/** The order as first written: split every pointer into segments, numbers compared as numbers. */
function referenceOrder(a: string, b: string): number {
  const key = (p: string) => p.split('/').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const as = key(a);
  const bs = key(b);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return as.length - bs.length;
}

const issueAt = (pointer: string, id = 'm'): FlaggedIssue =>
  ({
    id: 'cp-0',
    ruleId: 'r',
    severity: 'warning',
    section: 's',
    subject: { type: 'member', id, label: id, pointer },
  }) as unknown as FlaggedIssue;

const segment = fc.oneof(
  fc.nat({ max: 120 }).map(String),
  fc.constantFrom('0', '00', '01', '1', '10', '9', 'group', 'members', 'a', 'a1', '1a', ''),
);
const pointer = fc
  .array(segment, { maxLength: 5 })
  .map((parts) => (parts.length === 0 ? '' : `/${parts.join('/')}`));

describe('the order of issues', () => {
  it('compares pointers segment by segment, numbers as numbers, as the reference does', () => {
    fc.assert(
      fc.property(pointer, pointer, (a, b) => {
        const ours = Math.sign(compareIssuesOfOneRule(issueAt(a), issueAt(b)));
        const reference = Math.sign(referenceOrder(a, b));
        // Equal pointers fall through to the subject id, equal here.
        expect(ours).toBe(reference);
      }),
      { numRuns: 5000 },
    );
  });

  it('puts /x/9 before /x/10 and a pointer before the ones inside it', () => {
    const sorted = ['/group/members/10', '/group/members/9', '/group', '/group/members/1/x']
      .map((p) => issueAt(p))
      .sort(issueComparator(['s']))
      .map((issue) => issue.subject.pointer);
    expect(sorted).toEqual([
      '/group',
      '/group/members/1/x',
      '/group/members/9',
      '/group/members/10',
    ]);
  });
});
