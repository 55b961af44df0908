/**
 * Every word a reader sees around the rules' own messages — report
 * headings, severity and outcome words, "What to do", section names, the
 * summary and its counts, the framework questions, and the text of the
 * `check`, `explain` and `rules` commands — as catalogues of templates by
 * message id, one per locale, rendered with `renderMessage` (so counts,
 * lists and dates follow the locale). Pure.
 *
 * The Welsh (`cy`) catalogue is complete but awaits review by a Welsh
 * speaker: see {@link UI_CATALOGUE_STATUS}.
 *
 * @module
 */
import { packTranslations, questionCatalogue } from '../check/compile.js';
import { DEFAULT_LOCALE, localeCatalogues, renderMessage } from '../check/messages.js';
import { QUESTIONS_CY } from '../check/question-words.js';
import type { DataValue } from '../check/types.js';

/** The English (en-GB) catalogue: the source every other locale translates. */
const EN_GB = {
  // The report's frame.
  'report.kicker': 'Co-production check',
  'report.title': 'Co-production check: {title}',
  'report.stage': 'Stage: {stage}',
  'report.checkedOn': 'checked on {date} ({timeZone})',
  'report.rulesChecked': '{rules:count:rule:rules} checked',
  'report.pseudonyms': 'members shown by pseudonym',
  'report.showing.error': 'Showing errors only.',
  'report.showing.warning': 'Showing errors and warnings only.',
  'report.showing.info': 'Showing issues of every severity.',
  'report.noIssues': 'No issues to show.',
  'report.dateAtTime': '{date} at {time}',
  'report.fallback':
    'Some of the rules’ messages are shown in English, because they have not been translated yet.',
  'report.unverified':
    'Take care: this project comes from a saved history that cannot be verified (it has no chain of hashes), so it may have been changed after it was saved.',
  'report.skip': 'Skip to the report',
  'report.footer':
    'Made by coproduce from a check on {when} ({timeZone}). Rule sets: {sets}. Each issue keeps the same id from one check to the next, so it can be followed over time.',
  'report.noRuleSets': 'none',

  // Project stages.
  'stage.planning': 'planning',
  'stage.starting': 'starting',
  'stage.during': 'during co-production',
  'stage.ending': 'ending',
  'stage.closed': 'closed',

  // The summary: one counting model (see countReport), in words.
  'summary.issues': '{issues:count:issue:issues} from {rules:count:rule:rules}: {severities}.',
  'summary.severities':
    '{error:count:error:errors}, {warning:count:warning:warnings} and {info} for information',
  'summary.noIssues': 'No issues.',
  'summary.needsReview':
    '{n:count:issue needs:issues need} review, because the information to decide has not been recorded yet.',
  'summary.passed': '{passed:count:rule:rules} passed.',
  'summary.passedNotApplicable':
    '{passed:count:rule:rules} passed and {notApplicable:count:does:do} not apply at this stage.',

  // Headings.
  'heading.atAGlance': 'At a glance',
  'heading.summary': 'Summary',
  'heading.issues': 'Issues by section',
  'heading.participation': 'Who contributes at recent meetings',
  'atAGlance.intro':
    'The actions that matter most: the most serious first, then those that affect the most people or records.',
  'atAGlance.more':
    'The other {n:count:rule raises:rules raise} issues too: each is set out below, by section.',

  // Severity and outcome words.
  'kind.error': 'Error',
  'kind.warning': 'Warning',
  'kind.info': 'For information',
  'kind.review': 'Needs review',
  'label.error': 'ERROR',
  'label.warning': 'WARNING',
  'label.info': 'INFO',
  'label.review': 'REVIEW',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'outcome.flagged': 'flagged',
  'outcome.needs-review': 'needs review',
  'outcome.passed': 'passed',
  'outcome.not-applicable': 'not applicable',

  // One card per rule.
  'card.question': 'Framework question',
  'card.questions': 'Framework questions',
  'card.found': 'What we found',
  'card.action': 'What to do',
  'card.heldUp': 'Also waiting on this',
  'card.affects': 'Affects',
  'card.rule': 'Rule',
  'card.project': 'the project as a whole',
  'card.subjects': '{count}: {names}',
  'card.split': '{flagged} flagged and {review:count:needs:need} review',

  // Records an issue can be about, counted.
  'subjects.project': '{n:count:project:projects}',
  'subjects.member': '{n:count:member:members}',
  'subjects.activity': '{n:count:activity:activities}',
  'subjects.decision': '{n:count:decision:decisions}',
  'subjects.learning': '{n:count:learning record:learning records}',
  'subjects.reflection': '{n:count:reflection:reflections}',
  'subjects.question': '{n:count:framework question:framework questions}',
  'subjects.perspective': '{n:count:perspective:perspectives}',
  'subjects.milestone': '{n:count:milestone:milestones}',
  'subjects.agreement': '{n:count:agreement:agreements}',
  'subjects.leader': '{n:count:senior leader:senior leaders}',
  'subjects.flow': '{n:count:information flow:information flows}',
  'subjects.idea': '{n:count:idea:ideas}',
  'subjects.outcome': '{n:count:outcome:outcomes}',
  'subjects.recommendation': '{n:count:recommendation:recommendations}',
  'subjects.portfolio': '{n:count:portfolio:portfolios}',
  'subjects.person': '{n:count:person:people}',
  'subjects.topic': '{n:count:topic:topics}',
  'noun.project': 'project',
  'noun.member': 'member',
  'noun.activity': 'activity',
  'noun.decision': 'decision',
  'noun.learning': 'learning record',
  'noun.reflection': 'reflection',
  'noun.question': 'framework question',
  'noun.perspective': 'perspective',
  'noun.milestone': 'milestone',
  'noun.agreement': 'agreement',
  'noun.leader': 'senior leader',
  'noun.flow': 'information flow',
  'noun.idea': 'idea',
  'noun.outcome': 'outcome',
  'noun.recommendation': 'recommendation',
  'noun.portfolio': 'portfolio',
  'noun.person': 'person',
  'noun.topic': 'topic',

  // The summary table and chart.
  'table.caption': 'Issues and rules by section',
  'table.section': 'Section',
  'table.issues': 'Issues',
  'table.errors': 'Errors',
  'table.warnings': 'Warnings',
  'table.info': 'For information',
  'table.needsReview': 'Need review',
  'table.rulesWithIssues': 'Rules with issues',
  'table.passed': 'Rules passed',
  'table.notApplicable': 'Rules not applicable',
  'table.total': 'Total',
  'table.note':
    'Errors, warnings and for information count issues by severity; need review counts those of them where the information to decide has not been recorded. The last three columns count rules.',
  'chart.title': 'Issues by section and severity',
  'chart.caption': 'Issues in each section of the framework, by severity.',
  'chart.legend': 'Key to the chart',
  'chart.noIssues': 'no issues',
  'chart.issues': '{n:count:issue:issues}',
  'chart.row': '{section}: {counts}.',

  // The participation chart.
  'participation.intro':
    'How many times each member contributed at the group’s most recent meetings where contributions were counted, most first. It shows at a glance who is quiet and who does most of the talking.',
  'participation.none':
    'Contributions have not been counted at any past meeting yet, so there is nothing to show. Record each person’s contributions in a meeting’s attendance to see this chart.',
  'participation.title': 'Contributions per member at recent meetings',
  'participation.caption':
    'Each number is the contributions counted for that member at that meeting; “–” means they did not attend and “?” that they attended but their contributions were not counted. Darker cells mean more contributions. The bar on the right is each member’s total, with their share of all contributions.',
  'participation.details': 'The numbers behind the chart, as a table',
  'participation.tableCaption': 'Contributions per member at each meeting',
  'participation.member': 'Member',
  'participation.total': 'Total',
  'participation.totalShare': 'Total (share)',
  'participation.attended': 'Meetings attended',
  'participation.absent': 'did not attend',
  'participation.notCounted': 'not counted',
  'participation.descMeetings':
    'Contributions per member at the last {n:count:meeting:meetings} where they were counted.',
  'participation.descTop': '{name} made the most: {total} of {all}.',
  'participation.descNone': 'No contributions were counted.',
  'participation.descQuiet': '{n:count:member:members} attended without a counted contribution.',
  'participation.descTable': 'The table below gives every number.',
  'months.short': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',

  // Anonymised reports.
  'anon.title': 'A co-production project (title withheld)',
  'anon.keeps':
    'Anonymised: members are shown as “Member n” and records by kind and position (“Decision 2”); titles, names, notes and other free text from the project are withheld. Kept: the rules’ own words, framework questions, sections, counts, dates, stages and rule ids.',

  'anon.member': 'Member {n}',
  'anon.aMember': 'A member',
  'anon.withheld': '(withheld)',
  'anon.project': 'the project',
  'anon.projectN': 'Project {n}',
  'anon.aProject': 'A project',
  'anon.person': 'Person {n}',

  // The command line: check.
  'cli.wrote': 'Wrote the {format} report to {file}',
  'cli.failing': '{n:count:issue:issues} at or above "{severity}" (--fail-on {level})',

  // The command line: explain.
  'explain.set': 'Rule set {set}',
  'explain.severity': 'severity {severity}',
  'explain.off': '(switched off)',
  'explain.aboutProject': 'about the project',
  'explain.aboutPortfolio': 'about all the projects together',
  'explain.aboutEach': 'about each {noun}',
  'explain.stages': 'stages {stages}',
  'explain.allStages': 'all',
  'explain.version': 'version {version}',
  'explain.custom': 'custom rule',
  'explain.question': 'The framework question',
  'explain.questions': 'The framework questions',
  'explain.why': 'Why it matters',
  'explain.flags': 'What flags it',
  'explain.whenProject': 'It raises one issue about the project when',
  'explain.whenEach': 'It raises one issue for each {noun} that the fact {fact} lists, when',
  'explain.all': 'all of these hold:',
  'explain.any': 'at least one of these holds:',
  'explain.not': 'this does not hold:',
  // A condition in words, by its operator; {value} is absent for notEmpty and isEmpty.
  'explain.when.equal': '{subject} is {value}',
  'explain.when.notEqual': '{subject} is not {value}',
  'explain.when.in': '{subject} is one of {value}',
  'explain.when.notIn': '{subject} is none of {value}',
  'explain.when.contains': '{subject} includes {value}',
  'explain.when.doesNotContain': '{subject} does not include {value}',
  'explain.when.lessThan': '{subject} is less than {value}',
  'explain.when.lessThanInclusive': '{subject} is at most {value}',
  'explain.when.greaterThan': '{subject} is more than {value}',
  'explain.when.greaterThanInclusive': '{subject} is at least {value}',
  'explain.when.notEmpty': '{subject} lists something',
  'explain.when.isEmpty': '{subject} lists nothing',
  'explain.when.shareAbove': '{subject} is a share above {value}',
  'explain.when.shareBelow': '{subject} is a share below {value}',
  'explain.when.countAbove': '{subject} counts more than {value}',
  'explain.when.containsNone': '{subject} includes none of {value}',
  'explain.when.containsAll': '{subject} includes every one of {value}',
  'explain.when.lacksAny': '{subject} is missing at least one of {value}',
  'explain.when.ageInDaysAbove': '{subject} is a date more than this many days ago: {value}',
  'explain.atPath': '{fact} at {path}',
  'explain.cannotDecide':
    'When the data a condition needs has not been recorded, the rule cannot decide and the issue says it needs review instead.',
  'explain.facts': 'Facts it reads',
  'explain.unknownFact': 'unknown fact',
  'explain.factOf': '{type} of each {noun}',
  'explain.messageOnly': 'Read for the messages only.',
  'explain.declared': 'declared in this rule',
  'explain.fromLibrary': 'from the fact library',
  'explain.parameters': 'Parameters',
  'explain.none': 'None.',
  'explain.theDefault': '(the default)',
  'explain.default': '(default {value})',
  'explain.messages': 'Messages',
  'explain.flagged': 'Flagged: “{text}”',
  'explain.needsReviewTitle': 'Heading when it needs review: “{text}”',
  'explain.dependsOn':
    'Shown with another card: when it cannot tell at all and {rules:orList} has raised an issue, its issue is shown on that rule’s card.',
  'explain.holdsUp':
    'It holds up {rules:list}: an issue of theirs that cannot tell at all for want of what this rule asks for is shown on its card.',
  'explain.needsReview': 'Needs review: “{text}”',
  'explain.needsReviewSubject': 'Needs review, about one record: “{text}”',
  'explain.resolve': 'How to resolve it',
  'explain.resolveNeedsReview': 'When it needs review: {text}',
  'explain.more': 'More',
  'explain.definedIn': 'Defined in {file}',
  'explain.param': 'the parameter {name} ({value})',
  'explain.unset': 'unset',
  'explain.fact': 'the fact {fact}',
  'explain.emptyList': 'an empty list',

  // A rule parameter's value with its unit, by the unit as rule files write it
  // (spaces as hyphens); a unit not listed here is shown as written.
  'unit.activities': '{value} activities',
  'unit.activity-kinds': '{value} activity kinds',
  'unit.agreement-topics': '{value} agreement topics',
  'unit.days': '{value} days',
  'unit.decisions': '{value} decisions',
  'unit.ideas': '{value} ideas',
  'unit.kinds-of-activity': '{value} kinds of activity',
  'unit.meetings': '{value} meetings',
  'unit.members': '{value} members',
  'unit.people': '{value} people',
  'unit.projects': '{value} projects',
  'unit.question-ids': '{value} question ids',
  'unit.recommendations': '{value} recommendations',
  'unit.share': '{value} share',
  'unit.time-of-day': '{value} time of day',
  'unit.weekdays': '{value} weekdays',

  // What kind of value a fact gives, as `explain` and `facts` name it.
  'factType.findings': 'findings',
  'factType.string-list': 'string-list',
  'factType.number': 'number',
  'factType.boolean': 'boolean',
  'factType.share': 'share',
  'factType.string': 'string',

  // The command line: rules.
  'rules.inForce': '{n:count:rule:rules} in force, from {sources}.',
  'rules.noSources': 'no presets or files',
  'rules.set': '{set} ({n:count:rule:rules})',
  'rules.custom': 'custom',
  'rules.question': 'Question: {id}',
  'rules.parameters': 'Parameters: {list}',
  'rules.noParameters': 'Parameters: none',
  'rules.default': '(default {value})',
  'rules.allInForce': 'Every known rule is in force.',
  'rules.off': 'Switched off ({n}): {ids}.',

  // Which configuration was used (every report and command).
  'config.line': 'Configuration: {which} · rule sets: {sets}',
  'config.recommended': 'the recommended rules (no configuration file)',
  'config.inline': 'a configuration with no file name',
  'config.none': 'none',

  // Notices about the data, beside the issues.
  'heading.notices': 'About the data',
  'notice.offset-mismatch.start':
    'The start time of “{activity}” on {day:date} is written as {written:time} with the UTC offset {writtenOffset}, but {timeZone} is at {expectedOffset} then, so it is read as {readAs:time} local time. If the start was {written:time} local time, write its offset as {expectedOffset}.',
  'notice.offset-mismatch.end':
    'The end time of “{activity}” on {day:date} is written as {written:time} with the UTC offset {writtenOffset}, but {timeZone} is at {expectedOffset} then, so it is read as {readAs:time} local time. If the end was {written:time} local time, write its offset as {expectedOffset}.',

  // coproduce questions.
  'questions.intro':
    '{n:count:framework question:framework questions} in {sections:count:section:sections}, from the {source}. The words are coproduce’s own: read the framework for its wording.',
  // Only a council's own framework is shown: its words are the council's, not coproduce's.
  'questions.introOwn':
    '{n:count:framework question:framework questions} in {sections:count:section:sections}, from the {source}.',
  'questions.answeredBy': 'Answered by: {list}',
  'questions.reflective': 'Only the group’s own recorded answer can settle it.',
  'questions.rules': 'Rules: {list}',
  'questions.noRules': 'Rules: none in force, so no check asks this question.',
  'questions.off': 'Not in force: {ids}',
  'questions.allAsked': 'Every question shown is asked by at least one rule in force.',
  'questions.unasked': '{n:count:question is:questions are} asked by no rule in force.',
  'questions.notSelected':
    'Not shown: the {n:count:question:questions} of the {source}, as none of its rules is in force here. Name a question to see it, or add its rules to "extends" to check them.',

  // Acknowledged issues, kept apart from the open ones.
  'ack.heading': 'Acknowledged issues',
  'ack.textHeading': 'Acknowledged ({n}, not counted above)',
  'ack.intro':
    '{n:count:issue:issues} the project knows about and has accepted for now, each with the reason. They are not counted among the issues above.',
  'ack.badge': 'Acknowledged',
  'ack.cardTitle': 'Acknowledged: {title}',
  'ack.about': 'About',
  'ack.why': 'Why it is accepted',
  'ack.accepted': 'Accepted',
  'ack.issue': 'issue',
  'ack.acceptedBy': 'Accepted by {by} on {on}.',
  'ack.noReview': 'No review date.',
  'ack.reviewDue': 'Review was due by {date}: look at it again.',
  'ack.reviewBy': 'Review by {date}.',
  'ack.lookAgain': 'Acknowledgements to look at again',
  'about.project': 'the project',
  'about.record': '{noun} “{label}”',

  // Progress over time: changes since a baseline and the trend.
  'progress.heading': 'Progress over time',
  'progress.since': 'Since the last check',
  'progress.sentence':
    'Since the check on {date}: {new} new, {stillOpen} still open, {resolved} resolved, {acknowledged} acknowledged.',
  'progress.new': 'New',
  'progress.resolved': 'Resolved',
  'progress.newLabel': 'NEW',
  'progress.resolvedLabel': 'RESOLVED',
  'progress.change': 'Change',
  'progress.issue': 'Issue',
  'progress.changesCaption': 'Issues new and resolved since the last check',
  'progress.trendHeading': 'Issues at the last {n} checks',
  'progress.trendLine':
    '{date}: {severities}; {review:count:needs:need} review; {acknowledged} acknowledged',
  'progress.checkedOn': 'Checked on',
  'progress.errors': 'Errors',
  'progress.warnings': 'Warnings',
  'progress.info': 'For information',
  'progress.needsReview': 'Needs review',
  'progress.ofTheseReview': 'Of these, need review',
  'progress.acknowledged': 'Acknowledged',
  'progress.tableCaption': 'Open issues at each check',
  'progress.chartTitle': 'Open issues by severity at recent checks',
  'progress.chartIntro':
    'Open issues at each of the last {n} checks, oldest first, stacked by severity.',
  'progress.chartRange':
    'From {first} on {firstDate} ({firstErrors:count:error:errors}) to {last} on {lastDate} ({lastErrors:count:error:errors}).',
  'progress.chartTable': 'The table below gives every number.',
  'progress.figcaption':
    'Open issues at each of the last {n} checks, stacked by severity: errors solid, warnings striped, information dotted. Acknowledged issues are not counted.',
  'progress.details': 'The numbers behind the chart, as a table',
  // The frame of a portfolio report as text (formatPortfolioText).
  'portfolio.checkedOn': 'Checked on {date} ({timeZone})',
  'portfolio.summary':
    '{projects:count:project:projects} ({active} active): {errors:count:error:errors}, {warnings:count:warning:warnings}, {info} for information; {review:count:needs review:need review}; {acknowledged} acknowledged',
  'portfolio.byAttention': 'Projects, most in need of attention first',
  'portfolio.tableHead': '  Errors Warnings  Info Review  Ack.  Project',
  'portfolio.project': '{title} ({stage})',
  'portfolio.projectInactive': '{title} ({stage}, not active)',
  'portfolio.across': "Across the council's projects",
  'portfolio.noFindings': 'No issues across the projects.',
  'portfolio.action': 'What to do: {action}',
  // The rest of a portfolio report's frame (Markdown and HTML).
  'portfolio.defaultTitle': 'The council’s projects',
  'portfolio.kicker': 'Co-production portfolio',
  'portfolio.pageTitle': 'Co-production portfolio: {title}',
  'portfolio.overview': 'Overview',
  'portfolio.acrossHeading': 'Across the council’s projects',
  'portfolio.eachProject': 'Each project',
  'portfolio.column.project': 'Project',
  'portfolio.column.stage': 'Stage',
  'portfolio.stageInactive': '{stage} (not active)',
  'portfolio.suggestedAction': 'Suggested action',
  'portfolio.openIssues': '{n:count:open issue:open issues}',
  'portfolio.acknowledged': '{n} acknowledged',
  'portfolio.issuesOf': 'The issues of {title}',
  'portfolio.acknowledgedOf': 'Acknowledged issues of {title}',
  'portfolio.footer':
    'Made by coproduce from a check of {n:count:project:projects}. Issue ids stay the same from one check to the next.',
} as const;

