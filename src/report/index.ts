/**
 * `coproduce/report`: a check report for people. Text, Markdown, HTML, CSV
 * and SARIF formatters for project and portfolio reports; filtering,
 * anonymising and neutralising a report; comparing a report with an earlier
 * one; the report's words in English and Welsh (the UI catalogue); and the
 * types of the report's parts.
 *
 * Pure, like the root entry: it runs in a browser.
 *
 * @module coproduce/report
 */
export { ACKNOWLEDGEMENT_MESSAGES } from '../check/acknowledge.js';
export {
  compareReports,
  parseReport,
  type ReportComparison,
  withBaseline,
  withTrend,
} from '../check/compare.js';
export { packTranslations } from '../check/compile.js';
export {
  DEFAULT_RULE_DOCS,
  ruleDocsLink,
} from '../check/docs-links.js';
export {
  GENERIC_ACTION,
  GENERIC_ACTION_ID,
  GENERIC_FLAGGED,
  GENERIC_FLAGGED_ID,
  GENERIC_NEEDS_REVIEW,
  GENERIC_NEEDS_REVIEW_ID,
} from '../check/issue-maker.js';
export {
  formatDate,
  formatDays,
  formatNumber,
  formatValue,
  joinList,
  missingPlaceholders,
  PLACEHOLDER_FORMATS,
  type Placeholder,
  type PlaceholderFormat,
  parsePlaceholders,
} from '../check/messages.js';
export {
  dataNotices,
  NOTICE_CODES,
  type NoticeCode,
  noticeMessage,
  offsetMismatchMessage,
  type ReportNotice,
} from '../check/notices.js';
export {
  type AcknowledgedIssue,
  type AcknowledgementInfo,
  type AcknowledgementNotice,
  type AcknowledgementNoticeKind,
  countReport,
  type Evidence,
  type EvidenceFact,
  issueId,
  OUTCOMES,
  REPORT_VERSION,
  type ReportChanges,
  type ReportConfiguration,
  type ReportCounts,
  type RuleOutcome,
  type TrendPoint,
} from '../check/report-schema.js';
export {
  ANONYMISED_KEEPS,
  ANONYMISED_TITLE,
  anonymiseReport,
  type MemberPseudonym,
  memberPseudonyms,
} from './anonymise.js';
export {
  questionPoint,
  sectionName,
  UI_CATALOGUE_STATUS,
  UI_CATALOGUES,
  UI_LOCALES,
  type UiLocale,
  type UiMessageId,
  uiLocale,
  uiText,
} from './catalogue.js';
export {
  describeConfiguration,
  describeNotices,
  NOTICES_HEADING,
} from './context.js';
export {
  type CsvReportOptions,
  csvField,
  formatReportCsv,
  REPORT_CSV_COLUMNS,
} from './csv.js';
export {
  type FilterReportOptions,
  filterReport,
} from './filter.js';
export {
  formatReportHtml,
  type HtmlReportOptions,
} from './html.js';
export {
  formatReportMarkdown,
  type MarkdownReportOptions,
} from './markdown.js';
export {
  escapeHtml,
  escapeMarkdown,
  neutralise,
  neutraliseReport,
  safeLink,
} from './neutralise.js';
export {
  formatPortfolioCsv,
  formatPortfolioHtml,
  formatPortfolioMarkdown,
  formatPortfolioText,
  type PortfolioFormatOptions,
  summarisePortfolio,
} from './portfolio.js';
export { portfolioAnonymiser } from './portfolio-anonymise.js';
export {
  PROBLEM_CATALOGUES,
  type ProblemMessageId,
  problemLocation,
  problemMessage,
} from './problem-catalogue.js';
export {
  formatReportSarif,
  SARIF_SCHEMA_URL,
  type SarifReportOptions,
} from './sarif.js';
export {
  formatReportText,
  summariseReport,
  type TextReportOptions,
} from './text.js';
