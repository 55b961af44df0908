import { describe, expect, it } from 'vitest';
import { testRule } from '../../../src/check/test-rule.js';
import { groupOf, project, resident, staff } from '../helpers.js';
import { onlyOptions, run } from './participation-support.js';

const officer = staff('m-9', 'Lou (officer)', { represents: [] });

/** A group where Dev speaks for the tenants association, connected as given. */
function dev(connection?: string) {
  return resident('m-1', 'Dev', {
    represents: [
      connection === undefined
        ? { group: 'Ashgrove tenants association' }
        : { group: 'Ashgrove tenants association', connection },
    ],
  });
}

/** A reflection on who members speak for. */
function reflection(rating: 'green' | 'amber' | 'red', recordedBy: string[], date = '2026-10-20') {
  return {
    id: `r-${rating}`,
    questionId: 'during.representation-assumptions',
    date,
    rating,
    recordedBy,
  };
}

const connected = dev("Chair; reports back at the association's monthly meeting");
const answered = project({
  group: groupOf(connected, resident('m-2', 'Amira', { represents: [] }), officer),
  reflections: [reflection('green', ['m-2', 'm-9'])],
});

describe('representation-connected', () => {
  it('passes only on the group’s reflection and a recorded link for each group spoken for', () =>
    testRule(
      'representation-connected',
      {
        valid: [
          { name: 'a green group reflection and a recorded connection', project: answered },
          {
            name: 'nobody speaks for a wider group, and the group has said so',
            project: project({
              group: groupOf(resident('m-2', 'Amira', { represents: [] }), officer),
              reflections: [reflection('green', ['m-2'])],
            }),
          },
          {
            name: 'not applicable while planning',
            project: { ...answered, stage: 'planning' },
            notApplicable: true,
          },
        ],
        invalid: [
          {
            name: 'the group rated it amber',
            project: project({
              group: groupOf(connected, officer),
              reflections: [reflection('amber', ['m-1'])],
            }),
            subjects: ['during.representation-assumptions'],
          },
        ],
        needsReview: [
          {
            name: 'the connection is only "tbc"',
            project: project({
              group: groupOf(dev('tbc'), officer),
              reflections: [reflection('green', ['m-1'])],
            }),
          },
          {
            name: 'the connection is missing',
            project: project({
              group: groupOf(dev(), officer),
              reflections: [reflection('green', ['m-1'])],
            }),
          },
          {
            name: 'a green group reflection whose notes say only "to follow"',
            project: project({
              group: groupOf(connected, officer),
              reflections: [{ ...reflection('green', ['m-1']), notes: 'to follow' }],
            }),
          },
          {
            name: 'a reflection recorded by the officer alone',
            project: project({
              group: groupOf(connected, officer),
              reflections: [reflection('green', ['m-9'])],
            }),
          },
          {
            name: 'nobody recorded who members speak for',
            project: project({
              group: groupOf(resident('m-2', 'Amira'), staff('m-9', 'Lou (officer)')),
              reflections: [reflection('green', ['m-2'])],
            }),
          },
          { name: 'nothing recorded at all', project: project() },
        ],
      },
      onlyOptions('representation-connected'),
    ));

  it('names the member whose link is not recorded, and what else is missing', async () => {
    const { outcome, issues } = await run(
      'representation-connected',
      project({
        group: groupOf(dev('TBC.'), officer),
        reflections: [reflection('green', ['m-9'])],
      }),
    );
    expect(outcome).toBe('needs-review');
    expect(issues.map((i) => i.message)).toEqual([
      'We cannot yet tell whether members are fairly taken to speak for wider groups: Dev is taken to speak for Ashgrove tenants association, but how they keep in touch with that group is not recorded and the latest reflection on it was recorded only by Lou (officer), with no member from the community taking part. Only the group can answer this, so this check also looks for a reflection recorded with members of the community taking part (as many as this check asks for), no older than about 6 months.',
    ]);
  });

  it('says what the group itself said when it flags', async () => {
    const { issues } = await run(
      'representation-connected',
      project({ group: groupOf(connected, officer), reflections: [reflection('red', ['m-1'])] }),
    );
    expect(issues.map((i) => [i.outcome, i.message])).toEqual([
      [
        'flagged',
        'The group may be treating some members as the voice of people they cannot speak for: the group itself rated this red when it last reflected on it.',
      ],
    ]);
  });
});
