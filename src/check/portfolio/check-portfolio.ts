/**
 * `checkPortfolio`: a council's projects checked at once. Each project gets
 * its own check (the same pure `check()`), taken one at a time so that
 * only a small summary of each is kept; then the portfolio rules (the
 * `portfolio` rule set) run over the summaries: the same person in many
 * projects or activities, the same topic consulted twice, the same people
 * always chosen, projects not reviewed as often as the council asks.
 *
 * @module
 */
import * as z from 'zod';
import { CoproduceError, isCoproduceError, problem } from '../../model/errors.js';
import { isVouched } from '../../model/freeze.js';
import { parseProject } from '../../model/parse.js';
import { type Project, type ProjectInput, StageSchema } from '../../model/project.js';
import type { DeepReadonly } from '../../model/readonly.js';
import { zodProblems } from '../../model/zod-problems.js';
import {
  type CreateRuleSetOptions,
  createRuleSet,
  type ResolvedConfig,
  type RuleSet,
  requireRuleSetInternals,
} from '../compile.js';
import { check } from '../evaluate.js';
import type { FactProvider } from '../fact-provider.js';
import type { DerivedProject } from '../facts/derive.js';
import { DEFAULT_LOCALE } from '../messages.js';
import {
  type CheckReport,
  CheckReportSchema,
  REVIEW_TALLY_FIELDS,
  reviewTally,
} from '../report-schema.js';
import type { CouncilConfig } from '../rule-schema.js';
import { ruleSetFor } from '../rule-set-cache.js';
import { SEVERITIES, type SubjectRef } from '../types.js';
import { type DerivedPortfolio, derivePortfolio, portfolioFactCatalogue } from './facts.js';
import { type ProjectSummary, summariseProject } from './summary.js';

/**
 * The format version of a {@link PortfolioReport}. Raised when a field
 * changes meaning or goes away; new optional fields do not raise it.
 *
 * @category Check
 * @example `if (portfolio.portfolioVersion !== PORTFOLIO_REPORT_VERSION) throw new Error('unknown report');`
 */
export const PORTFOLIO_REPORT_VERSION = 1 as const;

/**
 * One project given to {@link checkPortfolio}: a project (parsed, or a
 * document as written, to validate), or one with where it came from (a file name), which
 * the report keeps and errors name.
 *
 * @category Check
 * @example `const input: PortfolioInput = { project: parseProjectJson(text), source: 'projects/bus-travel.json' };`
 */
export type PortfolioInput =
  | Project
  | ProjectInput
  | { readonly project: unknown; readonly source?: string };

/**
 * Options of {@link checkPortfolio}.
 *
 * @category Check
 * @example
 * ```ts
 * const options: PortfolioOptions = { now: '2026-11-20T12:00:00Z', title: 'Northfield Council projects' };
 * ```
 */
export interface PortfolioOptions {
  /** A rule set or configuration, for each project's check and for the portfolio rules. Default: `coproduce:recommended`. */
  readonly rules?: RuleSet | CouncilConfig | undefined;
  /** The moment of the check. Default: now. */
  readonly now?: Date | string | undefined;
  /** The locale of the messages. Default: the rule set's. */
  readonly locale?: string | undefined;
  /** What to call the portfolio in the report. Default: "The council's projects". */
  readonly title?: string | undefined;
  /** The time zone the portfolio's own findings are dated in. Default: the first project's. */
  readonly timeZone?: string | undefined;
  /**
   * Makes the report shareable as it is made, while each project is still
   * in hand: `portfolioAnonymiser()` shows members and people as
   * pseudonyms and projects as "Project n", and withholds free text, person
   * references and the reasons given for acknowledged issues.
   */
  readonly anonymiser?: PortfolioAnonymiser | undefined;
  /** Called after each project is checked: how many are done, and the one just checked. */
  readonly onProgress?: ((done: number, project: PortfolioProject) => void) | undefined;
}

