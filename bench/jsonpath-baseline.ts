/**
 * The first design a careful developer would try, for comparison with ours:
 * json-rules-engine running the five rules of the check subset once per
 * check, over facts worked out once per check with JSONPath queries
 * (jsonpath-plus) on the raw project and a little code where a query cannot
 * say it. Each rule's fact is the list of records it flags, so one engine
 * run gives one result per record, as ours does.
 *
 * It asks what our rules ask when the data is there, and says "flagged" or
 * nothing: unlike ours it has no "needs review", no placeholder text and no
 * messages, so it does less work than a check. It lives in the benchmarks
 * only; the library itself never runs JSONPath filter expressions.
 */
import { Engine } from 'json-rules-engine';
import { JSONPath } from 'jsonpath-plus';

type Raw = Record<string, unknown>;

/** The five rules, as in the subset the baseline is compared with, by rule id. */
export const BASELINE_RULES = [
  'purpose-recorded',
  'quiet-members',
  'access-needs-met',
  'jargon-explained',
  'outside-decisions-influence',
] as const;

/** What the rule defaults of the subset are: three meetings, a fifth of the typical, 120 days. */
const QUIET_MEETINGS = 3;
const QUIET_SHARE = 0.2;
const RECENT_DAYS = 120;
const DAY_MS = 86_400_000;

const query = (path: string, json: unknown): unknown[] =>
  JSONPath({ path, json: json as object, wrap: true }) as unknown[];

/** The index at `position` of each JSON Pointer a query gave, once each, in order. */
function indexesOf(pointers: readonly string[], position: number): number[] {
  const seen = new Set<number>();
  for (const pointer of pointers) seen.add(Number(pointer.split('/')[position]));
  return [...seen];
}

const pointers = (path: string, json: unknown): string[] =>
  JSONPath({ path, json: json as object, resultType: 'pointer' }) as string[];

/**
 * The median of `sorted` with one occurrence of `value` left out: the
 * others' median, without sorting again for each member.
 */
function medianWithout(sorted: readonly number[], value: number): number {
  let at = 0;
  while (sorted[at] !== value) at++;
  const rest = (k: number) => sorted[k < at ? k : k + 1]!;
  const n = sorted.length - 1;
  return n % 2 === 1 ? rest(n >> 1) : (rest(n / 2 - 1) + rest(n / 2)) / 2;
}

/** Members who have joined and not left by now. */
function activeMembers(raw: Raw, nowMs: number): Raw[] {
  return (query('$.group.members[*]', raw) as Raw[]).filter(
    (member) =>
      (member.joined === undefined || Date.parse(String(member.joined)) <= nowMs) &&
      (member.left === undefined || Date.parse(String(member.left)) > nowMs),
  );
}

/**
 * Decisions made outside the group that affect it, once made, that it was not told
 * of, or could only be told of without the reasons explained.
 */
function outsideDecisionsUntold(raw: Raw): string[] {
  const outside = query(
    "$.decisions[?(@.madeBy === 'outside-group' && @.affectsGroup !== false)]",
    raw,
  ) as Raw[];
  return outside
    .filter(
      (d) =>
        d.status !== 'planned' &&
        ((d.groupInformed === false && d.groupToldOn === undefined) ||
          (d.influence === 'inform' &&
            (d.rationaleExplained === false ||
              (d.rationaleExplained === undefined && d.reasons === undefined)))),
    )
    .map((d) => String(d.id));
}

/** Members quiet beside the others: over their last three counted meetings, at most a fifth of the others' median rate. */
function quietMembers(raw: Raw, nowMs: number): string[] {
  const active = new Set(activeMembers(raw, nowMs).map((member) => String(member.id)));
  const rates = new Map<string, number[]>();
  const activities = query('$.activities[*]', raw) as Raw[];
  for (const activity of activities) {
    if (Date.parse(String(activity.start)) >= nowMs) continue;
    for (const row of query('$.attendance[?(@.contributions >= 0)]', activity) as Raw[]) {
      const id = String(row.memberId);
      if (!active.has(id)) continue;
      const list = rates.get(id);
      if (list === undefined) rates.set(id, [Number(row.contributions)]);
      else list.push(Number(row.contributions));
    }
  }
  const rateOf = new Map<string, number>();
  for (const [id, list] of rates) {
    const last = list.slice(-QUIET_MEETINGS);
    rateOf.set(id, last.reduce((a, b) => a + b, 0) / last.length);
  }
  const sorted = [...rateOf.values()].sort((a, b) => a - b);
  const quiet: string[] = [];
  if (sorted.length < 2) return quiet;
  for (const [id, list] of rates) {
    if (list.length < QUIET_MEETINGS) continue;
    const rate = rateOf.get(id)!;
    if (rate <= QUIET_SHARE * medianWithout(sorted, rate)) quiet.push(id);
  }
  return quiet;
}

