/**
 * The bundled example projects are fixtures for the rules work, so these
 * tests pin down what each one is meant to show as of EXAMPLES_NOW.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuleSet } from '../../src/check/compile.js';
import { check } from '../../src/check/evaluate.js';
import {
  type Activity,
  cadenceDays,
  listedNeeds,
  type Project,
  VenueFeatureSchema,
} from '../../src/model/index.js';
import { parseProjectJson } from '../../src/model/parse.js';
import { EXAMPLES_NOW, readExamples } from './example-files.js';

const VENUE_FEATURES: ReadonlySet<string> = new Set(VenueFeatureSchema.options);

const examples = readExamples();
const today = EXAMPLES_NOW.slice(0, 10);
const DAY_MS = 86_400_000;

function load(name: string): Project {
  const file = examples.find((e) => e.name === name);
  if (!file) throw new Error(`no example called ${name}`);
  return parseProjectJson(file.text);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function londonParts(iso: string): { weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), hour: Number(get('hour')) };
}

function inOfficeHours(activity: Activity): boolean {
  const { weekday, hour } = londonParts(activity.start);
  return weekday !== 'Sat' && weekday !== 'Sun' && hour >= 9 && hour < 17;
}

function activeMembers(project: Project) {
  return project.group.members.filter((m) => m.left === undefined || m.left > today);
}

function coveredPerspectives(project: Project): Set<string> {
  return new Set(activeMembers(project).flatMap((m) => m.perspectives));
}

// The questions a group reflects on: the portfolio questions are about all of a council's projects.
const questionIds = (
  JSON.parse(readFileSync(new URL('../../rules/questions.json', import.meta.url), 'utf8')) as {
    questions: { id: string }[];
  }
).questions
  .map((q) => q.id)
  .filter((id) => !id.startsWith('portfolio.'));

describe('bundled examples', () => {
  it('include the three hand-written projects', () => {
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining(['early-stage', 'mid-way', 'well-run']),
    );
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    '%s parses, points at the schema, uses Europe/London and holds no contact data',
    (_name, file) => {
      const project = parseProjectJson(file.text);
      expect(project.$schema).toBe('../../schemas/project.schema.json');
      expect(project.timeZone).toBe('Europe/London');
      expect(file.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(file.text).not.toMatch(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44/);
      for (const activity of project.activities) expect(activity.start <= EXAMPLES_NOW).toBe(true);
    },
  );
});

describe('early-stage example', () => {
  const project = load('early-stage');

  it('is starting out and missing much of what readiness asks for', () => {
    expect(['planning', 'starting']).toContain(project.stage);
    expect(project.outcomes.length).toBeGreaterThan(0);
    expect(project.outcomes.every((o) => o.recognisedBy === undefined)).toBe(true);
    expect(project.learningPlan).toEqual({});
    expect(project.progressTracking).toEqual({});
    expect(project.agreements).toEqual([]);
    expect(project.governance.seniorLeaders).toEqual([]);
    expect(project.governance.informationFlows).toEqual([]);
    expect(project.coproductionMeaning.agreedBy).toBeUndefined();
    expect(project.group.members.length).toBeLessThanOrEqual(5);
    const covered = coveredPerspectives(project);
    const gaps = project.group.requiredPerspectives.filter((p) => !covered.has(p.id));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
  });
});

describe('mid-way example', () => {
  const project = load('mid-way');
  const formal = project.activities.filter((a) => a.kind === 'formal-meeting');
  const recent = formal.slice(-5);

  it('is a realistic group part way through', () => {
    expect(project.stage).toBe('during');
    expect(project.group.members.length).toBeGreaterThanOrEqual(13);
    expect(project.group.members.length).toBeLessThanOrEqual(17);
    const roles = new Set(project.group.members.flatMap((m) => m.roles));
    for (const role of [
      'resident',
      'lived-experience',
      'carer',
      'staff',
      'councillor',
      'partner',
    ]) {
      expect(roles).toContain(role);
    }
    expect(project.activities.length).toBeGreaterThanOrEqual(18);
    const first = project.activities[0]!.start;
    const last = project.activities.at(-1)!.start;
    expect(daysBetween(first, last)).toBeGreaterThan(120);
  });

  it('meets mostly formally, in the council offices, in office hours', () => {
    expect(formal.length / project.activities.length).toBeGreaterThan(0.6);
    const inOffice = formal.filter(
      (a) => a.venue?.setting === 'organisation-premises' && inOfficeHours(a),
    );
    expect(inOffice.length).toBe(formal.length);
    const otherKinds = new Set(project.activities.map((a) => a.kind));
    expect(otherKinds).toEqual(new Set(['formal-meeting', 'workshop', 'outreach', 'online']));
  });

  it('has two or three members silent across recent meetings and two who dominate', () => {
    const silent = project.group.members.filter((m) =>
      recent.every((a) => {
        const row = a.attendance?.find((r) => r.memberId === m.id);
        return row !== undefined && row.contributions === 0;
      }),
    );
    expect(silent.map((m) => m.id).length).toBeGreaterThanOrEqual(2);
    expect(silent.length).toBeLessThanOrEqual(3);

    const totals = new Map<string, number>();
    let all = 0;
    for (const a of recent) {
      for (const row of a.attendance ?? []) {
        totals.set(row.memberId, (totals.get(row.memberId) ?? 0) + (row.contributions ?? 0));
        all += row.contributions ?? 0;
      }
    }
    const top = [...totals.values()].sort((a, b) => b - a);
    expect((top[0]! + top[1]!) / all).toBeGreaterThan(0.5);
  });

  it('has a mix of problems across the framework', () => {
    const members = project.group.members;
    expect(members.some((m) => m.usualParticipant)).toBe(true);
    expect(members.some((m) => (m.otherEngagement?.length ?? 0) >= 3)).toBe(true);
    const needs = members.flatMap((m) => listedNeeds(m.accessNeeds));
    // Some members were never asked: unknown, not the same as needing nothing.
    expect(members.some((m) => m.accessNeeds === 'unknown' && m.left === undefined)).toBe(true);
    expect(needs.filter((n) => !n.met).length).toBeGreaterThanOrEqual(1);
    expect(needs.filter((n) => !n.met).length).toBeLessThanOrEqual(2);
    expect(needs.some((n) => n.met)).toBe(true);

    const jargon = project.activities.flatMap((a) => a.jargon ?? []);
    expect(jargon.some((j) => j.explained)).toBe(true);
    expect(jargon.some((j) => !j.explained)).toBe(true);

    const outside = project.decisions.filter((d) => d.madeBy === 'outside-group');
    expect(outside.some((d) => d.affectsGroup && d.influence === undefined)).toBe(true);
    expect(outside.some((d) => d.groupsToMake === true)).toBe(true);
    expect(project.decisions.some((d) => d.governance === undefined)).toBe(true);
    // A decision that is the group's, set to be made elsewhere, caught before the event.
    expect(
      outside.some((d) => d.status === 'planned' && d.groupsToMake === true && d.due !== undefined),
    ).toBe(true);
    // A recommendation turned down by Cabinet, with no reasons and the group never told.
    expect(
      project.recommendations.some(
        (r) => r.response === 'rejected' && r.reasons === undefined && r.groupToldOn === undefined,
      ),
    ).toBe(true);

    expect(project.learning.some((l) => l.sharedWith.length > 0)).toBe(true);
    expect(
      project.learning.some((l) => l.sharedWith.length === 0 && daysBetween(l.date, today) > 90),
    ).toBe(true);

    expect(new Set(project.reflections.map((r) => r.questionId)).size).toBeGreaterThanOrEqual(4);
    expect(project.reflections.some((r) => r.rating === 'red' && r.actions.length === 0)).toBe(
      true,
    );

    const staff = new Set(members.filter((m) => m.roles.includes('staff')).map((m) => m.id));
    expect(project.agreements.some((a) => a.createdBy.every((id) => staff.has(id)))).toBe(true);
    expect(project.agreements.some((a) => a.createdBy.some((id) => !staff.has(id)))).toBe(true);

    expect(project.governance.seniorLeaders.some((l) => l.involvement.length === 0)).toBe(true);
    expect(
      project.governance.informationFlows.some((f) => {
        const limit = cadenceDays[f.cadence];
        return (
          limit !== undefined &&
          f.lastOccurred !== undefined &&
          daysBetween(f.lastOccurred, today) > limit
        );
      }),
    ).toBe(true);
  });

  it('keeps a reciprocity ledger with the gaps mutuality asks about', () => {
    const members = project.group.members;
    const ledger = project.reciprocity;
    const byId = new Map(members.map((m) => [m.id, m]));
    // A claim still unpaid months after it was made.
    expect(
      ledger.some(
        (e) =>
          e.claimedOn !== undefined &&
          e.paidOn === undefined &&
          daysBetween(e.claimedOn, today) > 90,
      ),
    ).toBe(true);
    // Expenses paid, but weeks after the claim.
    expect(
      ledger.some(
        (e) =>
          e.claimedOn !== undefined &&
          e.paidOn !== undefined &&
          daysBetween(e.claimedOn, e.paidOn) > 30,
      ),
    ).toBe(true);
    // A payment declined by a member nobody offered benefits advice.
    expect(
      ledger.some(
        (e) =>
          e.kind === 'payment' &&
          e.status === 'declined' &&
          byId.get(e.memberId)?.benefitsAdviceOfferedOn === undefined,
      ),
    ).toBe(true);
    // Advice offered after the member had already claimed.
    expect(
      ledger.some((e) => {
        const advice = byId.get(e.memberId)?.benefitsAdviceOfferedOn;
        return e.claimedOn !== undefined && advice !== undefined && advice > e.claimedOn;
      }),
    ).toBe(true);
    // Several community members have nothing recorded at all.
    const community = members.filter(
      (m) => !m.roles.some((r) => ['staff', 'councillor', 'partner'].includes(r)),
    );
    const offered = new Set(ledger.map((e) => e.memberId));
    expect(community.filter((m) => !offered.has(m.id)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('well-run example', () => {
  const project = load('well-run');
  const active = activeMembers(project);
  const activeIds = new Set(active.map((m) => m.id));
  const residentRoles = new Set(['resident', 'lived-experience', 'carer', 'young-person']);
  const nonStaff = new Set(
    project.group.members.filter((m) => m.roles.some((r) => residentRoles.has(r))).map((m) => m.id),
  );

  it('records the shared understanding the framework asks for', () => {
    expect(project.stage).toBe('during');
    expect(project.purpose.what && project.purpose.why).toBeTruthy();
    expect(project.remit.issue).toBeTruthy();
    expect(project.remit.inScope?.length).toBeGreaterThan(0);
    expect(project.remit.outOfRemit?.length).toBeGreaterThan(0);
    expect(project.remit.outOfRemit?.every((item) => item.reason)).toBe(true);
    expect(project.outcomes.length).toBeGreaterThan(0);
    expect(project.outcomes.every((o) => o.recognisedBy)).toBe(true);
    // Agreed by the group: each has at least one member who is not staff-side.
    for (const agreedBy of [
      project.purpose.agreedBy,
      project.remit.agreedBy,
      ...project.outcomes.map((o) => o.agreedBy),
    ]) {
      expect(agreedBy?.some((id) => nonStaff.has(id))).toBe(true);
    }
    expect(project.progressTracking.method && project.progressTracking.cadence).toBeTruthy();
    const lastReview = project.progressTracking.lastReview!;
    expect(daysBetween(lastReview, today)).toBeLessThanOrEqual(
      cadenceDays[project.progressTracking.cadence!]!,
    );
    expect(project.learningPlan.captureMethod).toBeTruthy();
    expect(project.learningPlan.shareWith?.length).toBeGreaterThan(0);
    const meaning = project.coproductionMeaning;
    expect(meaning.definition && meaning.whyChosen && meaning.agreedOn).toBeTruthy();
    expect(meaning.agreedBy?.length).toBeGreaterThan(active.length / 2);
    expect(active.every((m) => m.briefedOnCoproduction && m.briefedOnGovernance)).toBe(true);
  });

  it('has the right people, with their strengths and needs looked after', () => {
    const covered = coveredPerspectives(project);
    expect(project.group.requiredPerspectives.every((p) => covered.has(p.id))).toBe(true);
    expect(active.every((m) => (m.skills?.length ?? 0) > 0)).toBe(true);
    // Recorded for everyone, either way, so the group's reach can be judged.
    expect(active.every((m) => m.usualParticipant !== undefined)).toBe(true);
    expect(active.filter((m) => m.usualParticipant).length).toBeLessThan(active.length / 4);
    const claims = active.flatMap((m) => m.represents ?? []);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.connection)).toBe(true);
    // Everyone was asked: their needs are listed, or they need nothing.
    expect(project.group.members.every((m) => m.accessNeeds !== 'unknown')).toBe(true);
    const needs = project.group.members.flatMap((m) => listedNeeds(m.accessNeeds));
    expect(needs.every((n) => n.met)).toBe(true);

    for (const activity of project.activities) {
      const day = activity.start.slice(0, 10);
      for (const row of activity.attendance ?? []) {
        const member = project.group.members.find((m) => m.id === row.memberId)!;
        expect(member.joined === undefined || member.joined <= day).toBe(true);
        expect(member.left === undefined || member.left >= day).toBe(true);
        // Online there is no place or journey; elsewhere the place and the support arranged count.
        const online = activity.kind === 'online' || activity.venue?.setting === 'online';
        const offered = [...(activity.venue?.features ?? []), ...(activity.supportArranged ?? [])];
        for (const need of listedNeeds(member.accessNeeds)) {
          for (const feature of need.requires ?? []) {
            if (online && (VENUE_FEATURES.has(feature) || feature === 'travel-costs')) continue;
            expect(offered, `${activity.id} for ${member.id}`).toContain(feature);
          }
        }
      }
    }
  });

  it('shares power: varied activities, outside office hours, in community places, led by residents', () => {
    const kinds = new Set(project.activities.map((a) => a.kind));
    for (const kind of ['formal-meeting', 'workshop', 'outreach', 'online', 'informal']) {
      expect(kinds).toContain(kind);
    }
    const outside = project.activities.filter((a) => !inOfficeHours(a));
    expect(outside.length / project.activities.length).toBeGreaterThan(0.8);
    const community = project.activities.filter((a) => a.venue?.setting === 'community');
    expect(community.length / project.activities.length).toBeGreaterThan(0.6);
    const leaders = project.activities.flatMap((a) => [
      ...(a.chairedBy ?? []),
      ...(a.facilitatedBy ?? []),
    ]);
    expect(leaders.filter((id) => nonStaff.has(id)).length / leaders.length).toBeGreaterThan(0.5);
    const owners = project.governance.responsibilities.flatMap((r) => r.owners);
    expect(owners.some((id) => nonStaff.has(id))).toBe(true);
  });

  it('hears from everyone, with nobody silent and nobody dominating, and explains its jargon', () => {
    for (const activity of project.activities) {
      const rows = activity.attendance ?? [];
      expect(rows.length).toBeGreaterThanOrEqual(5);
      const total = rows.reduce((sum, r) => sum + (r.contributions ?? 0), 0);
      for (const row of rows) {
        expect(row.contributions).toBeGreaterThan(0);
        expect((row.contributions ?? 0) / total).toBeLessThan(0.25);
      }
      expect((activity.jargon ?? []).every((j) => j.explained)).toBe(true);
    }
    expect(project.glossary.length).toBeGreaterThan(0);
    expect(activeIds.size).toBeGreaterThan(0);
  });

  it('is honest about decisions, influence, resources and communication', () => {
    for (const decision of project.decisions) {
      expect(decision.governance?.route).toBeDefined();
      expect(decision.governance?.status).toBeDefined();
      expect(decision.influence).toBeDefined();
      if (decision.groupsToMake) expect(decision.madeBy).toBe('group');
      if (decision.madeBy === 'outside-group' && decision.status !== 'planned') {
        expect(decision.rationaleExplained && decision.groupInformed).toBe(true);
        expect(decision.groupToldOn).toBeDefined();
      }
    }
    expect(project.decisions.some((d) => d.madeBy === 'outside-group')).toBe(true);
    // "You said, we did": every answered recommendation was fed back to the group.
    expect(project.recommendations.length).toBeGreaterThan(0);
    for (const r of project.recommendations) {
      if (r.response !== 'awaiting') expect(r.groupToldOn).toBeDefined();
    }
    expect(project.influence.canInfluence?.length).toBeGreaterThan(0);
    expect(project.influence.cannotInfluence?.every((l) => l.reason)).toBe(true);
    expect(project.resources.dedicated).toBe(true);
    expect(project.resources.budgetGbp).toBeGreaterThan(0);
    expect(project.resources.staffHoursPerWeek).toBeGreaterThan(0);
    const plan = project.communicationPlan;
    expect(plan.during && plan.after && plan.membersToldOn).toBeTruthy();
    expect(project.relatedEngagement?.every((e) => e.coordination)).toBe(true);
    expect(project.ideas.length).toBeGreaterThan(0);
    expect(project.ideas.every((i) => i.response)).toBe(true);
  });

  it('co-created its ways of working on behaviour, language and decision-making', () => {
    for (const topic of ['behaviour', 'language', 'decision-making'] as const) {
      const agreement = project.agreements.find((a) => a.topic === topic);
      expect(agreement?.createdBy.some((id) => nonStaff.has(id))).toBe(true);
    }
  });

  it('raises no warning or error with every default rule', async () => {
    const report = await check(project, {
      rules: createRuleSet({ extends: ['coproduce:all'] }),
      now: EXAMPLES_NOW,
    });
    const serious = report.issues.filter((i) => i.severity !== 'info');
    expect(serious.map((i) => `${i.ruleId}: ${i.message}`)).toEqual([]);
  });

  it('keeps governance current as of the examples date', () => {
    const { seniorLeaders, informationFlows } = project.governance;
    expect(seniorLeaders.length).toBeGreaterThan(0);
    for (const leader of seniorLeaders) {
      expect(leader.involvement.length).toBeGreaterThan(0);
      for (const point of leader.involvement) {
        if (point.due && point.due < today) expect(point.done).toBeDefined();
      }
    }
    expect(new Set(informationFlows.map((f) => f.direction)).size).toBe(2);
    for (const flow of informationFlows) {
      const limit = cadenceDays[flow.cadence];
      expect(limit).toBeDefined();
      expect(daysBetween(flow.lastOccurred!, today)).toBeLessThanOrEqual(limit!);
    }
    for (const milestone of project.timeframe.milestones) {
      expect(milestone.done !== undefined || milestone.due >= today).toBe(true);
    }
    for (const entry of project.learning) {
      expect(entry.sharedWith.length).toBeGreaterThan(0);
      expect(daysBetween(entry.date, entry.sharedWith[0]!.on)).toBeLessThanOrEqual(21);
    }
  });

  it('offers every community member something for taking part, with benefits advice first, and pays on time', () => {
    const community = project.group.members.filter((m) => nonStaff.has(m.id));
    expect(community.length).toBeGreaterThan(0);
    const ledger = project.reciprocity;
    for (const member of community) {
      const entries = ledger.filter((e) => e.memberId === member.id);
      expect(
        entries.some((e) => e.status === 'received'),
        member.id,
      ).toBe(true);
      expect(member.benefitsAdviceOfferedOn, member.id).toBeDefined();
      expect(member.nonCashPreference, member.id).toBeDefined();
      for (const entry of entries) {
        if (entry.offeredOn) expect(member.benefitsAdviceOfferedOn! <= entry.offeredOn).toBe(true);
      }
    }
    // Nothing for staff, councillors or partners: they are paid or represent their organisations.
    expect(ledger.every((e) => nonStaff.has(e.memberId))).toBe(true);
    for (const entry of ledger) {
      expect(entry.status, entry.id).toBe('received');
      expect(entry.paidOn, entry.id).toBeDefined();
      if (entry.claimedOn)
        expect(daysBetween(entry.claimedOn, entry.paidOn!)).toBeLessThanOrEqual(14);
      // Notes name no one: pseudonymous, whoever reads the ledger.
      for (const member of project.group.members) {
        expect(entry.note ?? '').not.toContain(member.displayName);
      }
    }
    expect(new Set(ledger.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
    expect(community.some((m) => (m.trainingTaken ?? []).length > 0)).toBe(true);
  });

  it('has a recent green or amber reflection on every framework question', () => {
    for (const id of questionIds) {
      const recent = project.reflections.filter(
        (r) => r.questionId === id && daysBetween(r.date, today) <= 60,
      );
      expect(recent.length, id).toBeGreaterThan(0);
    }
    for (const reflection of project.reflections) {
      expect(reflection.rating).not.toBe('red');
      if (reflection.rating === 'amber') expect(reflection.actions.length).toBeGreaterThan(0);
    }
  });
});