/**
 * Anonymises a portfolio report as it is made: each project's report
 * while the project is in hand (its members' names are in the project),
 * then the portfolio's findings. `portfolioAnonymiser()` makes one; use a
 * new one for each portfolio check.
 *
 * @category Check
 * @example
 * ```ts
 * import { portfolioAnonymiser } from 'coproduce/report';
 * const anonymiser: PortfolioAnonymiser = portfolioAnonymiser();
 * ```
 */
export interface PortfolioAnonymiser {
  /** The report of the project at `index` (from 0), anonymised; its `project.title` is what the overview shows. */
  project(report: CheckReport, project: Project, index: number): CheckReport;
  /** The portfolio rules' report, anonymised with what the projects showed. */
  findings(report: CheckReport): CheckReport;
}

const AttentionCountsSchema = z
  .strictObject({
    error: z.int().min(0),
    warning: z.int().min(0),
    info: z.int().min(0),
  })
  .extend(REVIEW_TALLY_FIELDS);

/**
 * How many of a project's issues are open by severity (flagged), need
 * review, or are acknowledged.
 *
 * @category Check
 * @example `const c: AttentionCounts = { error: 1, warning: 4, info: 2, needsReview: 6, acknowledged: 1 };`
 *
 * @interface
 */
export type AttentionCounts = DeepReadonly<z.output<typeof AttentionCountsSchema>>;

const PortfolioProjectSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  stage: StageSchema,
  /** Starting, under way or ending, with its timeframe not over. */
  active: z.boolean(),
  /** Where it came from (a file), when given. */
  source: z.string().optional(),
  counts: AttentionCountsSchema,
  report: CheckReportSchema,
});

/**
 * One project in a portfolio report: which it is, whether it is active, a
 * line of counts for the overview, and its own full check report.
 *
 * @category Check
 * @example
 * ```ts
 * const lines = portfolio.projects.map((p: PortfolioProject) => `${p.title}: ${p.counts.error} errors`);
 * ```
 *
 * @interface
 */
export type PortfolioProject = DeepReadonly<z.output<typeof PortfolioProjectSchema>>;

/**
 * Zod schema of {@link PortfolioReport}; `schemas/portfolio-report.schema.json` is generated from it.
 *
 * @category Check
 * @example `PortfolioReportSchema.parse(JSON.parse(text))`
 */
export const PortfolioReportSchema = z.strictObject({
  portfolioVersion: z.literal(PORTFOLIO_REPORT_VERSION),
  title: z.string(),
  /** The `now` of the check, as an ISO 8601 instant in UTC. */
  checkedAt: z.iso.datetime(),
  locale: z.string(),
  timeZone: z.string(),
  projects: z.array(PortfolioProjectSchema),
  /**
   * The portfolio rules' report: issues about people (`person`), topics
   * (`topic`), projects (`project`) or the whole portfolio (`portfolio`).
   * Its `project` names the portfolio.
   */
  findings: CheckReportSchema,
  counts: z.strictObject({
    projects: z.int().min(0),
    active: z.int().min(0),
    /** The projects' open issues added up. */
    issues: AttentionCountsSchema,
  }),
});

/**
 * The result of {@link checkPortfolio}: every project's report, in the
 * order given, and the findings of the portfolio rules.
 *
 * @category Check
 * @example
 * ```ts
 * const portfolio = await checkPortfolio(projects, { now: '2026-11-20T12:00:00Z' });
 * for (const issue of portfolio.findings.issues) console.log(issue.message);
 * ```
 *
 * @interface
 */
export type PortfolioReport = DeepReadonly<z.output<typeof PortfolioReportSchema>>;

/** The id of the stand-in project that carries the portfolio through `check()`. */
const PORTFOLIO_ID = 'portfolio';
const DEFAULT_TITLE = 'The council’s projects';

/** Each stand-in project's portfolio, for the provider to hand to the facts. */
const portfolios = new WeakMap<object, DerivedPortfolio>();