/** Recent activities where a term came up that nobody explained and the glossary does not either. */
function unexplainedJargon(raw: Raw, nowMs: number): string[] {
  const glossary = new Set(
    (query('$.glossary[*].term', raw) as string[]).map((term) => term.toLowerCase()),
  );
  const activities = query('$.activities[*]', raw) as Raw[];
  const flagged: string[] = [];
  for (const index of indexesOf(
    pointers('$.activities[*].jargon[?(@.explained === false)]', raw),
    2,
  )) {
    const activity = activities[index]!;
    const start = Date.parse(String(activity.start));
    if (start >= nowMs || start < nowMs - RECENT_DAYS * DAY_MS) continue;
    const terms = query('$.jargon[?(@.explained === false)].term', activity) as string[];
    if (terms.some((term) => !glossary.has(term.toLowerCase()))) flagged.push(String(activity.id));
  }
  return flagged;
}

/**
 * The facts, worked out once per check. Each is the list of ids of the
 * records a rule flags, or for the project, whether its purpose is missing.
 */
function baselineFacts(raw: Raw, nowMs: number): Record<string, unknown> {
  const members = query('$.group.members[*]', raw) as Raw[];
  const active = new Set(activeMembers(raw, nowMs));
  return {
    purposeMissing:
      query('$.purpose.what', raw).length === 0 || query('$.purpose.why', raw).length === 0,
    quietMembers: quietMembers(raw, nowMs),
    unmetAccessNeeds: indexesOf(
      pointers('$.group.members[*].accessNeeds[?(@.met === false)]', raw),
      3,
    )
      .map((i) => members[i]!)
      .filter((member) => active.has(member))
      .map((member) => String(member.id)),
    unexplainedJargon: unexplainedJargon(raw, nowMs),
    outsideDecisionsUntold: outsideDecisionsUntold(raw),
  };
}

const FACT_OF: Readonly<Record<(typeof BASELINE_RULES)[number], string>> = {
  'purpose-recorded': 'purposeMissing',
  'quiet-members': 'quietMembers',
  'access-needs-met': 'unmetAccessNeeds',
  'jargon-explained': 'unexplainedJargon',
  'outside-decisions-influence': 'outsideDecisionsUntold',
};

/** One engine, reused: the five rules, each true when its fact flags anything. */
export function baselineEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const rule of BASELINE_RULES) {
    const fact = FACT_OF[rule];
    engine.addRule({
      name: rule,
      conditions: {
        all: [
          fact === 'purposeMissing'
            ? { fact, operator: 'equal', value: true }
            : { fact, path: '$.length', operator: 'greaterThan', value: 0 },
        ],
      },
      event: { type: rule },
    });
  }
  return engine;
}

/**
 * One check by the baseline: the facts once, one engine run. Gives, for
 * each rule, the ids of the records it flags (the project's own, for the purpose).
 */
export async function baselineCheck(
  engine: Engine,
  raw: Raw,
  now: Date,
): Promise<Record<(typeof BASELINE_RULES)[number], string[]>> {
  const facts = baselineFacts(raw, now.getTime());
  const { events } = await engine.run(facts);
  const flagged = Object.fromEntries(
    BASELINE_RULES.map((rule) => [rule, [] as string[]]),
  ) as Record<(typeof BASELINE_RULES)[number], string[]>;
  for (const event of events) {
    const rule = event.type as (typeof BASELINE_RULES)[number];
    const value = facts[FACT_OF[rule]];
    flagged[rule] = Array.isArray(value) ? value : [String(raw.id)];
  }
  return flagged;
}
