/**
 * The report as SARIF 2.1.0 (the OASIS Static Analysis Results Interchange
 * Format), for code-scanning dashboards and other tools that read it: one
 * run, the rules that ran as the tool's rules, one result per issue placed
 * at its record in the project file, and the notices about the data.
 *
 * @module
 */
import { REPOSITORY_URL } from '../check/docs-links.js';
import type { ReportNotice } from '../check/notices.js';
import type { CheckReport, FlaggedIssue } from '../check/report-schema.js';
import type { Severity } from '../check/types.js';
import { jsonPositions, type TextPosition } from '../model/json-text.js';
import { filterReport } from './filter.js';
import { neutralise, neutraliseReport } from './neutralise.js';

/**
 * The `$schema` of the SARIF logs {@link formatReportSarif} writes: the
 * OASIS SARIF 2.1.0 schema as published by SchemaStore.
 *
 * @category Report
 * @example `JSON.parse(formatReportSarif(report)).$schema === SARIF_SCHEMA_URL // true`
 */
export const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * Options of {@link formatReportSarif}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: SarifReportOptions = { projectUri: 'projects/library.json', projectText: text, toolVersion: '0.1.0' };
 * ```
 */
export interface SarifReportOptions {
  /** Keep only issues at least this serious. Default: every issue. */
  readonly minSeverity?: Severity | undefined;
  /**
   * The project file as the dashboard should name it, relative to the
   * repository's top (`projects/library.json`); results are placed in it.
   * Without it, results name their record only (a logical location).
   */
  readonly projectUri?: string | undefined;
  /** The project file's JSON text: with it, each result has its line and column. */
  readonly projectText?: string | undefined;
  /** coproduce's version, for the tool's `version`. */
  readonly toolVersion?: string | undefined;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Readonly<Record<Severity, SarifLevel>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The rule id a notice is reported under: its code, in coproduce's own namespace. */
const noticeRuleId = (notice: ReportNotice) => `coproduce/${notice.code}`;

const NOTICE_RULES: Readonly<Record<ReportNotice['code'], string>> = {
  'offset-mismatch': 'A time is written with a UTC offset the project’s time zone does not have',
};

/** Where a record is in the project file; the nearest enclosing value the text holds. */
function positionOf(
  positions: ReadonlyMap<string, TextPosition>,
  pointer: string,
): TextPosition | undefined {
  let at = pointer;
  for (;;) {
    const found = positions.get(at);
    if (found) return found;
    if (at === '') return undefined;
    at = at.slice(0, at.lastIndexOf('/'));
  }
}

/**
 * Renders a report as a SARIF 2.1.0 log (JSON text): `tool.driver.rules`
 * are the rules that ran (id, title, default level, help link, rule set,
 * section); each issue is a result with its rule, level (`error`,
 * `warning`, `note` for info), message, a fingerprint from the issue's
 * stable id, and its record as a logical location (and a physical one in
 * the project file when `projectUri` is given, with the line when
 * `projectText` is). An issue that needs review is a result of kind
 * `review`, whose level SARIF requires to be `none`; its severity stays in
 * its properties. Notices about the data are results of rules named
 * `coproduce/<code>`. Every text is neutralised; for a log to share, pass
 * the report through `anonymiseReport` first.
 *
 * @category Report
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 *
 * const text = await readFile('project.json', 'utf8');
 * const report = await check(parseProjectJson(text));
 * await writeFile('coproduce.sarif', formatReportSarif(report, { projectUri: 'project.json', projectText: text }));
 * ```
 */