const portfolioProvider: FactProvider = Object.freeze({
  kind: 'portfolio',
  facts: portfolioFactCatalogue,
  derive(project: Project): DerivedProject {
    const derived = portfolios.get(project);
    if (!derived) throw new Error('The portfolio rules ran outside checkPortfolio');
    return derived as unknown as DerivedProject;
  },
} satisfies FactProvider);

/**
 * Compiles the portfolio rules of a configuration (the enabled rules of
 * the `portfolio` set) against the portfolio fact catalogue: what
 * {@link checkPortfolio} runs over the projects together. Use it to list
 * or validate a council's portfolio rules; `createRuleSet` compiles the
 * rules each project is checked with.
 *
 * @throws {@link CoproduceError} `invalid-config` or `invalid-rule` listing
 * every problem, as `createRuleSet` does.
 *
 * @category Customisation
 * @example
 * ```ts
 * createPortfolioRuleSet({ rules: { 'same-topic-at-once': 'off' } }).rules.map((r) => r.id);
 * ```
 */
export function createPortfolioRuleSet(config?: CouncilConfig | ResolvedConfig): RuleSet {
  const options: CreateRuleSetOptions = { facts: portfolioProvider };
  return createRuleSet(config, options);
}

const portfolioRuleSets = new WeakMap<RuleSet, RuleSet>();
/**
 * The rule sets of a portfolio check: the one each project is checked
 * with, and the portfolio rules from the same configuration.
 */
function ruleSetsFor(rules: PortfolioOptions['rules']): { project: RuleSet; portfolio: RuleSet } {
  const project = ruleSetFor(rules);
  let portfolio = portfolioRuleSets.get(project);
  if (!portfolio) {
    portfolio = createPortfolioRuleSet(requireRuleSetInternals(project).resolved);
    portfolioRuleSets.set(project, portfolio);
  }
  return { project, portfolio };
}

function attention(report: CheckReport): AttentionCounts {
  const open = { error: 0, warning: 0, info: 0 };
  for (const issue of report.issues) {
    if (issue.outcome !== 'needs-review') open[issue.severity] += 1;
  }
  return { ...open, ...reviewTally(report) };
}

function isInputRecord(value: unknown): value is { project: unknown; source?: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'project') &&
    !Object.hasOwn(value, 'schemaVersion')
  );
}

async function* each<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  if (Symbol.asyncIterator in items) {
    for await (const item of items as AsyncIterable<T>) yield item;
  } else {
    for (const item of items as Iterable<T>) yield item;
  }
}

/**
 * The format version of a {@link PortfolioPart}. Parts are kept between
 * jobs (as JSON files, or in a queue); a part of another version is
 * refused rather than misread.
 *
 * @category Check
 * @example `const isCurrent = (saved: { partVersion: number }) => saved.partVersion === PORTFOLIO_PART_VERSION;`
 */
export const PORTFOLIO_PART_VERSION = 1 as const;

const PortfolioPartSchema = z.strictObject({
  partVersion: z.literal(PORTFOLIO_PART_VERSION),
  id: z.string(),
  title: z.string(),
  stage: StageSchema,
  timeZone: z.string(),
  report: CheckReportSchema,
  counts: AttentionCountsSchema,
  summary: z.strictObject({
    index: z.int().min(0),
    id: z.string(),
    title: z.string(),
    stage: StageSchema,
    active: z.boolean(),
    topics: z.array(z.string()).optional(),
    lastReview: z.string().optional(),
    today: z.string(),
    members: z.array(
      z.strictObject({
        ref: z.string().optional(),
        name: z.string(),
        community: z.boolean(),
        active: z.boolean(),
        usual: z.boolean().optional(),
      }),
    ),
    attended: z.array(z.tuple([z.string(), z.array(z.number())])),
  }),
});

