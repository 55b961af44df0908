import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(resident('m-1', 'Kai'), staff('m-2', 'Sam'));
const issue = 'Young carers miss school because of travel';
const inScope = ['Who can get the pass'];
const fares = { topic: 'Rail fares', reason: 'They are set nationally' };
const full = { issue, inScope, outOfRemit: [fares], agreedOn: '2026-04-09', agreedBy: ['m-1'] };

describe('issue-and-remit', () => {
  it('passes only on a remit set out in real words, with reasons, and agreed by the group', () =>
    testRule(
      'issue-and-remit',
      {
        valid: [
          {
            name: 'every part, a reason and a resident agreed it',
            project: project({ group, remit: full }),
          },
        ],
        needsReview: [
          {
            name: 'the issue is a placeholder',
            project: project({ group, remit: { ...full, issue: 'to be agreed' } }),
          },
          {
            name: 'something outside the remit has no reason',
            project: project({ group, remit: { ...full, outOfRemit: [{ topic: 'Rail fares' }] } }),
          },
          {
            name: 'agreed by staff alone',
            project: project({ group, remit: { ...full, agreedBy: ['m-2'] } }),
          },
          { name: 'a bare project in planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          {
            name: 'under way with nothing outside the remit named',
            project: project({ group, remit: { ...full, outOfRemit: [] } }),
          },
        ],
      },
      ruleOptions(),
    ));

  it('names the parts never set out', async () => {
    const [found] = await issuesOf('issue-and-remit', project({ remit: { issue } }));
    expect(found?.outcome).toBe('flagged');
    expect(found?.message).toBe(
      "The work is under way, but the group has not set out what the group can work on and what is outside the group's remit.",
    );
  });

  it('asks for the reason for each thing outside the remit', async () => {
    const [found] = await issuesOf(
      'issue-and-remit',
      project({ group, remit: { ...full, outOfRemit: [{ topic: 'Bus routes and timetables.' }] } }),
    );
    expect(found?.outcome).toBe('needs-review');
    expect(found?.message).toBe(
      'We cannot yet tell whether the group is clear about its remit. Still to record or check: why “Bus routes and timetables” is outside the remit.',
    );
  });
});