/**
 * The id of a message in the report and command-line catalogues.
 *
 * @category Report
 * @example `const id: UiMessageId = 'heading.summary';`
 */
export type UiMessageId = keyof typeof EN_GB;

/**
 * Whether a string is a message id of the catalogues.
 *
 * @internal
 * @example `isUiMessageId('noun.member') // true`
 */
export function isUiMessageId(id: string): id is UiMessageId {
  return Object.hasOwn(EN_GB, id);
}

/** The Welsh catalogue. Every id must be here: the type says so. Awaiting review by a Welsh speaker. */
const CY: Readonly<Record<UiMessageId, string>> = {
  'report.kicker': 'Gwiriad cydgynhyrchu',
  'report.title': 'Gwiriad cydgynhyrchu: {title}',
  'report.stage': 'Cam: {stage}',
  'report.checkedOn': 'gwiriwyd ar {date} ({timeZone})',
  'report.rulesChecked': '{rules:count:rheol:rheol} wedi’u gwirio',
  'report.pseudonyms': 'aelodau wedi’u dangos dan ffugenw',
  'report.showing.error': 'Yn dangos gwallau yn unig.',
  'report.showing.warning': 'Yn dangos gwallau a rhybuddion yn unig.',
  'report.showing.info': 'Yn dangos materion o bob lefel.',
  'report.noIssues': 'Dim materion i’w dangos.',
  'report.dateAtTime': '{date} am {time}',
  'report.fallback':
    'Mae rhai o negeseuon y rheolau yn Saesneg, am nad ydynt wedi’u cyfieithu eto.',
  'report.unverified':
    'Gofal: daw’r prosiect hwn o hanes wedi’i gadw na ellir ei wirio (nid oes ganddo gadwyn o stwnshiau), felly efallai iddo gael ei newid ar ôl ei gadw.',
  'report.skip': 'Neidio i’r adroddiad',
  'report.footer':
    'Gwnaed gan coproduce o wiriad ar {when} ({timeZone}). Setiau rheolau: {sets}. Mae pob mater yn cadw’r un dynodydd o un gwiriad i’r nesaf, fel y gellir ei ddilyn dros amser.',
  'report.noRuleSets': 'dim',

  'stage.planning': 'cynllunio',
  'stage.starting': 'dechrau',
  'stage.during': 'yn ystod cydgynhyrchu',
  'stage.ending': 'dod i ben',
  'stage.closed': 'wedi cau',

  // Welsh counts with the singular noun: "12 mater", "7 rheol".
  'summary.issues': '{issues:count:mater:mater} o {rules:count:rheol:rheol}: {severities}.',
  'summary.severities':
    '{error:count:gwall:gwall}, {warning:count:rhybudd:rhybudd} a {info} er gwybodaeth',
  'summary.noIssues': 'Dim materion.',
  'summary.needsReview':
    'Mae angen adolygu {n:count:mater:mater}, am nad yw’r wybodaeth i benderfynu wedi’i chofnodi eto.',
  'summary.passed': 'Pasiodd {passed:count:rheol:rheol}.',
  'summary.passedNotApplicable':
    'Pasiodd {passed:count:rheol:rheol}, ac nid yw {notApplicable} yn berthnasol ar y cam hwn.',

  'heading.atAGlance': 'Cipolwg',
  'heading.summary': 'Crynodeb',
  'heading.issues': 'Materion fesul adran',
  'heading.participation': 'Pwy sy’n cyfrannu yn y cyfarfodydd diweddar',
  'atAGlance.intro':
    'Y camau sydd bwysicaf: y rhai mwyaf difrifol yn gyntaf, yna’r rhai sy’n effeithio ar y nifer fwyaf o bobl neu gofnodion.',
  'atAGlance.more':
    'Mae {n:count:rheol arall:rheol arall} hefyd yn codi materion: mae pob un wedi’i nodi isod, fesul adran.',

  'kind.error': 'Gwall',
  'kind.warning': 'Rhybudd',
  'kind.info': 'Er gwybodaeth',
  'kind.review': 'Angen adolygu',
  'label.error': 'GWALL',
  'label.warning': 'RHYBUDD',
  'label.info': 'GWYBOD',
  'label.review': 'ADOLYGU',
  'severity.error': 'gwall',
  'severity.warning': 'rhybudd',
  'severity.info': 'gwybodaeth',
  'outcome.flagged': 'wedi’i nodi',
  'outcome.needs-review': 'angen adolygu',
  'outcome.passed': 'wedi pasio',
  'outcome.not-applicable': 'ddim yn berthnasol',

  'card.question': 'Cwestiwn y fframwaith',
  'card.questions': 'Cwestiynau’r fframwaith',
  'card.found': 'Beth a welsom',
  'card.action': 'Beth i’w wneud',
  'card.heldUp': 'Hefyd yn aros am hyn',
  'card.affects': 'Yn effeithio ar',
  'card.rule': 'Rheol',
  'card.project': 'y prosiect cyfan',
  'card.subjects': '{count}: {names}',
  'card.split': '{flagged} wedi’u nodi, ac mae angen adolygu {review}',

  'subjects.project': '{n:count:prosiect:prosiect}',
  'subjects.member': '{n:count:aelod:aelod}',
  'subjects.activity': '{n:count:gweithgaredd:gweithgaredd}',
  'subjects.decision': '{n:count:penderfyniad:penderfyniad}',
  'subjects.learning': '{n:count:cofnod dysgu:cofnod dysgu}',
  'subjects.reflection': '{n:count:myfyrdod:myfyrdod}',
  'subjects.question': '{n:count:cwestiwn fframwaith:cwestiwn fframwaith}',
  'subjects.perspective': '{n:count:safbwynt:safbwynt}',
  'subjects.milestone': '{n:count:carreg filltir:carreg filltir}',
  'subjects.agreement': '{n:count:cytundeb:cytundeb}',
  'subjects.leader': '{n:count:uwch arweinydd:uwch arweinydd}',
  'subjects.flow': '{n:count:llif gwybodaeth:llif gwybodaeth}',
  'subjects.idea': '{n:count:syniad:syniad}',
  'subjects.outcome': '{n:count:canlyniad:canlyniad}',
  'subjects.recommendation': '{n:count:argymhelliad:argymhelliad}',
  'subjects.portfolio': '{n:count:portffolio:portffolio}',
  'subjects.person': '{n:count:person:person}',
  'subjects.topic': '{n:count:pwnc:pwnc}',
  'noun.project': 'prosiect',
  'noun.member': 'aelod',
  'noun.activity': 'gweithgaredd',
  'noun.decision': 'penderfyniad',
  'noun.learning': 'cofnod dysgu',
  'noun.reflection': 'myfyrdod',
  'noun.question': 'cwestiwn fframwaith',
  'noun.perspective': 'safbwynt',
  'noun.milestone': 'carreg filltir',
  'noun.agreement': 'cytundeb',
  'noun.leader': 'uwch arweinydd',
  'noun.flow': 'llif gwybodaeth',
  'noun.idea': 'syniad',
  'noun.outcome': 'canlyniad',
  'noun.recommendation': 'argymhelliad',
  'noun.portfolio': 'portffolio',
  'noun.person': 'person',
  'noun.topic': 'pwnc',

  'table.caption': 'Materion a rheolau fesul adran',
  'table.section': 'Adran',
  'table.issues': 'Materion',
  'table.errors': 'Gwallau',
  'table.warnings': 'Rhybuddion',
  'table.info': 'Er gwybodaeth',
  'table.needsReview': 'Angen adolygu',
  'table.rulesWithIssues': 'Rheolau â materion',
  'table.passed': 'Rheolau a basiodd',
  'table.notApplicable': 'Rheolau nad ydynt yn berthnasol',
  'table.total': 'Cyfanswm',
  'table.note':
    'Mae gwallau, rhybuddion ac er gwybodaeth yn cyfrif materion yn ôl eu difrifoldeb; mae angen adolygu yn cyfrif y rhai ohonynt lle nad yw’r wybodaeth i benderfynu wedi’i chofnodi. Mae’r tair colofn olaf yn cyfrif rheolau.',
  'chart.title': 'Materion fesul adran a difrifoldeb',
  'chart.caption': 'Materion ym mhob adran o’r fframwaith, yn ôl difrifoldeb.',
  'chart.legend': 'Allwedd i’r siart',
  'chart.noIssues': 'dim materion',
  'chart.issues': '{n:count:mater:mater}',
  'chart.row': '{section}: {counts}.',

  'participation.intro':
    'Sawl gwaith y cyfrannodd pob aelod yng nghyfarfodydd diweddaraf y grŵp lle cafodd cyfraniadau eu cyfrif, y mwyaf yn gyntaf. Mae’n dangos ar unwaith pwy sy’n dawel a phwy sy’n siarad fwyaf.',
  'participation.none':
    'Nid yw cyfraniadau wedi’u cyfrif mewn unrhyw gyfarfod a fu eto, felly does dim i’w ddangos. Cofnodwch gyfraniadau pob person ym mhresenoldeb cyfarfod i weld y siart hwn.',
  'participation.title': 'Cyfraniadau pob aelod yn y cyfarfodydd diweddar',
  'participation.caption':
    'Pob rhif yw’r cyfraniadau a gyfrifwyd i’r aelod hwnnw yn y cyfarfod hwnnw; mae “–” yn golygu na ddaethant ac mae “?” yn golygu iddynt ddod ond na chafodd eu cyfraniadau eu cyfrif. Mae celloedd tywyllach yn golygu mwy o gyfraniadau. Y bar ar y dde yw cyfanswm pob aelod, gyda’i gyfran o’r holl gyfraniadau.',
  'participation.details': 'Y rhifau y tu ôl i’r siart, fel tabl',
  'participation.tableCaption': 'Cyfraniadau pob aelod ym mhob cyfarfod',
  'participation.member': 'Aelod',
  'participation.total': 'Cyfanswm',
  'participation.totalShare': 'Cyfanswm (cyfran)',
  'participation.attended': 'Cyfarfodydd a fynychwyd',
  'participation.absent': 'heb ddod',
  'participation.notCounted': 'heb eu cyfrif',
  'participation.descMeetings':
    'Cyfraniadau pob aelod yn y {n:count:cyfarfod:cyfarfod} diwethaf lle cawsant eu cyfrif.',
  'participation.descTop': '{name} wnaeth y nifer fwyaf: {total} o {all}.',
  'participation.descNone': 'Ni chafodd unrhyw gyfraniadau eu cyfrif.',
  'participation.descQuiet': 'Daeth {n:count:aelod:aelod} heb gyfraniad wedi’i gyfrif.',
  'participation.descTable': 'Mae’r tabl isod yn rhoi pob rhif.',
  'months.short': 'Ion Chwef Maw Ebr Mai Meh Gorff Awst Medi Hyd Tach Rhag',

  'anon.title': 'Prosiect cydgynhyrchu (teitl wedi’i atal)',
  'anon.keeps':
    'Dienw: mae aelodau’n cael eu dangos fel “Aelod n” a chofnodion yn ôl eu math a’u safle (“Penderfyniad 2”); mae teitlau, enwau, nodiadau a thestun rhydd arall o’r prosiect wedi’u hatal. Wedi’u cadw: geiriau’r rheolau eu hunain, cwestiynau’r fframwaith, adrannau, rhifau, dyddiadau, camau a dynodyddion rheolau.',

  'anon.member': 'Aelod {n}',
  'anon.aMember': 'Aelod',
  'anon.withheld': '(wedi’i atal)',
  'anon.project': 'y prosiect',
  'anon.projectN': 'Prosiect {n}',
  'anon.aProject': 'Prosiect',
  'anon.person': 'Unigolyn {n}',

  'cli.wrote': 'Ysgrifennwyd yr adroddiad {format} i {file}',
  'cli.failing': '{n:count:mater:mater} ar lefel “{severity}” neu’n uwch (--fail-on {level})',

  'explain.set': 'Set rheolau {set}',
  'explain.severity': 'difrifoldeb: {severity}',
  'explain.off': '(wedi’i diffodd)',
  'explain.aboutProject': 'am y prosiect',
  'explain.aboutPortfolio': 'am yr holl brosiectau gyda’i gilydd',
  'explain.aboutEach': 'am bob {noun}',
  'explain.stages': 'camau: {stages}',
  'explain.allStages': 'pob un',
  'explain.version': 'fersiwn {version}',
  'explain.custom': 'rheol y cyngor',
  'explain.question': 'Cwestiwn y fframwaith',
  'explain.questions': 'Cwestiynau’r fframwaith',
  'explain.why': 'Pam mae’n bwysig',
  'explain.flags': 'Beth sy’n ei chodi',
  'explain.whenProject': 'Mae’n codi un mater am y prosiect pan fo’r canlynol yn wir:',
  'explain.whenEach':
    'Mae’n codi un mater ar gyfer pob {noun} a restrir gan y ffaith {fact}, pan fo’r canlynol yn wir:',
  'explain.all': 'pob un o’r rhain:',
  'explain.any': 'o leiaf un o’r rhain:',
  'explain.not': 'nid hyn:',
  'explain.when.equal': 'mae {subject} yn hafal i {value}',
  'explain.when.notEqual': 'nid yw {subject} yn hafal i {value}',
  'explain.when.in': 'mae {subject} yn un o {value}',
  'explain.when.notIn': 'nid yw {subject} yn un o {value}',
  'explain.when.contains': 'mae {subject} yn cynnwys {value}',
  'explain.when.doesNotContain': 'nid yw {subject} yn cynnwys {value}',
  'explain.when.lessThan': 'mae {subject} yn llai na {value}',
  'explain.when.lessThanInclusive': 'mae {subject} yn {value} ar y mwyaf',
  'explain.when.greaterThan': 'mae {subject} yn fwy na {value}',
  'explain.when.greaterThanInclusive': 'mae {subject} yn {value} o leiaf',
  'explain.when.notEmpty': 'mae {subject} yn rhestru rhywbeth',
  'explain.when.isEmpty': 'nid yw {subject} yn rhestru dim',
  'explain.when.shareAbove': 'mae {subject} yn gyfran uwch na {value}',
  'explain.when.shareBelow': 'mae {subject} yn gyfran is na {value}',
  'explain.when.countAbove': 'mae {subject} yn cyfrif mwy na {value}',
  'explain.when.containsNone': 'nid yw {subject} yn cynnwys yr un o {value}',
  'explain.when.containsAll': 'mae {subject} yn cynnwys pob un o {value}',
  'explain.when.lacksAny': 'mae o leiaf un o {value} ar goll o {subject}',
  'explain.when.ageInDaysAbove': 'mae {subject} yn ddyddiad mwy na hyn o ddyddiau yn ôl: {value}',
  'explain.atPath': '{fact} yn {path}',
  'explain.cannotDecide':
    'Pan nad yw’r data sydd ei angen ar amod wedi’i gofnodi, ni all y rheol benderfynu ac mae’r mater yn dweud bod angen ei adolygu yn lle hynny.',
  'explain.facts': 'Y ffeithiau mae’n eu darllen',
  'explain.unknownFact': 'ffaith anhysbys',
  'explain.factOf': '{type} ar gyfer pob {noun}',
  'explain.messageOnly': 'Yn cael ei darllen ar gyfer y negeseuon yn unig.',
  'explain.declared': "wedi'i diffinio yn y rheol hon",
  'explain.fromLibrary': "o'r llyfrgell ffeithiau",
  'explain.parameters': 'Paramedrau',
  'explain.none': 'Dim.',
  'explain.theDefault': '(y rhagosodiad)',
  'explain.default': '(rhagosodiad {value})',
  'explain.messages': 'Negeseuon',
  'explain.flagged': 'Wedi’i nodi: “{text}”',
  'explain.needsReviewTitle': 'Pennawd pan fo angen adolygu: “{text}”',
  'explain.dependsOn':
    'Dangosir ar gerdyn arall: pan na all ddweud o gwbl a bod {rules:orList} wedi codi mater, dangosir ei fater ar gerdyn y rheol honno.',
  'explain.holdsUp':
    'Mae’n dal {rules:list} yn ôl: dangosir ar ei gerdyn unrhyw fater ganddynt na all ddweud o gwbl heb yr hyn y mae’r rheol hon yn ei ofyn.',
  'explain.needsReview': 'Angen adolygu: “{text}”',
  'explain.needsReviewSubject': 'Angen adolygu, am un cofnod: “{text}”',
  'explain.resolve': 'Sut i’w datrys',
  'explain.resolveNeedsReview': 'Pan fo angen adolygu: {text}',
  'explain.more': 'Rhagor',
  'explain.definedIn': 'Wedi’i diffinio yn {file}',
  'explain.param': 'y paramedr {name} ({value})',
  'explain.unset': 'heb ei osod',
  'explain.fact': 'y ffaith {fact}',
  'explain.emptyList': 'rhestr wag',

  'unit.activities': '{value} gweithgaredd',
  'unit.activity-kinds': 'mathau o weithgaredd: {value}',
  'unit.agreement-topics': 'pynciau’r cytundeb: {value}',
  'unit.days': '{value} diwrnod',
  'unit.decisions': '{value} penderfyniad',
  'unit.ideas': '{value} syniad',
  'unit.kinds-of-activity': 'mathau o weithgaredd: {value}',
  'unit.meetings': '{value} cyfarfod',
  'unit.members': '{value} aelod',
  'unit.people': '{value} person',
  'unit.projects': '{value} prosiect',
  'unit.question-ids': 'cwestiynau’r fframwaith: {value}',
  'unit.recommendations': '{value} argymhelliad',
  'unit.share': 'cyfran o {value}',
  'unit.time-of-day': '{value} o’r gloch',
  'unit.weekdays': 'dyddiau’r wythnos: {value}',

  'factType.findings': 'canfyddiadau',
  'factType.string-list': 'rhestr o destun',
  'factType.number': 'rhif',
  'factType.boolean': 'gwir neu gau',
  'factType.share': 'cyfran',
  'factType.string': 'testun',

  'rules.inForce': '{n:count:rheol:rheol} mewn grym, o {sources}.',
  'rules.noSources': 'dim rhagosodiadau na ffeiliau',
  'rules.set': '{set} ({n:count:rheol:rheol})',
  'rules.custom': 'rheol y cyngor',
  'rules.question': 'Cwestiwn: {id}',
  'rules.parameters': 'Paramedrau: {list}',
  'rules.noParameters': 'Paramedrau: dim',
  'rules.default': '(rhagosodiad {value})',
  'rules.allInForce': 'Mae pob rheol hysbys mewn grym.',
  'rules.off': 'Wedi’u diffodd ({n}): {ids}.',

  'config.line': 'Ffurfweddiad: {which} · setiau rheolau: {sets}',
  'config.recommended': 'y rheolau a argymhellir (dim ffeil ffurfweddu)',
  'config.inline': 'ffurfweddiad heb enw ffeil',
  'config.none': 'dim',

  'heading.notices': 'Am y data',
  'notice.offset-mismatch.start':
    'Mae amser dechrau “{activity}” ar {day:date} wedi’i ysgrifennu fel {written:time} gyda’r gwrthbwyso UTC {writtenOffset}, ond mae {timeZone} ar {expectedOffset} bryd hynny, felly caiff ei ddarllen fel {readAs:time} amser lleol. Os {written:time} amser lleol oedd y dechrau, ysgrifennwch ei wrthbwyso fel {expectedOffset}.',
  'notice.offset-mismatch.end':
    'Mae amser gorffen “{activity}” ar {day:date} wedi’i ysgrifennu fel {written:time} gyda’r gwrthbwyso UTC {writtenOffset}, ond mae {timeZone} ar {expectedOffset} bryd hynny, felly caiff ei ddarllen fel {readAs:time} amser lleol. Os {written:time} amser lleol oedd y diwedd, ysgrifennwch ei wrthbwyso fel {expectedOffset}.',

  'questions.intro':
    '{n:count:cwestiwn y fframwaith:cwestiwn y fframwaith} mewn {sections:count:adran:adran}, o’r {source}. Geiriau coproduce ei hun yw’r rhain: darllenwch y fframwaith am ei eiriad.',
  'questions.introOwn':
    '{n:count:cwestiwn y fframwaith:cwestiwn y fframwaith} mewn {sections:count:adran:adran}, o’r {source}.',
  'questions.answeredBy': 'Yn cael ei ateb gan: {list}',
  'questions.reflective': 'Dim ond ateb y grŵp ei hun, wedi’i gofnodi, all ei setlo.',
  'questions.rules': 'Rheolau: {list}',
  'questions.noRules': 'Rheolau: dim mewn grym, felly nid oes gwiriad yn gofyn y cwestiwn hwn.',
  'questions.off': 'Ddim mewn grym: {ids}',
  'questions.allAsked': 'Mae o leiaf un rheol mewn grym yn gofyn pob cwestiwn a ddangosir.',
  'questions.unasked': '{n:count:cwestiwn:cwestiwn} heb ei ofyn gan unrhyw reol mewn grym.',
  'questions.notSelected':
    'Heb eu dangos: {n:count:cwestiwn:cwestiwn} y {source}, gan nad oes yr un o’i reolau mewn grym yma. Enwch gwestiwn i’w weld, neu ychwanegwch ei reolau at "extends" i’w gwirio.',

  'ack.heading': 'Materion a gydnabuwyd',
  'ack.textHeading': 'Wedi’u cydnabod ({n}, heb eu cyfrif uchod)',
  'ack.intro':
    '{n:count:mater:mater} y mae’r prosiect yn gwybod amdanynt ac wedi’u derbyn am y tro, pob un gyda’r rheswm. Nid ydynt wedi’u cyfrif ymhlith y materion uchod.',
  'ack.badge': 'Wedi’i gydnabod',
  'ack.cardTitle': 'Wedi’i gydnabod: {title}',
  'ack.about': 'Am beth',
  'ack.why': 'Pam y’i derbyniwyd',
  'ack.accepted': 'Derbyniwyd',
  'ack.issue': 'mater',
  'ack.acceptedBy': 'Derbyniwyd gan {by} ar {on}.',
  'ack.noReview': 'Dim dyddiad adolygu.',
  'ack.reviewDue': 'Roedd adolygiad i fod erbyn {date}: edrychwch arno eto.',
  'ack.reviewBy': 'Adolygu erbyn {date}.',
  'ack.lookAgain': 'Cydnabyddiaethau i edrych arnynt eto',
  'about.project': 'y prosiect',
  'about.record': '{noun} “{label}”',

  'progress.heading': 'Cynnydd dros amser',
  'progress.since': 'Ers y gwiriad diwethaf',
  'progress.sentence':
    'Ers y gwiriad ar {date}: {new} newydd, {stillOpen} yn dal ar agor, {resolved:count:wedi’i ddatrys:wedi’u datrys}, {acknowledged:count:wedi’i gydnabod:wedi’u cydnabod}.',
  'progress.new': 'Newydd',
  'progress.resolved': 'Wedi’i ddatrys',
  'progress.newLabel': 'NEWYDD',
  'progress.resolvedLabel': 'DATRYSWYD',
  'progress.change': 'Newid',
  'progress.issue': 'Mater',
  'progress.changesCaption': 'Materion newydd a materion a ddatryswyd ers y gwiriad diwethaf',
  'progress.trendHeading': 'Materion yn y {n} gwiriad diwethaf',
  'progress.trendLine':
    '{date}: {severities}; {review:count:angen:angen} adolygu; {acknowledged:count:wedi’i gydnabod:wedi’u cydnabod}',
  'progress.checkedOn': 'Gwiriwyd ar',
  'progress.errors': 'Gwallau',
  'progress.warnings': 'Rhybuddion',
  'progress.info': 'Er gwybodaeth',
  'progress.needsReview': 'Angen adolygu',
  'progress.ofTheseReview': 'O’r rhain, angen adolygu',
  'progress.acknowledged': 'Wedi’u cydnabod',
  'progress.tableCaption': 'Materion agored ym mhob gwiriad',
  'progress.chartTitle': 'Materion agored fesul difrifoldeb mewn gwiriadau diweddar',
  'progress.chartIntro':
    'Materion agored ym mhob un o’r {n} gwiriad diwethaf, yr hynaf yn gyntaf, wedi’u pentyrru fesul difrifoldeb.',
  'progress.chartRange':
    'O {first} ar {firstDate} ({firstErrors:count:gwall:gwall}) i {last} ar {lastDate} ({lastErrors:count:gwall:gwall}).',
  'progress.chartTable': 'Mae’r tabl isod yn rhoi pob rhif.',
  'progress.figcaption':
    'Materion agored ym mhob un o’r {n} gwiriad diwethaf, wedi’u pentyrru fesul difrifoldeb: gwallau’n solet, rhybuddion yn streipiog, gwybodaeth yn ddotiog. Nid yw materion a gydnabuwyd wedi’u cyfrif.',
  'progress.details': 'Y rhifau y tu ôl i’r siart, fel tabl',
  'portfolio.checkedOn': 'Gwiriwyd ar {date} ({timeZone})',
  'portfolio.summary':
    '{projects:count:prosiect:prosiect} ({active} gweithredol): {errors:count:gwall:gwall}, {warnings:count:rhybudd:rhybudd}, {info} er gwybodaeth; {review:count:angen adolygu:angen adolygu}; {acknowledged:count:wedi’i gydnabod:wedi’u cydnabod}',
  'portfolio.byAttention': 'Prosiectau, y rhai sydd angen sylw fwyaf yn gyntaf',
  'portfolio.tableHead': '   Gwall  Rhybudd Gwyb.  Adol. Cydn.  Prosiect',
  'portfolio.project': '{title} ({stage})',
  'portfolio.projectInactive': '{title} ({stage}, ddim yn weithredol)',
  'portfolio.across': 'Ar draws prosiectau’r cyngor',
  'portfolio.noFindings': 'Dim materion ar draws y prosiectau.',
  'portfolio.action': 'Beth i’w wneud: {action}',
  'portfolio.defaultTitle': 'Prosiectau’r cyngor',
  'portfolio.kicker': 'Portffolio cydgynhyrchu',
  'portfolio.pageTitle': 'Portffolio cydgynhyrchu: {title}',
  'portfolio.overview': 'Trosolwg',
  'portfolio.acrossHeading': 'Ar draws prosiectau’r cyngor',
  'portfolio.eachProject': 'Pob prosiect',
  'portfolio.column.project': 'Prosiect',
  'portfolio.column.stage': 'Cam',
  'portfolio.stageInactive': '{stage} (ddim yn weithredol)',
  'portfolio.suggestedAction': 'Cam gweithredu a awgrymir',
  'portfolio.openIssues': '{n:count:mater agored:mater agored}',
  'portfolio.acknowledged': '{n:count:wedi’i gydnabod:wedi’u cydnabod}',
  'portfolio.issuesOf': 'Materion {title}',
  'portfolio.acknowledgedOf': 'Materion {title} a gydnabuwyd',
  'portfolio.footer':
    'Gwnaed gan coproduce o wiriad o {n:count:prosiect:prosiect}. Mae dynodyddion y materion yn aros yr un fath o un gwiriad i’r nesaf.',
};

