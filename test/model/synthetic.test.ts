import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_QUESTION_IDS,
  generateSyntheticProject,
} from '../../scripts/synthetic-project.js';
import type { Project } from '../../src/model/index.js';
import { parseProject } from '../../src/model/parse.js';

function londonOffset(iso: string): string {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

function contributionsByMember(project: Project): Map<string, number[]> {
  const byMember = new Map<string, number[]>();
  for (const activity of project.activities) {
    for (const row of activity.attendance ?? []) {
      const list = byMember.get(row.memberId) ?? [];
      list.push(row.contributions ?? 0);
      byMember.set(row.memberId, list);
    }
  }
  return byMember;
}

describe('generateSyntheticProject', () => {
  it.each([
    [200, 500],
    [1000, 1000],
    [12, 20],
    [1, 1],
    [0, 0],
  ])('gives a valid project with %i members and %i activities', (members, activities) => {
    const project = parseProject(generateSyntheticProject({ seed: 1, members, activities }));
    expect(project.group.members).toHaveLength(members);
    expect(project.activities).toHaveLength(activities);
  });

  it('keeps a reciprocity ledger for residents only, with late and unpaid claims', () => {
    const project = parseProject(
      generateSyntheticProject({ seed: 1, members: 60, activities: 120 }),
    );
    const staff = new Set(
      project.group.members
        .filter((m) => m.roles.some((r) => ['staff', 'partner', 'councillor'].includes(r)))
        .map((m) => m.id),
    );
    const ledger = project.reciprocity;
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.some((e) => staff.has(e.memberId))).toBe(false);
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(ledger.some((e) => e.claimedOn && e.paidOn && days(e.claimedOn, e.paidOn) > 30)).toBe(
      true,
    );
    expect(ledger.some((e) => e.claimedOn && !e.paidOn)).toBe(true);
    expect(project.group.members.some((m) => m.benefitsAdviceOfferedOn)).toBe(true);
  });

  it('gives the same document for the same seed and a different one for another seed', () => {
    const options = { members: 60, activities: 120 };
    const a = generateSyntheticProject({ seed: 42, ...options });
    const b = generateSyntheticProject({ seed: 42, ...options });
    const c = generateSyntheticProject({ seed: 43, ...options });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.activities).not.toEqual(a.activities);
  });

  it('respects the counts it is given', () => {
    const project = parseProject(
      generateSyntheticProject({
        seed: 3,
        members: 10,
        activities: 15,
        decisions: 4,
        learning: 5,
        reflections: 6,
        start: '2024-02-29',
        id: 'custom',
      }),
    );
    expect(project.id).toBe('custom');
    expect(project.decisions).toHaveLength(4);
    expect(project.learning).toHaveLength(5);
    expect(project.reflections).toHaveLength(6);
    expect(project.timeframe.start).toBe('2024-02-29');
  });

  it('writes every activity time with the Europe/London offset of that moment', () => {
    const project = parseProject(generateSyntheticProject({ seed: 5, activities: 400 }));
    const offsets = new Set<string>();
    for (const activity of project.activities) {
      expect(activity.start.slice(-6)).toBe(londonOffset(activity.start));
      expect(activity.end.slice(-6)).toBe(londonOffset(activity.end));
      offsets.add(activity.start.slice(-6));
    }
    expect(offsets).toEqual(new Set(['+00:00', '+01:00']));
  });

  it('has realistic distributions: silent and dominant members, mixed venues, times and decisions', () => {
    const project = parseProject(
      generateSyntheticProject({ seed: 1, members: 200, activities: 500 }),
    );
    const byMember = contributionsByMember(project);

    const silent = [...byMember.values()].filter(
      (list) => list.length >= 3 && list.every((c) => c === 0),
    );
    expect(silent.length).toBeGreaterThan(3);

    const totals = [...byMember.values()].map((list) => list.reduce((a, b) => a + b, 0));
    totals.sort((a, b) => b - a);
    const all = totals.reduce((a, b) => a + b, 0);
    const topTenth = totals.slice(0, Math.ceil(totals.length / 10)).reduce((a, b) => a + b, 0);
    expect(topTenth / all).toBeGreaterThan(0.25);

    const settings = new Set(project.activities.map((a) => a.venue?.setting));
    expect(settings).toEqual(new Set(['organisation-premises', 'community', 'online', 'other']));
    const kinds = new Set(project.activities.map((a) => a.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    const hours = project.activities.map((a) => Number(a.start.slice(11, 13)));
    expect(hours.some((h) => h < 17)).toBe(true);
    expect(hours.some((h) => h >= 17)).toBe(true);

    expect(new Set(project.decisions.map((d) => d.madeBy)).size).toBe(3);
    expect(project.learning.some((l) => l.sharedWith.length === 0)).toBe(true);
    expect(project.learning.some((l) => l.sharedWith.length > 0)).toBe(true);
    expect(new Set(project.reflections.map((r) => r.rating))).toEqual(
      new Set(['green', 'amber', 'red']),
    );
    expect(project.group.members.some((m) => m.left !== undefined)).toBe(true);
    expect(project.group.members.some((m) => m.usualParticipant)).toBe(true);
  });

  it('never lists a member at an activity before they joined or after they left', () => {
    const project = parseProject(
      generateSyntheticProject({ seed: 9, members: 80, activities: 200 }),
    );
    const members = new Map(project.group.members.map((m) => [m.id, m]));
    for (const activity of project.activities) {
      const day = activity.start.slice(0, 10);
      for (const row of activity.attendance ?? []) {
        const member = members.get(row.memberId)!;
        expect(member.joined! <= day).toBe(true);
        if (member.left) expect(member.left >= day).toBe(true);
      }
    }
  });

  it('records reflections against the framework question ids in rules/questions.json', () => {
    const catalogue = JSON.parse(
      readFileSync(new URL('../../rules/questions.json', import.meta.url), 'utf8'),
    ) as { questions: { id: string }[] };
    // A group reflects on its own project; the portfolio questions are the council's.
    const projectQuestions = catalogue.questions
      .map((q) => q.id)
      .filter((id) => !id.startsWith('portfolio.'));
    expect([...FRAMEWORK_QUESTION_IDS].sort()).toEqual(projectQuestions.sort());
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateSyntheticProject({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateSyntheticProject({ seed: 1, members: -1 })).toThrow(/members/);
    expect(() => generateSyntheticProject({ seed: 1, activities: Number.NaN })).toThrow(
      /activities/,
    );
    expect(() => generateSyntheticProject({ seed: 1, start: '2025-02-30' })).toThrow(/start/);
  });
});
