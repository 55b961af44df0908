import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, issuesOf, project, resident, ruleOptions, staff } from '../helpers.js';

const group = groupOf(staff('m-1', 'Sam (officer)'), resident('m-2', 'Grace'));
const governance = (responsibilities: { id: string; area: string; owners: string[] }[]) => ({
  seniorLeaders: [],
  informationFlows: [],
  responsibilities,
});
const staffOnly = project({
  group,
  governance: governance([
    { id: 'resp-1', area: 'Chairing', owners: ['m-1'] },
    { id: 'resp-2', area: 'Notes', owners: ['m-1'] },
  ]),
});

describe('responsibilities-shared', () => {
  it('flags responsibilities that are missing or held only by staff', () =>
    testRule(
      'responsibilities-shared',
      {
        valid: [
          {
            name: 'Grace co-owns chairing',
            project: project({
              group,
              governance: governance([
                { id: 'resp-1', area: 'Chairing', owners: ['m-1', 'm-2'] },
                { id: 'resp-2', area: 'Notes', owners: ['m-1'] },
              ]),
            }),
          },
          { name: 'not applicable while planning', project: project({ stage: 'planning' }) },
        ],
        invalid: [
          { name: 'no responsibilities recorded', project: project({ group }) },
          { name: 'staff hold every responsibility', project: staffOnly },
        ],
      },
      ruleOptions(),
    ));

  it('reads well whether responsibilities are held by staff alone or not recorded at all', async () => {
    const [issue] = await issuesOf('responsibilities-shared', staffOnly);
    expect(issue?.message).toBe(
      "No community member holds any of the group's responsibilities (areas of responsibility recorded: 2).",
    );
    const [none] = await issuesOf('responsibilities-shared', project({ group }));
    expect(none?.message).toBe(
      "No community member holds any of the group's responsibilities (areas of responsibility recorded: 0).",
    );
  });
});