/** The framework's section names in Welsh, by their English name (the name rules use). */
const SECTIONS_CY: Readonly<Record<string, string>> = {
  'Shared understanding': 'Dealltwriaeth gyffredin',
  'Before getting started': 'Cyn dechrau',
  'During co-production': 'Yn ystod cydgynhyrchu',
  'Other things that help': 'Pethau eraill sy’n helpu',
  'Be honest about what is possible': 'Bod yn onest am yr hyn sy’n bosibl',
  Governance: 'Llywodraethu',
  "Across the council's projects": 'Ar draws prosiectau’r cyngor',
};

/**
 * A locale the report and command-line catalogues are written in.
 *
 * @category Report
 * @example `const locale: UiLocale = 'cy';`
 */
export type UiLocale = 'en-GB' | 'cy';

/**
 * The locales with a complete report and command-line catalogue.
 *
 * @category Report
 * @example `UI_LOCALES.includes('cy') // true`
 */
export const UI_LOCALES: readonly UiLocale[] = Object.freeze(['en-GB', 'cy']);

/**
 * The report and command-line catalogues: locale → message id → template.
 * Templates use `renderMessage` placeholders, so a count carries its noun
 * (`{n:count:rule:rules}`; Welsh counts with the singular, "7 rheol").
 *
 * @category Report
 * @example `UI_CATALOGUES.cy['heading.summary'] // 'Crynodeb'`
 */
