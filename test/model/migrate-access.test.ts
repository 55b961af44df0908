/**
 * Version 1 → 2 for access: "never asked" is told apart from "needs
 * nothing", and support arranged for an activity moves off the venue.
 */
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';

const v1 = (extra: Record<string, unknown>) => ({
  schemaVersion: 1,
  id: 'p-1',
  title: 'A project',
  stage: 'during',
  timeZone: 'Europe/London',
  ...extra,
});
const member = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  displayName: `Member ${id}`,
  roles: ['resident'],
  ...extra,
});
const activity = (
  id: string,
  venue: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  id,
  kind: 'formal-meeting',
  title: `Meeting ${id}`,
  start: '2025-02-04T18:00:00+00:00',
  end: '2025-02-04T20:00:00+00:00',
  venue,
  ...extra,
});

describe('migrating access from version 1', () => {
  it('reads an empty or missing list of needs as "unknown": version 1 could not say "none"', () => {
    const need = { need: 'A hearing loop', requires: ['hearing-loop'], met: false };
    const project = parseProject(
      v1({
        group: {
          members: [
            member('m-1', { accessNeeds: [] }),
            member('m-2'),
            member('m-3', { accessNeeds: [need] }),
          ],
        },
      }),
    );
    expect(project.group.members.map((m) => m.accessNeeds)).toEqual(['unknown', 'unknown', [need]]);
  });

  it('moves support off the venue to the activity, keeping every value and its order', () => {
    const features = ['step-free', 'bsl-interpreter', 'hearing-loop', 'travel-costs', 'captions'];
    const project = parseProject(
      v1({
        activities: [
          activity('a-1', { name: 'Hall', setting: 'community', features }),
          activity('a-2', { name: 'Call', setting: 'online', features: ['captions'] }),
          activity('a-3', { name: 'Library', setting: 'community', features: ['parking'] }),
          activity('a-4', { name: 'Church hall', setting: 'community' }),
        ],
      }),
    );
    const [a1, a2, a3, a4] = project.activities;
    expect(a1?.venue?.features).toEqual(['step-free', 'hearing-loop']);
    expect(a1?.supportArranged).toEqual(['bsl-interpreter', 'travel-costs', 'captions']);
    // Nothing lost: the two lists hold exactly what the venue listed.
    expect([...(a1?.venue?.features ?? []), ...(a1?.supportArranged ?? [])].sort()).toEqual(
      [...features].sort(),
    );
    expect(a2?.venue?.features).toEqual([]);
    expect(a2?.supportArranged).toEqual(['captions']);
    // A venue with only a place's features, or none recorded, is left as it was.
    expect(a3?.venue?.features).toEqual(['parking']);
    expect(a3?.supportArranged).toBeUndefined();
    expect(a4?.venue).toEqual({ name: 'Church hall', setting: 'community' });
    expect(a4?.supportArranged).toBeUndefined();
  });

  it('leaves a version 2 document alone', () => {
    const project = parseProject({
      ...v1({
        group: { members: [member('m-1', { accessNeeds: 'none' })] },
        activities: [
          activity(
            'a-1',
            { name: 'Hall', setting: 'community', features: ['step-free'] },
            {
              supportArranged: ['captions'],
            },
          ),
        ],
      }),
      schemaVersion: 2,
    });
    expect(project.group.members[0]?.accessNeeds).toBe('none');
    expect(project.activities[0]?.supportArranged).toEqual(['captions']);
  });
});
