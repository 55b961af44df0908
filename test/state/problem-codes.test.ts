import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type CoproduceError,
  commands,
  isCoproduceError,
  parseProject,
} from '../../src/index.js';
import { problemMessage } from '../../src/report/index.js';
import { smallProjectInput } from './fixtures.js';

function rejection(run: () => unknown): CoproduceError {
  try {
    run();
  } catch (error) {
    if (isCoproduceError(error)) return error;
    throw error;
  }
  throw new Error('the command was not rejected');
}

describe('a rejected command’s problems', () => {
  const project = parseProject(smallProjectInput);

  it('carry the same codes as the same problems found when a document is read, so they can be worded in Welsh', () => {
    const unknown = rejection(() =>
      applyCommand(
        project,
        commands.activity.record({
          id: 'a-99',
          kind: 'workshop',
          title: 'Planning session',
          start: '2025-05-01T18:00:00+01:00',
          end: '2025-05-01T20:00:00+01:00',
          attendance: [{ memberId: 'no-such-member' }],
        }),
      ),
    );
    const reference = unknown.problems.find((p) => p.code === 'unknown-reference');
    expect(reference?.params).toEqual({ kind: 'member', article: 'a', id: 'no-such-member' });
    expect(problemMessage(reference!, 'cy')).toBe(
      'yn enwi aelod "no-such-member", ond nid oes un gyda’r dynodydd hwnnw',
    );
    expect(problemMessage(reference!, 'en-GB')).toBe(reference!.message);

    const duplicate = rejection(() =>
      applyCommand(
        project,
        commands.member.add({ id: 'm-01', displayName: 'Again', roles: ['carer'] }),
      ),
    );
    expect(duplicate.problems[0]).toMatchObject({
      code: 'duplicate-id',
      params: { kind: 'member', id: 'm-01' },
    });
    expect(problemMessage(duplicate.problems[0]!, 'cy')).toBe(
      'mae gan aelod arall y dynodydd "m-01" eisoes',
    );
  });
});