export const UI_CATALOGUES: Readonly<Record<UiLocale, Readonly<Record<UiMessageId, string>>>> =
  localeCatalogues(EN_GB, CY);

/**
 * Where each catalogue stands: `cy` is complete and awaits review by a
 * Welsh speaker.
 *
 * @category Report
 * @example `UI_CATALOGUE_STATUS.cy.reviewed // false`
 */
export const UI_CATALOGUE_STATUS: Readonly<
  Record<UiLocale, { readonly reviewed: boolean; readonly note: string }>
> = Object.freeze({
  'en-GB': { reviewed: true, note: 'The source catalogue.' },
  cy: {
    reviewed: false,
    note: 'Complete; translated without a Welsh speaker, so it awaits review by one before councils rely on it.',
  },
});

/**
 * The catalogue locale for a language tag: `cy`, `cy-GB` → `cy`; any
 * other tag → `en-GB`.
 *
 * @category Report
 * @example `uiLocale('cy-GB') // 'cy'`
 */
export function uiLocale(locale: string | undefined): UiLocale {
  return locale !== undefined && locale.toLowerCase().split('-')[0] === 'cy' ? 'cy' : 'en-GB';
}

/**
 * Renders one catalogue message in a locale's words, with its values.
 *
 * @category Report
 * @example
 * ```ts
 * uiText('cy', 'summary.passed', { passed: 12 }); // 'Pasiodd 12 rheol.'
 * uiText('en-GB', 'summary.passed', { passed: 1 }); // '1 rule passed.'
 * ```
 */