/**
 * What one project gives a portfolio check, made by
 * {@link checkPortfolioPart}: its own report, its counts, and the small
 * summary the portfolio rules read (members by person reference, topics,
 * activities attended in the last year). Plain JSON data, with no `Map`
 * or `Date` in it: a job can save it as a file or send it through a queue,
 * and {@link combinePortfolioParts} reads it back.
 *
 * @category Check
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * const part: PortfolioPart = await checkPortfolioPart(project, { now: '2026-11-20T12:00:00Z' });
 * await writeFile(`parts/${part.id}.json`, JSON.stringify(part));
 * ```
 */
export interface PortfolioPart {
  readonly partVersion: typeof PORTFOLIO_PART_VERSION;
  readonly id: string;
  readonly title: string;
  readonly stage: Project['stage'];
  readonly timeZone: string;
  readonly report: CheckReport;
  /** The report's issues counted, so a caller may keep less of the report than the whole. */
  readonly counts: AttentionCounts;
  /** What the portfolio rules read; its `index` is set when the part joins a portfolio. */
  readonly summary: ProjectSummary;
}

/**
 * Options of {@link checkPortfolioPart}.
 *
 * @category Check
 * @example `const options: PortfolioPartOptions = { now: '2026-11-20T12:00:00Z', rules: { extends: ['coproduce:recommended'] } };`
 */
export interface PortfolioPartOptions {
  /** The rules, as given to {@link combinePortfolioParts} too. Default: `coproduce:recommended`. */
  readonly rules?: RuleSet | CouncilConfig | undefined;
  /** The moment of the check: every part of one portfolio must be made at the same moment. */
  readonly now: Date | string;
  /** The locale of the messages. Default: the rule set's. */
  readonly locale?: string | undefined;
}

/**
 * The per-project step of a portfolio check, for a council's own job
 * system: one project checked exactly as {@link checkPortfolio} checks it,
 * giving its part of the portfolio as plain data. Pure: it needs nothing
 * from the other projects, so parts can be made anywhere, in any order,
 * then put together with {@link combinePortfolioParts}. Give every part of
 * one portfolio the same `now` and the same rules.
 *
 * @throws {@link CoproduceError} `invalid-project` for a project that is
 * not valid; `invalid-options` for a bad `now`, locale or rules value.
 *
 * @category Check
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 * import { checkPortfolioPart, parseProjectJson } from 'coproduce';
 *
 * // One job: one project in, one part out.
 * const project = parseProjectJson(await readFile('projects/bus-travel.json', 'utf8'));
 * const part = await checkPortfolioPart(project, { now: '2026-11-20T12:00:00Z' });
 * await writeFile('parts/bus-travel.json', JSON.stringify(part));
 * ```
 */
export async function checkPortfolioPart(
  project: Project | ProjectInput | unknown,
  options: PortfolioPartOptions,
): Promise<PortfolioPart> {
  const valid = isVouched(project) ? (project as Project) : parseProject(project);
  // Only the project rules: the portfolio's are compiled where the parts are combined.
  const rules = ruleSetFor(options.rules);
  const report = await check(valid, { rules, now: options.now, locale: options.locale });
  return {
    partVersion: PORTFOLIO_PART_VERSION,
    id: valid.id,
    title: valid.title,
    stage: valid.stage,
    timeZone: valid.timeZone,
    report,
    counts: attention(report),
    summary: summariseProject(valid, new Date(report.checkedAt), 0),
  };
}

/**
 * A part given to {@link combinePortfolioParts}: as made, or read back from
 * JSON, optionally with where its project came from.
 *
 * @category Check
 * @example `const item: PortfolioPartInput = { part: JSON.parse(text), source: 'projects/bus-travel.json' };`
 */
export type PortfolioPartInput =
  | PortfolioPart
  | { readonly part: unknown; readonly source?: string };

