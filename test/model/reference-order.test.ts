import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';
import { catchCoproduceError } from '../state/fixtures.js';

const base = JSON.parse(
  readFileSync(new URL('../fixtures/projects/base.json', import.meta.url), 'utf8'),
);

describe('a document with many reference problems', () => {
  it('lists them all, in the order a reader has always seen them', () => {
    const doc = structuredClone(base);
    const first = doc.group.members[0].id;
    doc.group.members.push({ ...doc.group.members[0] });
    doc.activities[0].chairedBy = ['zz'];
    doc.activities[0].attendance = [{ memberId: 'zz' }, { memberId: first }, { memberId: first }];
    doc.decisions[0].activityId = 'zz';
    delete doc.decisions[0].date;
    doc.decisions[0].status = 'made';
    doc.decisions.push({ ...doc.decisions[0] });
    const recommendation = { summary: 's', madeOn: '2025-01-01', madeTo: 'x' };
    doc.recommendations = [
      { id: 'r1', ...recommendation, decisionId: 'zz' },
      { id: 'r1', ...recommendation },
    ];
    const entry = {
      id: 'x1',
      memberId: 'zz',
      kind: 'voucher',
      offeredOn: '2025-01-01',
      status: 'offered',
    };
    doc.reciprocity = [entry, entry];
    doc.outcomes = [{ id: 'o1', description: 'x', agreedBy: ['zz'] }];
    doc.purpose.agreedBy = ['zz'];
    doc.ending = { evaluatedWith: ['zz'] };
    const acknowledged = { id: 'k1', reason: 'r', by: 'b', on: '2025-02-01', ruleId: 'a' };
    doc.acknowledgements = [
      { ...acknowledged, reviewOn: '2025-01-01', issueId: 'cp-0123456789abcdef' },
      acknowledged,
    ];

    const error = catchCoproduceError(() => parseProject(doc));
    expect(error.problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/group/members/3/id', 'another member already has the id "m-01"'],
      ['/decisions/1/id', 'another decision already has the id "d-01"'],
      ['/acknowledgements/1/id', 'another acknowledgement already has the id "k1"'],
      [
        '/acknowledgements/0/ruleId',
        'name the issue one way: by its issue id, or by its rule (and subject), not both',
      ],
      ['/acknowledgements/0/reviewOn', 'must not be before the day it was acknowledged'],
      ['/purpose/agreedBy/0', 'names a member "zz", but there is none with that id'],
      ['/outcomes/0/agreedBy/0', 'names a member "zz", but there is none with that id'],
      ['/ending/evaluatedWith/0', 'names a member "zz", but there is none with that id'],
      ['/activities/0/chairedBy/0', 'names a member "zz", but there is none with that id'],
      [
        '/activities/0/attendance/0/memberId',
        'names a member "zz", but there is none with that id',
      ],
      ['/activities/0/attendance/2/memberId', 'member "m-01" already has an attendance row here'],
      ['/decisions/0/activityId', 'names an activity "zz", but there is none with that id'],
      [
        '/decisions/0/date',
        'is required for a decision that has been made (give its date, or status "planned" with a due date)',
      ],
      ['/decisions/1/activityId', 'names an activity "zz", but there is none with that id'],
      [
        '/decisions/1/date',
        'is required for a decision that has been made (give its date, or status "planned" with a due date)',
      ],
      ['/recommendations/1/id', 'another recommendation already has the id "r1"'],
      ['/recommendations/0/decisionId', 'names a decision "zz", but there is none with that id'],
      ['/reciprocity/1/id', 'another reciprocity entry already has the id "x1"'],
      ['/reciprocity/0/memberId', 'names a member "zz", but there is none with that id'],
      ['/reciprocity/1/memberId', 'names a member "zz", but there is none with that id'],
    ]);
  });
});