export function formatReportSarif(report: CheckReport, options: SarifReportOptions = {}): string {
  const shown = neutraliseReport(filterReport(report, { minSeverity: options.minSeverity }));
  const notices = shown.notices ?? [];
  const pointers = [
    ...shown.issues.map((i) => i.subject.pointer),
    ...notices.map((n) => n.pointer),
  ];
  let positions: ReadonlyMap<string, TextPosition> = new Map();
  if (options.projectText !== undefined) {
    try {
      positions = jsonPositions(options.projectText, pointers);
    } catch {
      // Not the JSON the report was made from: results keep their logical locations only.
    }
  }

  const docsByRule = new Map<string, string>();
  for (const issue of shown.issues) {
    if (issue.docs !== undefined && !docsByRule.has(issue.ruleId)) {
      docsByRule.set(issue.ruleId, issue.docs);
    }
  }
  const rules: Record<string, unknown>[] = shown.outcomes.map((outcome) => {
    const helpUri = docsByRule.get(outcome.ruleId);
    return {
      id: outcome.ruleId,
      shortDescription: { text: outcome.title },
      ...(helpUri !== undefined ? { helpUri } : {}),
      defaultConfiguration: { level: LEVELS[outcome.severity] },
      properties: {
        ruleSet: outcome.set,
        version: outcome.version,
        section: outcome.section,
        outcome: outcome.outcome,
      },
    };
  });
  const ruleIndex = new Map(shown.outcomes.map((o, i) => [o.ruleId, i]));
  const noticeCodes = [...new Set(notices.map((n) => n.code))];
  for (const code of noticeCodes) {
    ruleIndex.set(`coproduce/${code}`, rules.length);
    rules.push({
      id: `coproduce/${code}`,
      shortDescription: { text: NOTICE_RULES[code] },
      defaultConfiguration: { level: 'warning' },
      properties: { notice: true },
    });
  }

  const locationsOf = (pointer: string, name: string | undefined, kind: string) => {
    const logical = {
      ...(name !== undefined ? { name } : {}),
      fullyQualifiedName: pointer === '' ? '/' : pointer,
      kind,
    };
    if (options.projectUri === undefined) return [{ logicalLocations: [logical] }];
    const at = positionOf(positions, pointer);
    return [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(options.projectUri), index: 0 },
          ...(at !== undefined ? { region: { startLine: at.line, startColumn: at.column } } : {}),
        },
        logicalLocations: [logical],
      },
    ];
  };

  const issueResult = (issue: FlaggedIssue) => ({
    ruleId: issue.ruleId,
    ruleIndex: ruleIndex.get(issue.ruleId) ?? -1,
    ...(issue.outcome === 'needs-review'
      ? { kind: 'review', level: 'none' }
      : { kind: 'fail', level: LEVELS[issue.severity] }),
    message: { text: `${issue.message} ${issue.action}` },
    locations: locationsOf(issue.subject.pointer, issue.subject.label, issue.subject.type),
    partialFingerprints: { 'coproduceIssueId/v1': issue.id },
    properties: {
      issueId: issue.id,
      severity: issue.severity,
      outcome: issue.outcome,
      section: issue.section,
      questions: [...issue.questionIds],
      title: issue.title,
      action: issue.action,
    },
  });
  const noticeResult = (notice: ReportNotice) => ({
    ruleId: noticeRuleId(notice),
    ruleIndex: ruleIndex.get(noticeRuleId(notice)) ?? -1,
    kind: 'fail',
    level: 'warning',
    message: { text: notice.message },
    locations: locationsOf(notice.pointer, notice.subject?.label, notice.subject?.type ?? 'value'),
    properties: { notice: true, code: notice.code },
  });

  const log = {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'coproduce',
            ...(options.toolVersion !== undefined
              ? { version: options.toolVersion, semanticVersion: options.toolVersion }
              : {}),
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        ...(options.projectUri !== undefined
          ? { artifacts: [{ location: { uri: encodeURI(options.projectUri) } }] }
          : {}),
        invocations: [{ executionSuccessful: true, endTimeUtc: shown.checkedAt }],
        language: shown.locale,
        columnKind: 'utf16CodeUnits',
        results: [...shown.issues.map(issueResult), ...notices.map(noticeResult)],
        properties: {
          project: { id: shown.project.id, title: neutralise(shown.project.title) },
          stage: shown.project.stage,
          timeZone: shown.project.timeZone,
          counts: shown.counts,
          ruleSets: shown.ruleSets,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
