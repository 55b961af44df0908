/**
 * Facts about what is realistic within practical constraints (timeframe,
 * milestones, resources) and about how the work ended.
 *
 * As in `understanding.ts`, a `...Gaps` fact lists known gaps, is `null`
 * (needs review) while something is unclear, and is empty when the
 * evidence answers the question; its `...ToReview` partner says, in plain
 * words, what to record or check.
 *
 * @module
 */

import { factPhrase } from '../phrases.js';
import type { Finding } from '../types.js';
import type { DerivedProject } from './derive.js';
import { textEvidence } from './evidence.js';
import { daysAgo, finding, frozen, intParam, subject } from './helpers.js';
import type { FactDefinition } from './types.js';
import { groupAgreement, quoted, workUnderWay } from './understanding.js';

interface Assessment {
  readonly gaps: string[];
  readonly review: string[];
}

function assessTimeframe(derived: DerivedProject): Assessment {
  return derived.memo('assess:timeframe', () => {
    const { timeframe, stage } = derived.project;
    const out: Assessment = { gaps: [], review: [] };
    const underWay = workUnderWay(derived);
    const missing: string[] = [];
    if (timeframe.start === undefined) missing.push(factPhrase('record.startDate'));
    if (timeframe.end === undefined) missing.push(factPhrase('record.endDate'));
    if (timeframe.milestones.length === 0) missing.push(factPhrase('record.milestones'));
    (underWay ? out.gaps : out.review).push(...missing);
    // Work that carries on past its own end date has outgrown its plan.
    if (stage === 'during' && timeframe.end !== undefined && daysAgo(derived, timeframe.end) > 0) {
      out.gaps.push(factPhrase('record.newEndDate'));
    }
    return out;
  });
}

function assessResources(derived: DerivedProject): Assessment {
  return derived.memo('assess:resources', () => {
    const { budgetGbp, staffHoursPerWeek, dedicated } = derived.project.resources;
    const out: Assessment = { gaps: [], review: [] };
    if (dedicated === false) out.gaps.push(factPhrase('gap.borrowed'));
    if (dedicated === true && budgetGbp === 0 && staffHoursPerWeek === 0) {
      out.gaps.push(factPhrase('gap.setAsideEmpty'));
    }
    const underWay = workUnderWay(derived);
    if (budgetGbp === undefined)
      (underWay ? out.gaps : out.review).push(
        factPhrase(underWay ? 'gap.noBudget' : 'record.budget'),
      );
    if (staffHoursPerWeek === undefined) {
      (underWay ? out.gaps : out.review).push(
        factPhrase(underWay ? 'gap.noStaffTime' : 'record.staffHours'),
      );
    }
    if (dedicated === undefined) {
      (underWay ? out.gaps : out.review).push(
        factPhrase(underWay ? 'gap.resourcesUnknown' : 'record.resourcesOwned'),
      );
    }
    return out;
  });
}

/** The day number the timeframe ended, when recorded and past. */
function daysSinceEnd(derived: DerivedProject): number | null {
  const end = derived.project.timeframe.end;
  return end === undefined ? null : daysAgo(derived, end);
}

function assessEvaluation(derived: DerivedProject): Assessment {
  return derived.memo('assess:evaluation', () => {
    const { ending, outcomes } = derived.project;
    const out: Assessment = { gaps: [], review: [] };
    if (ending?.evaluatedOn === undefined) out.review.push(factPhrase('record.evaluatedOn'));
    const agreement = groupAgreement(derived, ending?.evaluatedWith);
    if (agreement === 'missing') out.review.push(factPhrase('record.evaluatedWith'));
    else if (agreement === 'staff-only')
      out.review.push(factPhrase('record.evaluatedWithNotStaff'));
    if (outcomes.length === 0) out.review.push(factPhrase('record.outcomesBecame'));
    const open = outcomes.filter(
      ({ status }) => status === undefined || status === 'not-started' || status === 'in-progress',
    );
    if (open.length === 1) {
      // The phrase has its own quotes.
      const outcome = quoted(open[0]!.description).slice(1, -1);
      out.review.push(factPhrase('record.outcomeBecame', { outcome }));
    } else if (open.length > 1) {
      out.review.push(factPhrase('record.outcomesOpen', { n: open.length }));
    }
    return out;
  });
}

