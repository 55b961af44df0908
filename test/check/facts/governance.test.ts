import { describe, expect, it } from 'vitest';
import {
  GOVERNANCE_TO_RECORD,
  OUTSIDE_DECISION_PROBLEMS,
} from '../../../src/check/facts/governance.js';
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

const routed = { governance: { route: 'cabinet' } };

describe('control and routes', () => {
  it('decisionScopeAgreed: a date passes; missing is unknown until decisions are recorded', () => {
    expect(fact('decisionScopeAgreed', makeProject())).toBeNull();
    const decided = {
      decisions: [{ id: 'd-1', title: 'Route', date: '2026-05-01', madeBy: 'group' }],
    };
    expect(fact('decisionScopeAgreed', makeProject(decided))).toBe(false);
    expect(
      fact(
        'decisionScopeAgreed',
        makeProject({ ...decided, governance: { decisionScopeAgreedOn: '2026-02-01' } }),
      ),
    ).toBe(true);
    // A date still to come is not an agreement yet.
    expect(
      fact(
        'decisionScopeAgreed',
        makeProject({ ...decided, governance: { decisionScopeAgreedOn: '2026-09-01' } }),
      ),
    ).toBe(false);
  });

  it('governanceProcessDescribed: real words pass; a placeholder or nothing is unknown; none with formal routes is false', () => {
    expect(fact('governanceProcessDescribed', makeProject())).toBeNull();
    expect(
      fact(
        'governanceProcessDescribed',
        makeProject({ governance: { processSummary: 'Cabinet approves the pilot' } }),
      ),
    ).toBe(true);
    const formal = [{ id: 'd-1', title: 'Route', date: '2026-05-01', madeBy: 'group', ...routed }];
    expect(
      fact(
        'governanceProcessDescribed',
        makeProject({ governance: { processSummary: 'TBC.' }, decisions: formal }),
      ),
    ).toBeNull();
    expect(fact('governanceProcessDescribed', makeProject({ decisions: formal }))).toBe(false);
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
        { id: 'd-4', title: 'Venue', status: 'planned', due: '2026-08-01', madeBy: 'group' },
      ],
    });
    const list = findings('decisionsWithoutRoute', project);
    expect(summary(list)).toEqual([
      ['d-1', 'flagged'],
      ['d-4', 'flagged'],
    ]);
    expect(list[1]!.data).toEqual({ title: 'Venue', planned: true });
    expect(list[1]!.subject.pointer).toBe('/decisions/3');
    expect(fact('decisionCount', project)).toBe(4);
    expect(fact('decisionCount', makeProject())).toBe(0);
    expect(fact('decisionsWithoutRoute', makeProject())).toBeNull();
  });

  it('membersNotBriefedOnGovernance: false is flagged; unknown is null, named in governanceBriefingToRecord; staff are not asked', () => {
    const project = withMembers([
      member('m-1', { briefedOnGovernance: true }),
      member('m-2', { briefedOnGovernance: false }),
      member('m-3'),
      member('m-4', { roles: ['staff'] }),
    ]);
    expect(summary(findings('membersNotBriefedOnGovernance', project))).toEqual([
      ['m-2', 'flagged'],
    ]);
    const unknown = withMembers([member('m-1', { briefedOnGovernance: true }), member('m-3')]);
    expect(fact('membersNotBriefedOnGovernance', unknown)).toBeNull();
    expect(fact('governanceBriefingToRecord', unknown)).toEqual(['Member m-3']);
    expect(fact('membersNotBriefedOnGovernance', makeProject())).toBeNull();
    expect(fact('governanceBriefingToRecord', makeProject())).toEqual([
      GOVERNANCE_TO_RECORD.noMembers,
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
    member('m-gone', { roles: ['resident'], left: '2026-03-01' }),
  ];

  it('responsibilityCount and shareResponsibilitiesWithCommunityOwner (active community owners, real areas)', () => {
    const project = withMembers(members, {
      governance: {
        responsibilities: [
          { id: 'r-1', area: 'Chairing', owners: ['m-staff', 'm-res'] },
          { id: 'r-2', area: 'Minutes', owners: ['m-staff', 'm-gone'] },
          { id: 'r-3', area: 'tbc', owners: ['m-res'] },
        ],
      },
    });
    expect(fact('responsibilityCount', project)).toBe(3);
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
  it("groupDecisionsMadeElsewhere flags the group's decisions made, or set to be made, outside it", () => {
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
          status: 'planned',
          due: '2026-09-01',
          toBeMadeBy: 'Director of Housing',
          madeBy: 'outside-group',
          groupsToMake: true,
        },
      ],
    });
    expect(findings('groupDecisionsMadeElsewhere', project)).toEqual([
      {
        subject: { type: 'decision', id: 'd-1', label: 'Pilot area', pointer: '/decisions/0' },
        status: 'flagged',
        data: {
          title: 'Pilot area',
          decidedBy: 'Cabinet member',
          planned: false,
          due: '',
          problem: 'it was made outside the group, by Cabinet member',
        },
      },
      {
        subject: { type: 'decision', id: 'd-4', label: 'Budget', pointer: '/decisions/3' },
        status: 'flagged',
        data: {
          title: 'Budget',
          decidedBy: 'Director of Housing',
          planned: true,
          due: '2026-09-01',
          problem: 'it is set to be made outside the group, by Director of Housing',
        },
      },
    ]);
  });

  it('groupDecisionsMadeElsewhere is null without decisions, or when one does not say whose it is', () => {
    expect(fact('groupDecisionsMadeElsewhere', makeProject())).toBeNull();
    expect(fact('decisionOwnershipToRecord', makeProject())).toEqual([
      GOVERNANCE_TO_RECORD.noDecisions,
    ]);
    const unknown = makeProject({
      decisions: [
        { id: 'd-1', title: 'Pilot area', date: '2026-05-01', madeBy: 'outside-group' },
        { id: 'd-2', title: 'Route', date: '2026-05-01', madeBy: 'group', groupsToMake: true },
      ],
    });
    expect(fact('groupDecisionsMadeElsewhere', unknown)).toBeNull();
    expect(fact('decisionOwnershipToRecord', unknown)).toEqual([
      "whether “Pilot area” is the group's to make",
    ]);
    const clean = makeProject({
      decisions: [
        { id: 'd-1', title: 'Pilot area', date: '2026-05-01', madeBy: 'group', groupsToMake: true },
      ],
    });
    expect(findings('groupDecisionsMadeElsewhere', clean)).toEqual([]);
  });

  it('outsideDecisionsWithoutInfluence flags what the record shows, and lists what it cannot tell', () => {
    const base = { date: '2026-05-01', madeBy: 'outside-group' };
    const project = makeProject({
      decisions: [
        { id: 'd-none', title: 'Fares', ...base },
        { id: 'd-untold', title: 'Budget', ...base, influence: 'consult', groupInformed: false },
        { id: 'd-inform', title: 'Venue', ...base, influence: 'inform', groupInformed: true },
        {
          id: 'd-reasons',
          title: 'Hours',
          ...base,
          influence: 'inform',
          groupToldOn: '2026-05-08',
          reasons: 'Staff budget cut',
        },
        { id: 'd-ok', title: 'Pilot', ...base, influence: 'involve', groupInformed: true },
        { id: 'd-unrelated', title: 'Parking', ...base, affectsGroup: false },
        { id: 'd-group', title: 'Route', date: '2026-05-01', madeBy: 'group' },
      ],
    });
    const list = findings('outsideDecisionsWithoutInfluence', project);
    expect(summary(list)).toEqual([
      ['d-untold', 'flagged'],
      ['d-inform', 'flagged'],
    ]);
    expect(list.map((f) => f.data.problems)).toEqual([
      [OUTSIDE_DECISION_PROBLEMS.notInformed],
      [OUTSIDE_DECISION_PROBLEMS.informOnly],
    ]);
    expect(fact('outsideDecisionsToRecord', project)).toEqual([
      'how much say the group had in “Fares”',
      'whether the group was told of “Fares”',
    ]);
    expect(fact('outsideDecisionsWithoutInfluence', makeProject())).toBeNull();
    const unknownOnly = makeProject({ decisions: [{ id: 'd-none', title: 'Fares', ...base }] });
    expect(fact('outsideDecisionsWithoutInfluence', unknownOnly)).toBeNull();
  });
});