/**
 * The combining step of a portfolio check made in parts: the parts (from
 * {@link checkPortfolioPart}, in the projects' order) added up and the
 * portfolio rules run over their summaries. The report is the one
 * {@link checkPortfolio} makes of the same projects with the same options.
 * Parts are read as untrusted data: each is validated first. Only small
 * summaries are kept besides each project's report and counts.
 *
 * @throws {@link CoproduceError} `invalid-options` for a part that is not
 * a valid part of this version (naming its source, when given), for two
 * parts with the same project id, for an anonymiser (a portfolio is
 * anonymised with each project in hand: use `checkPortfolio`), or for a bad
 * `now`, locale or rules value.
 *
 * @category Check
 * @example
 * ```ts
 * import { readdir, readFile } from 'node:fs/promises';
 * import { combinePortfolioParts } from 'coproduce';
 *
 * const files = (await readdir('parts')).sort();
 * const parts = await Promise.all(
 *   files.map(async (file) => ({ part: JSON.parse(await readFile(`parts/${file}`, 'utf8')), source: file })),
 * );
 * const portfolio = await combinePortfolioParts(parts, { now: '2026-11-20T12:00:00Z' });
 * console.log(portfolio.findings.issues.length, 'findings across the projects');
 * ```
 */
export async function combinePortfolioParts(
  parts: Iterable<PortfolioPartInput> | AsyncIterable<PortfolioPartInput>,
  options: PortfolioOptions = {},
): Promise<PortfolioReport> {
  if (options.anonymiser !== undefined) {
    throw new CoproduceError(
      'invalid-options',
      'combinePortfolioParts cannot anonymise: the projects are not in hand. Use checkPortfolio with the anonymiser.',
      [
        problem(
          ['anonymiser'],
          'cannot be used when combining parts, as the projects are not in hand: use checkPortfolio with the anonymiser',
          { code: 'option-anonymiser-parts' },
        ),
      ],
    );
  }
  const now = options.now === undefined ? new Date() : options.now;
  const collector = startPortfolio({ ...options, now });
  let index = 0;
  for await (const item of each(parts)) {
    const record = typeof item === 'object' && item !== null && Object.hasOwn(item, 'part');
    const raw = record ? (item as { part: unknown }).part : item;
    const source = record ? (item as { source?: string }).source : undefined;
    const parsed = PortfolioPartSchema.safeParse(raw);
    if (!parsed.success) {
      const where = source ?? `part ${index + 1}`;
      throw new CoproduceError(
        'invalid-options',
        `${where} is not a portfolio part of version ${PORTFOLIO_PART_VERSION}: make it again with checkPortfolioPart.`,
        zodProblems(parsed.error, { basePath: [index], max: 10, schema: PortfolioPartSchema }),
      );
    }
    collector.add(parsed.data as PortfolioPart, source);
    index += 1;
  }
  return collector.finish();
}

/**
 * The combining step of a portfolio check: parts added in the order of
 * the projects, then the portfolio rules, overview and counts.
 *
 * @internal
 * @example
 * ```ts
 * const now = '2026-11-20T12:00:00Z';
 * const portfolio = startPortfolio({ now });
 * portfolio.add(await checkPortfolioPart(project, { now }), 'a.json');
 * const report = await portfolio.finish();
 * ```
 */
export interface PortfolioCollector {
  /** The rule set each project is to be checked with. */
  readonly projectRules: RuleSet;
  /**
   * Adds the next project's part; `project` is needed only to anonymise.
   *
   * @throws {@link CoproduceError} `invalid-options` when a project before it has the same id.
   */
  add(part: PortfolioPart, source: string | undefined, project?: Project): PortfolioProject;
  /** Runs the portfolio rules over every part added: the report. */
  finish(): Promise<PortfolioReport>;
}

/**
 * What only the command line asks of a collector.
 *
 * @internal
 * @example `startPortfolio({ now: '2026-11-20T12:00:00Z' }, { keep: (entry) => ({ ...entry, report: { ...entry.report, issues: [] } }) })`
 */
export interface StartOptions {
  /**
   * What to keep of each project's entry until the end, once `onProgress`
   * has seen it whole: the command line keeps only what its output format
   * prints, so a thousand full reports are never held at once. Default: the
   * whole entry.
   */
  readonly keep?: ((entry: PortfolioProject) => PortfolioProject) | undefined;
}

