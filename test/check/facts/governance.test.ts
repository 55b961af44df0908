import { describe, expect, it } from 'vitest';
import { OUTSIDE_DECISION_PROBLEMS } from '../../../src/check/facts/governance.js';
import {
  activity,
  daysBefore,
  fact,
  findings,
  makeProject,
  member,
  summary,
  withMembers,
} from './fixtures.js';

describe('control and routes', () => {
  it('decisionScopeAgreed and governanceProcessDescribed', () => {
    expect(fact('decisionScopeAgreed', makeProject())).toBe(false);
    expect(
      fact(
        'decisionScopeAgreed',
        makeProject({ governance: { decisionScopeAgreedOn: '2026-02-01' } }),
      ),
    ).toBe(true);
    expect(fact('governanceProcessDescribed', makeProject())).toBe(false);
    expect(
      fact(
        'governanceProcessDescribed',
        makeProject({ governance: { processSummary: 'Cabinet approves the pilot' } }),
      ),
    ).toBe(true);
  });

  it('decisionsWithoutRoute and decisionCount', () => {
    const project = makeProject({
      decisions: [
        { id: 'd-1', title: 'Pilot route', date: '2026-05-01', madeBy: 'group' },
        {
          id: 'd-2',
          title: 'Budget split',
          date: '2026-05-02',
          madeBy: 'group-with-organisation',
          governance: { route: 'not-required' },
        },
        { id: 'd-3', title: 'Fares', date: '2026-05-03', madeBy: 'outside-group' },
        { id: 'd-4', title: 'Venue', date: '2026-05-04', madeBy: 'group-with-organisation' },
      ],
    });
    const list = findings('decisionsWithoutRoute', project);
    expect(summary(list)).toEqual([
      ['d-1', 'flagged'],
      ['d-4', 'flagged'],
    ]);
    expect(list[1]!.data).toEqual({ title: 'Venue' });
    expect(list[1]!.subject.pointer).toBe('/decisions/3');
    expect(fact('decisionCount', project)).toBe(4);
    expect(fact('decisionCount', makeProject())).toBe(0);
    expect(findings('decisionsWithoutRoute', makeProject())).toEqual([]);
  });

  it('membersNotBriefedOnGovernance: false is flagged, unknown needs review', () => {
    const project = withMembers([
      member('m-1', { briefedOnGovernance: true }),
      member('m-2', { briefedOnGovernance: false }),
      member('m-3'),
    ]);
    expect(summary(findings('membersNotBriefedOnGovernance', project))).toEqual([
      ['m-2', 'flagged'],
      ['m-3', 'needs-review'],
    ]);
    expect(
      findings(
        'membersNotBriefedOnGovernance',
        withMembers([member('m-1', { briefedOnGovernance: true })]),
      ),
    ).toEqual([]);
  });
});

describe('shared responsibility', () => {
  const members = [
    member('m-staff', { roles: ['staff'] }),
    member('m-res', { roles: ['resident'] }),
  ];

  it('responsibilityCount and shareResponsibilitiesWithCommunityOwner', () => {
    const project = withMembers(members, {
      governance: {
        responsibilities: [
          { id: 'r-1', area: 'Chairing', owners: ['m-staff', 'm-res'] },
          { id: 'r-2', area: 'Minutes', owners: ['m-staff'] },
        ],
      },
    });
    expect(fact('responsibilityCount', project)).toBe(2);
    expect(fact('shareResponsibilitiesWithCommunityOwner', project)).toBe(0.5);
    const staffOnly = withMembers(members, {
      governance: { responsibilities: [{ id: 'r-2', area: 'Minutes', owners: ['m-staff'] }] },
    });
    expect(fact('shareResponsibilitiesWithCommunityOwner', staffOnly)).toBe(0);
    expect(fact('responsibilityCount', makeProject())).toBe(0);
    expect(fact('shareResponsibilitiesWithCommunityOwner', makeProject())).toBeNull();
  });
});