describe('information flows and senior leaders', () => {
  it('flowDirectionsMissing: null with no flows; placeholders do not count', () => {
    expect(fact('flowDirectionsMissing', makeProject())).toBeNull();
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
    const vague = makeProject({
      governance: {
        informationFlows: [
          { id: 'f-1', direction: 'group-to-leaders', cadence: 'monthly' },
          { id: 'f-2', direction: 'leaders-to-group', cadence: 'ad-hoc', description: 'tbc' },
        ],
      },
    });
    expect(fact('flowDirectionsMissing', vague)).toBeNull();
  });

  it('overdueInformationFlows: judged by each flow’s cadence; never-held flows counted from the start; never ad hoc', () => {
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
          dueOn: daysBefore(8),
          daysOverdue: 8,
        },
      },
      {
        subject: {
          type: 'flow',
          id: 'f-never',
          label: 'From senior leaders to the group',
          pointer: '/governance/informationFlows/2',
        },
        status: 'flagged',
        data: {
          direction: 'updates from senior leaders to the group',
          lastOccurred: '',
          dueOn: daysBefore(8),
          daysOverdue: 8,
        },
      },
    ]);
    expect(findings('overdueInformationFlows', project, { graceDays: 30 })).toEqual([]);
    expect(fact('overdueInformationFlows', makeProject(), { graceDays: 7 })).toBeNull();
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
      dueOn: '2026-06-17',
      daysOverdue: 14,
    });
    expect(
      findings('overdueInformationFlows', makeProject({ governance: flows }), { graceDays: 7 }),
    ).toEqual([]);
  });

  it('seniorLeadersNamed and seniorLeadersToName: placeholders are not names', () => {
    expect(fact('seniorLeadersNamed', makeProject())).toBeNull();
    expect(fact('seniorLeadersToName', makeProject())).toEqual([GOVERNANCE_TO_RECORD.noLeaders]);
    const toCabinet = makeProject({
      decisions: [{ id: 'd-1', title: 'Route', date: '2026-05-01', madeBy: 'group', ...routed }],
    });
    expect(fact('seniorLeadersNamed', toCabinet)).toBe(false);
    const named = makeProject({
      governance: { seniorLeaders: [{ id: 'sl-1', name: 'Jo Bloggs', role: 'Sponsor' }] },
    });
    expect(fact('seniorLeadersNamed', named)).toBe(true);
    const vague = makeProject({
      governance: {
        seniorLeaders: [
          { id: 'sl-1', name: 'tbc', role: 'Sponsor' },
          { id: 'sl-2', name: 'Jo Bloggs', role: 'n/a' },
          { id: 'sl-3', name: '?', role: '-' },
        ],
      },
    });
    expect(fact('seniorLeadersNamed', vague)).toBeNull();
    expect(fact('seniorLeadersToName', vague)).toEqual([
      'the name of the Sponsor',
      'the role of Jo Bloggs',
      GOVERNANCE_TO_RECORD.leaderBoth,
    ]);
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
          problem: 'the planned involvement “Attend a meeting” is overdue',
          point: 'Attend a meeting',
        },
      },
    ]);
    expect(fact('seniorLeaderCount', makeProject())).toBe(0);
    expect(fact('leadersWithoutInvolvement', makeProject())).toBeNull();
    const undated = makeProject({
      governance: {
        seniorLeaders: [
          { id: 'sl-1', name: 'Jo', role: 'Sponsor', involvement: [{ point: 'Visit' }] },
        ],
      },
    });
    expect(fact('leadersWithoutInvolvement', undated)).toBeNull();
    expect(fact('leaderInvolvementToRecord', undated)).toEqual(['when Jo will be involved']);
  });
});