function assessNews(derived: DerivedProject): Assessment {
  return derived.memo('assess:news', () => {
    const ending = derived.project.ending;
    const out: Assessment = { gaps: [], review: [] };
    if (ending?.membersToldOn === undefined) out.review.push(factPhrase('record.membersTold'));
    const part = (state: string, what: string) => {
      if (state === 'missing') out.review.push(what);
      else if (state === 'placeholder') out.review.push(factPhrase('record.placeholder', { what }));
    };
    part(textEvidence(derived, ending?.howMembersTold), factPhrase('record.howTold'));
    part(textEvidence(derived, ending?.whatHappensNext), factPhrase('record.whatNext'));
    return out;
  });
}

/** What the facts of one step of the ending are built from. */
interface EndingStep {
  /** The step in the fact ids: `ending<name>Overdue`, `ending<name>ToReview`. */
  readonly name: string;
  /** The date the step was done on, when recorded. */
  readonly doneOn: (ending: DerivedProject['project']['ending']) => string | undefined;
  readonly assess: (derived: DerivedProject) => Assessment;
  /** The step's own record, which both facts read. */
  readonly reads: readonly string[];
  /** The overdue fact reads the timeframe's end too, and anything named here. */
  readonly overdue: { readonly description: string; readonly alsoReads?: readonly string[] };
  readonly toReview: { readonly description: string; readonly alsoReads?: readonly string[] };
}

/**
 * A step of the ending (the evaluation, telling members), as two facts: it
 * is overdue when its date is not recorded and the timeframe ended more than
 * `graceDays` days ago, not overdue when nothing about it is left to record,
 * and needs review between; its `...ToReview` partner says what to record.
 */
function endingStepFacts(step: EndingStep): FactDefinition[] {
  const overdueId = `ending${step.name}Overdue`;
  return [
    {
      id: overdueId,
      type: 'boolean',
      description: step.overdue.description,
      reads: [...step.reads, 'timeframe.end', ...(step.overdue.alsoReads ?? [])],
      params: GRACE,
      nullable: true,
      compute: (derived, params) => {
        const graceDays = intParam(overdueId, params, 'graceDays', 0);
        const since = daysSinceEnd(derived);
        if (
          step.doneOn(derived.project.ending) === undefined &&
          since !== null &&
          since > graceDays
        )
          return true;
        return step.assess(derived).review.length === 0 ? false : null;
      },
    },
    {
      id: `ending${step.name}ToReview`,
      type: 'string-list',
      description: step.toReview.description,
      reads: [...step.reads, ...(step.toReview.alsoReads ?? [])],
      params: {},
      nullable: false,
      compute: (derived) => frozen([...step.assess(derived).review]),
    },
  ];
}

/**
 * A `...Gaps` fact and its `...ToReview` partner from one assessment. The
 * gaps read the stage too: what is only still to record before the work is
 * under way is a gap after. Gaps are known gaps, else `null` (needs review)
 * while something is still to record, else empty.
 */
function gapFacts(pair: {
  /** What both facts read (the gaps read the stage too). */
  readonly reads: readonly string[];
  readonly assess: (derived: DerivedProject) => Assessment;
  readonly gaps: { readonly id: string; readonly description: string };
  readonly toReview: { readonly id: string; readonly description: string };
}): FactDefinition[] {
  const { reads, assess } = pair;
  return [
    {
      id: pair.gaps.id,
      type: 'string-list',
      description: pair.gaps.description,
      reads: [...reads, 'stage'],
      params: {},
      nullable: true,
      compute: (derived) => {
        const a = assess(derived);
        if (a.gaps.length > 0) return frozen([...a.gaps]);
        return a.review.length > 0 ? null : frozen([]);
      },
    },
    {
      id: pair.toReview.id,
      type: 'string-list',
      description: pair.toReview.description,
      reads,
      params: {},
      nullable: false,
      compute: (derived) => frozen([...assess(derived).review]),
    },
  ];
}

const GRACE = {
  graceDays: {
    type: 'integer',
    minimum: 0,
    description:
      'How many days after the end of the timeframe the step may wait before its absence counts as a known gap.',
  },
} as const;

/**
 * Facts about timeframes, milestones, resources and the ending.
 *
 * @example `constraintFacts.map((f) => f.id).includes('overdueMilestones') // true`
 */
