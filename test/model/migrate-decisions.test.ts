/**
 * The 1 → 2 step for decisions: every version 1 decision reads as made,
 * with every field it had; recommendations start as an empty list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../src/model/parse.js';

const v1 = JSON.parse(readFileSync('test/fixtures/migrations/v1/decisions.json', 'utf8')) as Record<
  string,
  unknown
> & { decisions: Record<string, unknown>[]; governance: unknown };

describe('version 1 decisions', () => {
  it('keep every field, as made decisions', () => {
    const project = parseProject(structuredClone(v1));
    expect(project.schemaVersion).toBe(2);
    // Every value as it was: nothing dropped, renamed or added to a decision.
    expect(JSON.parse(JSON.stringify(project.decisions))).toEqual(v1.decisions);
    for (const decision of project.decisions) {
      expect(decision.status).toBeUndefined();
      expect(decision.date).toBeDefined();
    }
    expect(JSON.parse(JSON.stringify(project.governance))).toEqual(v1.governance);
    expect(project.recommendations).toEqual([]);
  });

  it('read back to themselves once written at version 2', () => {
    const project = parseProject(structuredClone(v1));
    expect(parseProject(JSON.parse(serializeProject(project)))).toEqual(project);
  });
});

describe('version 2 decisions', () => {
  const base = {
    schemaVersion: 2,
    id: 'p',
    title: 'P',
    stage: 'during',
    timeZone: 'Europe/London',
  };

  it('may be planned, without a date', () => {
    const project = parseProject({
      ...base,
      decisions: [
        {
          id: 'd-01',
          title: 'Pilot budget',
          status: 'planned',
          due: '2026-02-10',
          toBeMadeBy: 'Cabinet',
          madeBy: 'outside-group',
        },
      ],
      recommendations: [
        { id: 'rec-01', summary: 'Fund the pilot', madeOn: '2026-01-10', decisionId: 'd-01' },
      ],
    });
    expect(project.decisions[0]?.date).toBeUndefined();
    expect(project.recommendations[0]?.response).toBe('awaiting');
  });

  it('must have a date once made, and recommendations must name a real decision', () => {
    expect(() =>
      parseProject({ ...base, decisions: [{ id: 'd-01', title: 'X', madeBy: 'group' }] }),
    ).toThrow(/decision 1 \("X", id d-01\), date: is required for a decision that has been made/);
    expect(() =>
      parseProject({
        ...base,
        recommendations: [{ id: 'rec-01', summary: 'X', madeOn: '2026-01-10', decisionId: 'd-09' }],
      }),
    ).toThrow(/names a decision "d-09"/);
  });
});