export function uiText(
  locale: string | undefined,
  id: UiMessageId,
  data: Readonly<Record<string, DataValue | undefined>> = {},
): string {
  const lang = uiLocale(locale);
  const template = UI_CATALOGUES[lang][id];
  return renderMessage(template, data, { locale: lang === 'cy' ? 'cy' : DEFAULT_LOCALE });
}

/**
 * A framework section's name in a locale: the built-in sections and those of
 * the shipped framework packs have Welsh names; any other section (a
 * council's own) keeps its name as written.
 *
 * @category Report
 * @example `sectionName('Governance', 'cy') // 'Llywodraethu'`
 */
export function sectionName(section: string, locale: string | undefined): string {
  return uiLocale(locale) === 'cy' ? (WELSH.sections[section] ?? section) : section;
}

/**
 * A framework question's words in a locale, or `undefined` for an id the
 * question catalogue lacks.
 *
 * @category Report
 * @example `questionPoint('governance.senior-leaders', 'cy')`
 */
export function questionPoint(id: string, locale: string | undefined): string | undefined {
  const point = questionCatalogue().get(id)?.point;
  if (point === undefined) return undefined;
  return uiLocale(locale) === 'cy' ? (WELSH.questions[id] ?? point) : point;
}

/**
 * The Welsh words of the built-in sections and framework questions, and
 * of the shipped framework packs (from their `messages/cy.json`), for the
 * completeness test.
 *
 * @internal
 * @example
 * ```ts
 * // A framework question with no Welsh words would reach a Welsh report in English.
 * import { QUESTION_IDS } from '../check/questions.js';
 *
 * const untranslated = QUESTION_IDS.filter((id) => !Object.hasOwn(BUILTIN_TRANSLATIONS.questions, id));
 * ```
 */
export const BUILTIN_TRANSLATIONS = Object.freeze({
  sections: Object.freeze({ ...SECTIONS_CY, ...packTranslations('cy').sections }),
  questions: Object.freeze({ ...QUESTIONS_CY, ...packTranslations('cy').questions }),
});

/** The Welsh of the built-in framework and of the framework packs shipped with coproduce. */
const WELSH = BUILTIN_TRANSLATIONS;