/**
 * A project's line in a portfolio report, as the collector makes it: the
 * same whether a worker thread or the collector builds it, so output
 * rendered from it in a worker is the output the collector's entry gives.
 * `recount`: count the report's issues again (an anonymised report)
 * rather than take the part's counts.
 *
 * @internal
 * @example
 * ```ts
 * const part = await checkPortfolioPart(project, { now: '2026-11-20T12:00:00Z' });
 * const entry = portfolioProjectOf(part, 'projects/a.json');
 * ```
 */
export function portfolioProjectOf(
  part: PortfolioPart,
  source: string | undefined,
  recount = false,
): PortfolioProject {
  return {
    id: part.id,
    title: part.title,
    stage: part.stage,
    active: part.summary.active,
    ...(source !== undefined ? { source } : {}),
    counts: recount ? attention(part.report) : part.counts,
    report: part.report,
  };
}

/**
 * Starts combining a portfolio's parts (see {@link PortfolioCollector}).
 *
 * @throws {@link CoproduceError} `invalid-options` for rules not made by `createRuleSet()`.
 *
 * @internal
 * @example `const collector = startPortfolio({ now: '2026-11-20T12:00:00Z' });`
 */
export function startPortfolio(
  options: PortfolioOptions = {},
  internal: StartOptions = {},
): PortfolioCollector {
  const rules = ruleSetsFor(options.rules);
  const now = options.now === undefined ? new Date() : options.now;
  const summaries: ProjectSummary[] = [];
  const entries: PortfolioProject[] = [];
  const seen = new Map<string, string>();
  const anonymiser = options.anonymiser;
  let timeZone = options.timeZone;
  let checkedAt: string | undefined;
  let locale = options.locale;

  return {
    projectRules: rules.project,
    add(part, source, project) {
      const where = source ?? `project ${entries.length + 1}`;
      const other = seen.get(part.id);
      if (other !== undefined) {
        throw duplicateId(part.id, other, where, entries.length, source);
      }
      seen.set(part.id, where);
      let report = part.report;
      checkedAt ??= report.checkedAt;
      locale ??= report.locale;
      timeZone ??= part.timeZone;
      const summary: ProjectSummary = { ...part.summary, index: entries.length };
      summaries.push(summary);
      let title = part.title;
      if (anonymiser) {
        if (!project) throw new Error('A portfolio is anonymised with each project in hand');
        report = anonymiser.project(report, project, entries.length);
        title = report.project.title;
      }
      const entry = portfolioProjectOf(
        { ...part, title, report },
        source,
        anonymiser !== undefined,
      );
      entries.push(internal.keep ? internal.keep(entry) : entry);
      options.onProgress?.(entries.length, entry);
      return entry;
    },
    async finish() {
      const at = checkedAt ?? (now instanceof Date ? now.toISOString() : now);
      const title = options.title ?? DEFAULT_TITLE;
      const carrier = parseProject({
        schemaVersion: 2,
        id: PORTFOLIO_ID,
        title,
        stage: 'during',
        timeZone: timeZone ?? 'Europe/London',
      });
      const subject: SubjectRef = {
        type: 'portfolio',
        id: PORTFOLIO_ID,
        label: title,
        pointer: '',
      };
      portfolios.set(carrier, derivePortfolio(summaries, new Date(at), subject));
      let findings = await check(carrier, { rules: rules.portfolio, now: at, locale });
      if (anonymiser) findings = anonymiser.findings(findings);

      const total = { error: 0, warning: 0, info: 0, needsReview: 0, acknowledged: 0 };
      let active = 0;
      for (const entry of entries) {
        if (entry.active) active += 1;
        for (const key of [...SEVERITIES, 'needsReview', 'acknowledged'] as const) {
          total[key] += entry.counts[key];
        }
      }
      return {
        portfolioVersion: PORTFOLIO_REPORT_VERSION,
        title,
        checkedAt: findings.checkedAt,
        locale: locale ?? DEFAULT_LOCALE,
        timeZone: carrier.timeZone,
        projects: entries,
        findings,
        counts: { projects: entries.length, active, issues: total },
      };
    },
  };
}

