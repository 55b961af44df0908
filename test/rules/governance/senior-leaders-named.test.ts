import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { project, ruleOptions } from '../helpers.js';
import { groupDecision, outcomeOf } from './builders.js';

const leader = (id: string, name: string, role: string) => ({ id, name, role, involvement: [] });
const toCabinet = groupDecision('d-1', 'Make the pass permanent', {
  governance: { route: 'cabinet' },
});

describe('senior-leaders-named', () => {
  it('asks for the senior leaders by name and role', () =>
    testRule(
      'senior-leaders-named',
      {
        valid: [
          {
            name: 'named with roles',
            project: project({
              governance: { seniorLeaders: [leader('sl-1', 'Jo Bloggs', 'Director of Housing')] },
            }),
          },
        ],
        invalid: [
          {
            name: 'decisions go to Cabinet, and nobody is named',
            project: project({ decisions: [toCabinet] }),
          },
        ],
        needsReview: [
          { name: 'none named yet', project: project({ stage: 'planning' }) },
          {
            name: 'a name that is only a placeholder',
            project: project({ governance: { seniorLeaders: [leader('sl-1', 'TBC', 'Sponsor')] } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('passes on evidence, and says what to record', async () => {
    expect(
      (
        await outcomeOf(
          'senior-leaders-named',
          project({ governance: { seniorLeaders: [leader('sl-1', 'Jo Bloggs', 'Sponsor')] } }),
        )
      ).outcome,
    ).toBe('passed');
    const placeholders = await outcomeOf(
      'senior-leaders-named',
      project({
        governance: {
          seniorLeaders: [
            leader('sl-1', 'TBC', 'Sponsor'),
            leader('sl-2', 'Jo Bloggs', 'to be agreed'),
          ],
        },
      }),
    );
    expect(placeholders.issues[0]?.message).toBe(
      'We cannot tell yet which senior leaders need to be involved. Still to record: the name of the Sponsor and the role of Jo Bloggs.',
    );
    const bare = await outcomeOf('senior-leaders-named', project({ stage: 'planning' }));
    expect(bare.issues[0]?.message).toBe(
      'We cannot tell yet which senior leaders need to be involved. Still to record: the senior leaders the work needs, with their roles (none is named yet).',
    );
  });
});