export const constraintFacts: readonly FactDefinition[] = [
  {
    id: 'overdueMilestones',
    type: 'findings',
    scope: 'milestone',
    description:
      'Milestones not done whose due date is more than `graceDays` calendar days before today. `daysOverdue` counts from the due date. Null (needs review) when the timeframe has no milestones.',
    reads: ['timeframe.milestones[].due', 'timeframe.milestones[].done'],
    params: {
      graceDays: {
        type: 'integer',
        minimum: 0,
        description:
          'How many days past its due date a milestone may be before it counts as overdue.',
      },
    },
    data: ['title', 'due', 'daysOverdue'],
    nullable: true,
    compute: (derived, params) => {
      const graceDays = intParam('overdueMilestones', params, 'graceDays', 0);
      const milestones = derived.project.timeframe.milestones;
      if (milestones.length === 0) return null;
      const out: Finding[] = [];
      milestones.forEach((ms, i) => {
        if (ms.done !== undefined) return;
        const daysOverdue = daysAgo(derived, ms.due);
        if (!(daysOverdue > graceDays)) return;
        out.push(
          finding(subject('milestone', ms.id, ms.title, `/timeframe/milestones/${i}`), 'flagged', {
            title: ms.title,
            due: ms.due,
            daysOverdue,
          }),
        );
      });
      return frozen(out);
    },
  },
  ...gapFacts({
    reads: ['timeframe.start', 'timeframe.end', 'timeframe.milestones'],
    assess: assessTimeframe,
    gaps: {
      id: 'timeframeGaps',
      description:
        'What the timeframe lacks, in plain words, once the work is under way (stage during or later): a start date, an end date, milestones; and, in the during stage, a new end date when the recorded one has passed. Empty when complete; null (needs review) when a part is not recorded before the work is under way.',
    },
    toReview: {
      id: 'timeframeToReview',
      description:
        'What the timeframe does not record yet, in plain words for messages: a start date, an end date, the milestones along the way.',
    },
  }),
  ...gapFacts({
    reads: ['resources.budgetGbp', 'resources.staffHoursPerWeek', 'resources.dedicated'],
    assess: assessResources,
    gaps: {
      id: 'resourceGaps',
      description:
        'Why the time and money are not clearly set aside, in plain words: borrowed from other work; marked as set aside with a £0 budget and no staff hours; and, once the work is under way, a budget, staff hours or whether they are set aside never recorded. Empty when set aside with a budget or staff hours above nothing; null (needs review) when something is not recorded before the work is under way.',
    },
    toReview: {
      id: 'resourcesToReview',
      description:
        'What is still to record about the resources before the work is under way, in plain words for messages: the budget, the staff hours each week, whether they belong to this work.',
    },
  }),
  ...endingStepFacts({
    name: 'Evaluation',
    doneOn: (ending) => ending?.evaluatedOn,
    assess: assessEvaluation,
    reads: ['ending.evaluatedOn', 'ending.evaluatedWith', 'outcomes[].status'],
    overdue: {
      description:
        'Whether the evaluation of the work with the group is overdue: true when no evaluation date is recorded and the timeframe ended more than `graceDays` days ago; false when an evaluation date is recorded, members of the group who are not staff took part, and every outcome has a final status (achieved, partly achieved, not achieved or dropped). Null (needs review) otherwise.',
      alsoReads: ['group.members[].roles'],
    },
    toReview: {
      description:
        'What is still to record about the evaluation with the group, in plain words for messages: when it happened, which members of the group took part, what became of each outcome.',
      alsoReads: ['outcomes[].description'],
    },
  }),
  ...endingStepFacts({
    name: 'News',
    doneOn: (ending) => ending?.membersToldOn,
    assess: assessNews,
    reads: ['ending.membersToldOn', 'ending.howMembersTold', 'ending.whatHappensNext'],
    overdue: {
      description:
        'Whether telling members how the work ended is overdue: true when no date is recorded for telling them and the timeframe ended more than `graceDays` days ago; false when the date, how they were told and what happens next are all recorded in real words. Null (needs review) otherwise.',
    },
    toReview: {
      description:
        'What is still to record about telling members how the work ended, in plain words for messages: when they were told, how, and what happens next.',
    },
  }),
];