function duplicateId(
  id: string,
  other: string,
  where: string,
  index: number,
  source: string | undefined,
): CoproduceError {
  return new CoproduceError(
    'invalid-options',
    `Two projects have the id "${id}" (${other} and ${where}): each project of a portfolio needs its own id.`,
    [
      problem([index, 'id'], `is also the id of ${other}`, {
        code: 'portfolio-duplicate-id',
        params: { id, other },
        ...(source !== undefined ? { file: source } : {}),
      }),
    ],
  );
}

/**
 * Checks many projects and the portfolio they make. Each project is
 * checked as `check()` checks it (its own time zone, its acknowledged
 * issues); only a small summary of each is kept for the portfolio rules,
 * so projects can be streamed from disk one at a time (pass an async
 * iterable). The portfolio rules are the `portfolio` rule set, configured
 * like any rule: a council can change their thresholds or switch them off.
 * Without person references (`personRef`) or topics, the rules that need
 * them need review; they never pass.
 *
 * The check is a pure function of each document and the configuration, so
 * a council with far more projects can run the per-project checks in its
 * own job system and keep the portfolio step for the end.
 *
 * @throws {@link CoproduceError} `invalid-project` for a project that is
 * not valid (its summary names the source, when given); `invalid-options`
 * when two projects share an id, or for a bad `now`, locale or rules value.
 *
 * @category Check
 * @example
 * ```ts
 * import { readdir, readFile } from 'node:fs/promises';
 * import { checkPortfolio, parseProjectJson } from 'coproduce';
 *
 * const files = (await readdir('projects')).filter((f) => f.endsWith('.json'));
 * const texts = await Promise.all(files.map((f) => readFile(`projects/${f}`, 'utf8')));
 * const portfolio = await checkPortfolio(
 *   texts.map((text) => parseProjectJson(text)),
 *   { now: '2026-11-20T12:00:00Z', rules: { rules: { 'person-in-many-projects': { parameters: { projects: 4 } } } } },
 * );
 * console.log(portfolio.counts.issues.error, 'errors across', portfolio.counts.projects, 'projects');
 * ```
 */
export async function checkPortfolio(
  projects: Iterable<PortfolioInput> | AsyncIterable<PortfolioInput>,
  options: PortfolioOptions = {},
): Promise<PortfolioReport> {
  const now = options.now === undefined ? new Date() : options.now;
  const collector = startPortfolio({ ...options, now });

  for await (const item of each(projects)) {
    const source = isInputRecord(item) ? item.source : undefined;
    const raw = isInputRecord(item) ? item.project : item;
    let project: Project;
    try {
      project = isVouched(raw) ? (raw as Project) : parseProject(raw);
    } catch (error) {
      if (isCoproduceError(error) && source !== undefined) {
        throw new CoproduceError(error.code, `${source}: ${error.message}`, error.problems);
      }
      throw error;
    }
    // The collector refuses a repeated id, as it does for parts checked elsewhere.
    const part = await checkPortfolioPart(project, {
      rules: collector.projectRules,
      now,
      locale: options.locale,
    });
    collector.add(part, source, project);
  }
  return collector.finish();
}

/**
 * The projects of a portfolio report in the order that needs attention
 * first: most errors, then warnings, then issues that need review, then
 * information, then by title.
 *
 * @category Check
 * @example
 * ```ts
 * const worst = projectsByAttention(portfolio)[0];
 * console.log(`${worst?.title} needs attention first`);
 * ```
 */
export function projectsByAttention(report: PortfolioReport): readonly PortfolioProject[] {
  return [...report.projects].sort(
    (a, b) =>
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.needsReview - a.counts.needsReview ||
      b.counts.info - a.counts.info ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}