describe('decisions made elsewhere', () => {
  it("groupDecisionsMadeElsewhere flags the group's decisions made outside it", () => {
    const project = makeProject({
      decisions: [
        {
          id: 'd-1',
          title: 'Pilot area',
          date: '2026-05-01',
          madeBy: 'outside-group',
          decidedBy: 'Cabinet member',
          groupsToMake: true,
        },
        { id: 'd-2', title: 'Route', date: '2026-05-02', madeBy: 'group', groupsToMake: true },
        {
          id: 'd-3',
          title: 'Fares',
          date: '2026-05-03',
          madeBy: 'outside-group',
          groupsToMake: false,
        },
        {
          id: 'd-4',
          title: 'Budget',
          date: '2026-05-04',
          madeBy: 'outside-group',
          groupsToMake: true,
        },
      ],
    });
    expect(findings('groupDecisionsMadeElsewhere', project)).toEqual([
      {
        subject: { type: 'decision', id: 'd-1', label: 'Pilot area', pointer: '/decisions/0' },
        status: 'flagged',
        data: { title: 'Pilot area', decidedBy: 'Cabinet member' },
      },
      {
        subject: { type: 'decision', id: 'd-4', label: 'Budget', pointer: '/decisions/3' },
        status: 'flagged',
        data: { title: 'Budget', decidedBy: '' },
      },
    ]);
  });

  it('groupDecisionsMadeElsewhere is empty without decisions, null when nobody said whose they were', () => {
    expect(findings('groupDecisionsMadeElsewhere', makeProject())).toEqual([]);
    const unknown = makeProject({
      decisions: [{ id: 'd-1', title: 'Pilot area', date: '2026-05-01', madeBy: 'outside-group' }],
    });
    expect(fact('groupDecisionsMadeElsewhere', unknown)).toBeNull();
    const clean = makeProject({
      decisions: [
        { id: 'd-1', title: 'Pilot area', date: '2026-05-01', madeBy: 'group', groupsToMake: true },
      ],
    });
    expect(findings('groupDecisionsMadeElsewhere', clean)).toEqual([]);
  });

  it('outsideDecisionsWithoutInfluence lists the problems in words', () => {
    const base = { date: '2026-05-01', madeBy: 'outside-group' };
    const project = makeProject({
      decisions: [
        { id: 'd-none', title: 'Fares', ...base },
        { id: 'd-untold', title: 'Budget', ...base, influence: 'consult', groupInformed: false },
        { id: 'd-unknown', title: 'Venue', ...base, influence: 'inform', decidedBy: 'Director' },
        { id: 'd-ok', title: 'Pilot', ...base, influence: 'involve', groupInformed: true },
        { id: 'd-unrelated', title: 'Parking', ...base, affectsGroup: false },
        { id: 'd-group', title: 'Route', date: '2026-05-01', madeBy: 'group' },
      ],
    });
    const list = findings('outsideDecisionsWithoutInfluence', project);
    expect(summary(list)).toEqual([
      ['d-none', 'flagged'],
      ['d-untold', 'flagged'],
      ['d-unknown', 'needs-review'],
    ]);
    expect(list.map((f) => f.data)).toEqual([
      { title: 'Fares', decidedBy: '', problems: [OUTSIDE_DECISION_PROBLEMS.influenceMissing] },
      { title: 'Budget', decidedBy: '', problems: [OUTSIDE_DECISION_PROBLEMS.notInformed] },
      {
        title: 'Venue',
        decidedBy: 'Director',
        problems: [OUTSIDE_DECISION_PROBLEMS.informedUnknown],
      },
    ]);
    expect(findings('outsideDecisionsWithoutInfluence', makeProject())).toEqual([]);
  });
});

