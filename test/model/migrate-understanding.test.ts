/**
 * The 1 → 2 step for purpose, remit and outcomes: what lies outside the
 * remit was plain text in version 1 and is `{ topic, reason? }` in version 2.
 */
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/model/parse.js';

const v1 = {
  schemaVersion: 1,
  id: 'p-01',
  title: 'Young carers travel',
  stage: 'during',
  timeZone: 'Europe/London',
  purpose: { what: 'A travel offer', why: 'Passes do not fit' },
  remit: {
    issue: 'Young carers miss school',
    inScope: ['Who can get the pass'],
    outOfRemit: ['Rail fares, which are set nationally', 'Bus routes and timetables'],
  },
  outcomes: [{ id: 'o-01', description: 'On time at school', recognisedBy: 'Fewer late marks' }],
};

describe('reading a version 1 document: shared understanding', () => {
  it('keeps every thing outside the remit, word for word, as the topic of an item', () => {
    const project = parseProject(v1);
    expect(project.schemaVersion).toBe(2);
    expect(project.remit).toEqual({
      issue: 'Young carers miss school',
      inScope: ['Who can get the pass'],
      outOfRemit: [
        { topic: 'Rail fares, which are set nationally' },
        { topic: 'Bus routes and timetables' },
      ],
    });
  });

  it('adds nothing version 1 did not record: no agreement, no status, no ending', () => {
    const project = parseProject(v1);
    expect(project.purpose).toEqual({ what: 'A travel offer', why: 'Passes do not fit' });
    expect(project.outcomes).toEqual([
      { id: 'o-01', description: 'On time at school', recognisedBy: 'Fewer late marks' },
    ]);
    expect(project.ending).toBeUndefined();
  });

  it('leaves the caller’s document unchanged, and reports what it cannot read', () => {
    const before = structuredClone(v1);
    parseProject(v1);
    expect(v1).toEqual(before);
    expect(() => parseProject({ ...v1, remit: { outOfRemit: ['Fares', 42] } })).toThrowError(
      /remit, out-of-remit entry 2: must be an object/,
    );
  });
});