describe('information flows and senior leaders', () => {
  it('flowDirectionsMissing', () => {
    expect(fact('flowDirectionsMissing', makeProject())).toEqual([
      'updates from the group to senior leaders',
      'updates from senior leaders to the group',
    ]);
    const oneWay = makeProject({
      governance: {
        informationFlows: [{ id: 'f-1', direction: 'group-to-leaders', cadence: 'monthly' }],
      },
    });
    expect(fact('flowDirectionsMissing', oneWay)).toEqual([
      'updates from senior leaders to the group',
    ]);
    const both = makeProject({
      governance: {
        informationFlows: [
          { id: 'f-1', direction: 'group-to-leaders', cadence: 'monthly' },
          { id: 'f-2', direction: 'leaders-to-group', cadence: 'ad-hoc' },
        ],
      },
    });
    expect(fact('flowDirectionsMissing', both)).toEqual([]);
  });

  it('overdueInformationFlows: late flows, never-held flows counted from the start, never ad hoc', () => {
    const project = makeProject({
      timeframe: { start: daysBefore(100) },
      governance: {
        informationFlows: [
          // monthly = 31 days; 31 + 7 grace = 38.
          {
            id: 'f-late',
            direction: 'group-to-leaders',
            cadence: 'monthly',
            lastOccurred: daysBefore(39),
            description: 'Highlight report to DMT',
          },
          {
            id: 'f-ok',
            direction: 'group-to-leaders',
            cadence: 'monthly',
            lastOccurred: daysBefore(38),
          },
          { id: 'f-never', direction: 'leaders-to-group', cadence: 'quarterly' },
          {
            id: 'f-adhoc',
            direction: 'leaders-to-group',
            cadence: 'ad-hoc',
            lastOccurred: daysBefore(400),
          },
        ],
      },
    });
    const list = findings('overdueInformationFlows', project, { graceDays: 7 });
    expect(list).toEqual([
      {
        subject: {
          type: 'flow',
          id: 'f-late',
          label: 'Highlight report to DMT',
          pointer: '/governance/informationFlows/0',
        },
        status: 'flagged',
        data: {
          direction: 'updates from the group to senior leaders',
          lastOccurred: daysBefore(39),
          daysOverdue: 8,
        },
      },
      {
        subject: {
          type: 'flow',
          id: 'f-never',
          label: 'From senior leaders to the group (quarterly)',
          pointer: '/governance/informationFlows/2',
        },
        status: 'flagged',
        data: {
          direction: 'updates from senior leaders to the group',
          lastOccurred: '',
          daysOverdue: 8,
        },
      },
    ]);
    expect(findings('overdueInformationFlows', project, { graceDays: 30 })).toEqual([]);
  });

  it('overdueInformationFlows counts a never-held flow from the first activity without a start date', () => {
    const flows = {
      informationFlows: [{ id: 'f-1', direction: 'group-to-leaders', cadence: 'weekly' }],
    };
    const project = makeProject({
      governance: flows,
      activities: [
        activity('a-2', '2026-06-20T10:00:00Z'),
        activity('a-1', '2026-06-10T10:00:00Z'),
      ],
    });
    expect(findings('overdueInformationFlows', project, { graceDays: 7 })[0]?.data).toEqual({
      direction: 'updates from the group to senior leaders',
      lastOccurred: '',
      daysOverdue: 14,
    });
    expect(
      findings('overdueInformationFlows', makeProject({ governance: flows }), { graceDays: 7 }),
    ).toEqual([]);
  });

  it('seniorLeaderCount and leadersWithoutInvolvement', () => {
    const project = makeProject({
      governance: {
        seniorLeaders: [
          { id: 'sl-1', name: 'Director of Transport', role: 'Sponsor' },
          {
            id: 'sl-2',
            name: 'Cabinet member',
            role: 'Decision maker',
            involvement: [
              { point: 'Sign off the pilot', due: daysBefore(3) },
              { point: 'Attend a meeting', due: daysBefore(10) },
              { point: 'Launch', due: '2026-09-01' },
              { point: 'Kick-off', due: daysBefore(50), done: daysBefore(49) },
            ],
          },
          {
            id: 'sl-3',
            name: 'Head of Service',
            role: 'Owner',
            involvement: [{ point: 'Review options', due: '2026-07-01' }, { point: 'Visit' }],
          },
        ],
      },
    });
    expect(fact('seniorLeaderCount', project)).toBe(3);
    expect(findings('leadersWithoutInvolvement', project)).toEqual([
      {
        subject: {
          type: 'leader',
          id: 'sl-1',
          label: 'Director of Transport',
          pointer: '/governance/seniorLeaders/0',
        },
        status: 'flagged',
        data: { problem: 'no involvement is planned', point: '' },
      },
      {
        subject: {
          type: 'leader',
          id: 'sl-2',
          label: 'Cabinet member',
          pointer: '/governance/seniorLeaders/1',
        },
        status: 'flagged',
        data: {
          problem: 'the planned involvement "Attend a meeting" is overdue',
          point: 'Attend a meeting',
        },
      },
    ]);
    expect(fact('seniorLeaderCount', makeProject())).toBe(0);
    expect(findings('leadersWithoutInvolvement', makeProject())).toEqual([]);
  });
});
