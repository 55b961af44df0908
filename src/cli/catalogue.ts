/**
 * The command line's own words — its help, usage errors, what it says it
 * wrote or skipped, and why a file cannot be used — as catalogues of
 * templates by message id, one per locale, like the report catalogue
 * (`src/report/catalogue.ts`). Pure: no Node built-ins, so the translators'
 * template can be generated from it.
 *
 * The Welsh (`cy`) catalogue is complete but awaits review by a Welsh
 * speaker, as the report's does.
 *
 * @module
 */
import { localeCatalogues, renderMessage } from '../check/messages.js';
import type { DataValue } from '../check/types.js';
import { uiLocale } from '../report/catalogue.js';

/** The options of every command that reads a configuration, as help lists them. */
const EN_CONFIG_HELP = `  --config <file>         A council configuration file (default: the nearest
                          coproduce.config.json in the project's folder or
                          above it, up to the top of the repository or your
                          home folder; else the recommended rules)
  --no-config             Use the recommended rules, not any configuration
  --config-root <folder>  Let the configuration read files in this folder
                          (default: only in its own folder)`;

/**
 * Example command lines in help. Commands and file names are the same in
 * every language, so each locale's help puts these under its own heading.
 */
const CHECK_EXAMPLES = `  coproduce check project.json
  coproduce check project.json --config coproduce.config.json --fail-on error
  coproduce check project.json --format html --anonymise --out report.html
  coproduce check project.json --out issues.csv
  coproduce check project.json --format sarif --out coproduce.sarif
  coproduce check project.json --baseline october.json --trend reports/
  coproduce check history.json --since 2026-10-01 --as-of 2026-11-01
  coproduce check projects/ --format html --out portfolio.html`;
const QUESTIONS_EXAMPLES = `  coproduce questions
  coproduce questions during
  coproduce questions governance.information-flow --format json`;

/** The English (en-GB) command-line catalogue: the source every other locale translates. */
const EN_GB = {
  // Help. "{config}" is help.config, "{listOptions}" help.listOptions;
  // "{version}" the package's version.
  'help.config': EN_CONFIG_HELP,
  // The options of every command that lists or tests what a configuration
  // sets up (RULE_LIST_OPTIONS in rules.ts), said once for all of them.
  'help.listOptions': `{config}
  --format <format>       text (default) or json`,
  'help.main': `coproduce {version}: check a co-production project against your
council's co-production framework.

Usage: coproduce <command> [options]

Commands:
  check <project.json>   Check a project and show the issues found; give
                         several files or a folder to check a portfolio
  validate <file...>     Validate project, rule and configuration files
  rules                  List the rules in force after a configuration
  explain <rule-id>      Explain one rule: its question, what flags it, what
                         to do
  questions [id...]      List the framework's questions and the rules that
                         encode each
  facts [part]           What rules can read: collections, fields, measures,
                         filters, and the facts of the catalogue
  init [dir]             Start a project: a starter project file and a
                         council configuration
  schema <name>          Print a JSON Schema: project, rule, config, report or
                         portfolio-report
  test <pack folder>     Run the rule tests of your own framework pack

Options:
  -h, --help      Show this help; "coproduce <command> --help" for a command
  -v, --version   Show the version
  --locale <tag>  The language of what coproduce says, such as en-GB or cy;
                  every command takes it

Exit codes: 0 success, with no issue at or above --fail-on; 1 issues at or
above --fail-on; 2 invalid input or usage.

Start with:
  coproduce init
  coproduce check project.json

check, rules, explain and questions use the nearest coproduce.config.json in the
project's folder or above it (up to the top of the repository or your home
folder); --config names another, --no-config uses the recommended rules.
`,
  'help.check': `Usage: coproduce check <project.json | history.json> [options]
       coproduce check <files or folders...> [options]

Checks a project against the rules and shows the issues found: grouped by
section of the framework, worst first. A saved history is checked as the
project stood at --as-of (or now).

Given several files, or a folder (its .json project and history files),
checks each project and the portfolio they make together: the same people
in many projects, the same topic consulted twice, and more. The report
starts with one line per project, the ones that need attention first.

Options:
{config}
  --format <format>       text (default), json, markdown, html, csv (one row
                          per issue, for a spreadsheet or Power BI; several
                          projects: one row per project) or sarif (SARIF
                          2.1.0, for code-scanning dashboards); with --out,
                          taken from the file's extension when not given
  --out <file>            Write the report to a file instead of the terminal:
                          .txt, .json, .md, .html, .csv or .sarif (another
                          extension, or one that differs from --format, is
                          refused)
  --min-severity <level>  Show only issues at least this serious: error,
                          warning or info (default: every issue)
  --fail-on <level>       Exit with code 1 when any issue is at least this
                          serious: error, warning, info or never (default)
  --as-of <date>          Check as of a day (2026-11-20: midday in the
                          project's time zone) or a moment
                          (2026-11-20T09:30:00Z) instead of now
  --locale <tag>          The language of the messages, such as en-GB or cy
  --anonymise             Show members as "Member 1", "Member 2"... instead of
                          their names, and withhold titles, notes and other
                          free text from the project, in every format
  --baseline <report>     An earlier report of the project (saved with
                          --format json): mark each issue new, still open or
                          resolved since then
  --since <date>          With a history file: what changed between this day
                          (or moment) and --as-of (or now), in one command
  --trend <report>        An earlier report, or a folder of them, to show the
                          issues at each of the last 8 checks (repeatable)
  --overview              Several projects: show the overview and the
                          portfolio's findings, not each project's issues
  --threads <n>           Several projects: check up to n files at once on
                          worker threads (default: the computer's cores, up
                          to 8, from 16 files); 1 checks them one by one in
                          this process. The report is the same either way
  --allow-unverified      Read a history saved without a chain of hashes
                          (format version 1); every format then warns that
                          it cannot be verified
  -h, --help              Show this help

JSON output is the report of the library's check(), as described by
"coproduce schema report"; --min-severity leaves issues out of it and
recounts them, and --anonymise replaces names in it. A CSV file written
with --out starts with a byte-order mark so Excel reads it as UTF-8; any
cell that starts with = + - or @ gets a ' first, so it never runs as a
formula.
SARIF places each issue at its record's line in the project file, named
relative to the folder you run the command in.

Exit codes: 0 no issue at or above --fail-on; 1 issues at or above it;
2 invalid input or usage.

Examples:
${CHECK_EXAMPLES}
`,
  'help.validate': `Usage: coproduce validate <file...> [options]

Validates project files, rule files and configuration files (and rule-set
presets, saved JSON reports, and a framework pack's questions.json, messages
and rule tests). Each file's kind is read from its "$schema"
(project.schema.json, rule.schema.json, config.schema.json...) or, without
one, from its shape. Rule files are also checked against the facts,
operators and framework questions; configurations with every file they
extend or name, so validate the configuration that names your own pack's
folder to check the pack as a whole.

Every problem is printed as "file: JSON path: message", all of them.

Options:
  --quiet                 Print only the problems, not the files that are
                          valid
  --config-root <folder>  Let configurations read files in this folder
                          (default: each only in its own folder)
  --locale <tag>          The language of the messages, such as en-GB or cy
  -h, --help              Show this help

Exit codes: 0 every file is valid; 2 a file has problems, or usage.

Example:
  coproduce validate project.json coproduce.config.json council-rules/*.json
`,
  'help.rules': `Usage: coproduce rules [options]

Lists the rules in force after the configuration: each rule's set, severity,
title, parameters and the framework question it encodes, then the rules
that are switched off.

Options:
{listOptions}
  --locale <tag>          The language of the list, such as en-GB or cy
  -h, --help              Show this help

Example:
  coproduce rules --config coproduce.config.json
`,
  'help.explain': `Usage: coproduce explain <rule-id> [options]

Explains one rule: the framework question it encodes, why it matters, what
flags it, the facts and parameters it uses, and how to resolve what it
finds. Parameters, severity and messages are shown as configured.

Options:
{config}
  --locale <tag>          The language to explain in, such as en-GB or cy
  -h, --help              Show this help

Example:
  coproduce explain quiet-members
`,
  'help.questions': `Usage: coproduce questions [question or section...] [options]

Lists the framework's questions, section by section: each question's id
(the id a rule names in "questions"), the question in coproduce's own words,
the records that can answer it, and the rules of the configuration that
encode it. Name question ids, or the part before the dot (readiness,
during, honesty, governance), to show only those.

Options:
{listOptions}
  --locale <tag>          The language of the list, such as en-GB or cy (the
                          records that answer each question are listed in
                          English only)
  -h, --help              Show this help

Examples:
${QUESTIONS_EXAMPLES}
`,
  'help.facts': `Usage: coproduce facts [part] [options]

Lists what a rule can read. Declarative facts are written in a rule file's
"define" (or the fact library, rules/facts/) from these building blocks:
the collections of a project and their fields, the measures, and the
filters. The facts of the catalogue follow, grouped by what they measure,
each with the rules that read it and where it comes from (the fact library
or the library's own code).

Parts (default: all of them):
  collections   each collection, its subject type and its fields
  measures      count, share, sum, min, max, latest, earliest, age, list,
                value, choose, checklist
  filters       the comparisons a "where" can make, and the limits
  catalogue     the facts of the catalogue by what they measure

Options:
{listOptions}
  --locale <tag>          The language of coproduce's messages and of the
                          descriptions, such as en-GB or cy (--format json
                          describes in English)
  -h, --help              Show this help

Example:
  coproduce facts collections
`,
  'help.init': `Usage: coproduce init [dir]

Starts a new project in a folder (default: the current one): writes
project.json, a starter project document, and coproduce.config.json, a
council configuration that extends the recommended rules. Both name their
JSON Schema in "$schema", so editors can check them as you type. Refuses to
overwrite either file if it exists.

Options:
  --locale <tag>   The language of the messages, such as en-GB or cy
  -h, --help       Show this help

Example:
  coproduce init young-carers-transport
`,
  'help.schema': `Usage: coproduce schema <project|rule|config|report|portfolio-report>

Prints a JSON Schema: of a project document, a rule file, a council
configuration, a check report (the JSON of "coproduce check --format json")
or a portfolio report (the same, for several projects).
Editors use them to check files as you type; other systems use them to
validate what they exchange.

Options:
  --out <file>     Write the schema to a file instead of the terminal
  --locale <tag>   The language of the messages, such as en-GB or cy
  -h, --help       Show this help

Example:
  coproduce schema report --out report.schema.json
`,
  'help.test': `Usage: coproduce test <pack folder | test file...> [options]

Runs the rule tests of your own framework pack: each tests/<rule-id>.json
of the pack's folder (or each test file named), against the rules as the
configuration sets them up. A test file holds projects that should pass,
be flagged or need review, written as JSON, so you can add a case without
writing code. Each file says whether it passed; a failing case says what
the rule did instead.

Options:
{listOptions}
  --locale <tag>          The language of the results, such as en-GB or cy
  -h, --help              Show this help

Exit codes: 0 every test passed; 1 a test failed or could not be read;
2 invalid input or usage.

Examples:
  coproduce test youth-voice
  coproduce test youth-voice/tests/young-people-share.json --format json
`,

  // Usage errors: what was wrong with the command typed.
  'usage.seeHelp': 'Run "coproduce --help" to see how to use it.',
  'usage.seeCommandHelp': 'Run "coproduce {command} --help" to see how to use it.',
  'usage.unknownCommand': 'unknown command "{name}"',
  'usage.unknownCommandGuess': 'unknown command "{name}"; did you mean "{guess}"?',
  'usage.notAnOption': '{option} is not an option of coproduce itself; name a command first',
  'usage.unknownOption': 'unknown option {option}',
  'usage.needsValue': '{option} needs a value',
  'usage.unexpectedArgument': 'unexpected argument "{argument}"',
  'usage.oneOf': '--{option} must be one of {allowed}, not "{value}"',
  'usage.oneOfGuess': '--{option} must be one of {allowed}, not "{value}"; did you mean {guess}?',
  'usage.locale': '--locale needs a language tag such as en-GB or cy',
  'usage.configOrNoConfig': 'use --config or --no-config, not both',
  'usage.configRoot': '--config-root needs --config, or a coproduce.config.json to find',
  'usage.checkFile': 'name the project file to check',
  'usage.outExtension':
    '--out {out}: coproduce writes text (.txt), JSON (.json), Markdown (.md), HTML (.html), CSV (.csv) or SARIF (.sarif), not {ext}',
  'usage.outPdf':
    '--out {out}: coproduce writes text (.txt), JSON (.json), Markdown (.md), HTML (.html), CSV (.csv) or SARIF (.sarif), not {ext}; for a PDF, write the HTML report and print it to PDF from a browser',
  'usage.outFormat':
    '--out {out} is a {kind} file name, but --format is {format}: name the file with {ext}, or leave --format out',
  'usage.notADate': '--{option} "{value}" is not a real calendar date',
  'usage.dateForm':
    '--{option} must be a date like 2026-11-20 or a date-time with an offset like 2026-11-20T09:30:00Z, not "{value}"',
  'usage.sarifPortfolio':
    '--format sarif is for one project: check each project on its own, or use json or csv',
  'usage.onlyOneProject': '--{option} works with one project, not several',
  'usage.overview': '--overview is for several projects',
  'usage.threads': '--threads needs a whole number of threads, 1 or more, not "{value}"',
  'usage.sinceHistory':
    '--since needs a history file (the project’s saved history), so the project can be checked as it stood on that day',
  'usage.sinceOrBaseline': 'use --since or --baseline, not both',
  'usage.sinceOrder': '--since must be earlier than --as-of (or now)',
  'usage.explainRule': 'name the rule to explain, such as quiet-members',
  'usage.explainOne': 'explain takes one rule id',
  'usage.rulesFiles':
    'rules takes no file names; use --config <file> (to explain one rule: coproduce explain {id})',
  'usage.factsOne': 'facts takes at most one part',
  'usage.factsPart': 'there is no part "{part}": use {parts}',
  'usage.initOne': 'init takes at most one folder',
  'usage.schemaName': 'name one schema: {names}',
  'usage.schemaUnknown': 'there is no "{name}" schema: use {names}',
  'usage.validateFile': 'name at least one file to validate',

  // Files that cannot be read or written.
  'file.folder': 'is a folder, not a file',
  'file.notRegular': 'is not a regular file (a device, pipe or socket)',
  'file.tooLarge': 'is larger than {mb} MB',
  'file.missing': 'no such file',
  'file.denied': 'permission denied',
  'file.cannotUse': 'cannot use {file}: {reason}.',
  'file.cannotWrite': 'cannot write {file}: {reason}.',
  'file.noFolder': 'the folder does not exist',
  'file.isFolder': 'it is a folder',
  'system.EACCES': 'permission denied',
  'system.EPERM': 'permission denied',
  'system.ENOENT': 'no such file or folder',
  'system.ENOTDIR': 'a folder in the path is a file',
  'system.EISDIR': 'it is a folder, not a file',
  'system.ELOOP': 'too many symbolic links',
  'system.ENAMETOOLONG': 'the name is too long',
  'system.EMFILE': 'too many files are open',

  // Problems: where each is, and the line above them.
  'problem.line': 'line {line}',
  'problem.rule': ' (rule {id})',
  'problem.summary': '{n:count:problem:problems}:',
  'problem.summaryFile': '{file}: {n:count:problem:problems}:',

  // What a command says it did.
  'check.skipped': 'Skipped {file}: not a project file.',
  'check.cannotCheck': '{n} of {total} files cannot be checked; no report was made.',
  'check.notProject': 'is not a project or a project history',
  'check.noProjects': 'there is no project file to check in the folders given.',
  'check.notAProject': '{file}: is not a project or a project history.',
  'check.wrotePortfolio': 'Wrote the {format} report of {n:count:project:projects} to {file}',
  'explain.noRule': 'there is no rule "{id}". Run "coproduce rules" to list the rules in force.',
  'explain.noRuleGuess':
    'there is no rule "{id}"; did you mean "{guess}"? Run "coproduce rules" to list the rules in force.',
  'questions.none':
    'there is no question or group of questions "{name}". Run "coproduce questions" to list them all.',
  'questions.noneGuess':
    'there is no question or group of questions "{name}"; did you mean "{guess}"? Run "coproduce questions" to list them all.',
  'init.isFile': '{dir} is a file, not a folder.',
  'init.exists': '{files} already exists; init never overwrites a file. Nothing was written.',
  'init.exist': '{files} already exist; init never overwrites a file. Nothing was written.',
  'init.existsNow': '{file} already exists; init never overwrites a file.',
  'init.here': 'the current folder',
  'init.wrote': 'Wrote {project} and {config} in {where}.',
  'init.next': 'Next:',
  'init.step1': '1. Fill in {project}: its purpose, remit, outcomes, group and meetings.',
  'init.step2': '2. Switch rules off or change them in {config} ("coproduce rules" lists them).',
  'init.step3': '3. Check it: coproduce check {project} (it finds {config} by itself)',
  'validate.kind.project': 'project',
  'validate.kind.rule': 'rule file',
  'validate.kind.config': 'configuration',
  'validate.kind.preset': 'rule-set preset',
  'validate.kind.report': 'check report',
  'validate.kind.questions': 'question catalogue',
  'validate.kind.packMessages': 'framework pack messages file',
  'validate.kind.ruleTest': 'rule test file',
  'validate.kind.file': 'file',
  'validate.unknownKind':
    'cannot tell what kind of file this is: add "$schema" naming project.schema.json, rule.schema.json or config.schema.json (or, in a framework pack, questions.schema.json, pack-messages.schema.json or rule-test.schema.json)',
  'validate.valid': '{file}: valid {kind}',
  'validate.validWarned': '{file}: valid {kind}, with {n:count:warning:warnings}',
  'validate.warning': 'warning: {message}',
  'validate.blocked': '{file}: the {kind} cannot be used until the files it names are fixed',
  'validate.summary': '{n:count:problem:problems} in {files:count:file:files}.',

  // An internal error: a bug in coproduce, not in the user's files.
  'bug.head':
    'coproduce: something went wrong inside coproduce. This is a bug in coproduce,\nnot a problem with your files.',
  'bug.reportAt': 'Please report it at {where}, with the command you ran and the text below.',
  'bug.report':
    'Please report it to the coproduce maintainers, with the command you ran and the text below.',

  // Report formats as `--out` names them, and saved reports compared over time.
  'format.text': 'text (.txt)',
  'format.json': 'JSON (.json)',
  'format.markdown': 'Markdown (.md)',
  'format.html': 'HTML (.html)',
  'format.csv': 'CSV (.csv)',
  'format.sarif': 'SARIF (.sarif)',
  'report.notJson': '{file}: The report is not valid JSON.',
  'report.otherProject':
    '{file}: These reports are of two different projects ("{before}" and "{after}"): compare checks of one project.',

  // The body of `coproduce facts` around the catalogue's own descriptions.
  'facts.collections': 'Collections',
  'facts.collectionsIntro':
    'What a measure ranges over ("of"). Each field is read from the project model; a field that names another record (an id) can be used in "groupBy" to give one finding per member or other subject.',
  'facts.collectionScoped': '{name} (subjects: {scope})',
  'facts.field': '- {name}: {type}',
  'facts.fieldDerived': '- {name}: {type}; worked out by the library: {description}',
  'facts.measures': 'Measures',
  'facts.measuresIntro': 'What a declared fact computes ("measure").',
  'facts.filters': 'Filters',
  'facts.filtersIntro':
    'A "where" (and "among", "subjects", a "choose" case) is a comparison of one field, or "all", "any" and "not" of others. A comparison on a field that is not recorded is false, except "present" and "text". Any value may be { "param": name }, a parameter of the rule.',
  'facts.limits':
    'Limits: at most {definitions} declared facts per rule; filters nest at most {depth} deep with at most {leaves} comparisons per fact; a measure is tested only inside a "choose" case and never inside another measure\'s filter; at most {cases} cases, {items} checklist items, {values} listed values. So a fact costs at most one pass over each collection it reads per comparison: linear in the size of the project.',
  'facts.catalogue': 'Facts of the catalogue, by what they measure',
  'facts.catalogueIntro':
    "Every rule can read these by name. Facts from the fact library are declarative (rules/facts); the rest are written in the library's code because they need it (time zones, concentration measures, wording built from several records).",
  // Topics of the fact catalogue and what each measure gives (coproduce facts).
  'facts.topic.Shared understanding and readiness': 'Shared understanding and readiness',
  'facts.topic.Timeframe, resources and how the work ended':
    'Timeframe, resources and how the work ended',
  'facts.topic.Taking part and being heard': 'Taking part and being heard',
  'facts.topic.Times, places and access': 'Times, places and access',
  'facts.topic.Power, leadership and the usual participants':
    'Power, leadership and the usual participants',
  'facts.topic.Honesty about what is possible': 'Honesty about what is possible',
  'facts.topic.Governance': 'Governance',
  "facts.topic.The group's reflections": "The group's reflections",
  'facts.topic.How many records a project holds': 'How many records a project holds',
  'facts.topic.What the project has written down': 'What the project has written down',
  'facts.measure.count': 'How many records of a collection pass "where". A number.',
  'facts.measure.share':
    'Of the records that pass "among" (all of them when left out), the share that also pass "where", from 0 to 1. Missing when fewer than "minItems" (default 1) pass "among".',
  'facts.measure.sum': 'The total of a number field over the records that pass "where".',
  'facts.measure.min': 'The smallest value of a number field; missing when there is none.',
  'facts.measure.max': 'The largest value of a number field; missing when there is none.',
  'facts.measure.latest':
    "The latest date of a date field (a date-time counts by its calendar day in the project's time zone); missing when there is none.",
  'facts.measure.earliest': 'The earliest date of a date field; missing when there is none.',
  'facts.measure.age':
    'Calendar days from the latest date of a date field to today (negative for a date still to come); missing when there is none.',
  'facts.measure.list':
    'The distinct values of a text, word or date field (text only when it holds real words), for messages; at most 100.',
  'facts.measure.value':
    'One field of the project itself: missing when not recorded, and free text counts only when it holds real words.',
  'facts.measure.choose':
    'The value of the first case whose "when" (a filter on the project, which may test a measure) holds, else "otherwise"; null in a case means "needs review".',
  'facts.measure.checklist':
    'Parts of the project that must be written down: "gaps" lists the parts never written once the work is under way, is missing while a part is only a placeholder or not yet agreed by the group, and is empty when all is there; "toReview" lists what to record or check.',
  'facts.otherTopic': 'Other',
  'facts.kind': '{type}',
  'facts.kindScoped': '{type} of each {scope}',
  'facts.parameters': '; parameters {names}',
  'facts.fromLibrary': 'the fact library (rules/facts)',
  'facts.fromCode': "the library's code",
  'facts.fact': '- {id} ({kind}{parameters}; from {source}): {description} {usedBy}',
  'facts.usedBy': 'Used by {rules}.',
  'facts.usedByNone': 'Used by no rule yet.',

  // The results of `coproduce test`.
  'test.passed': '{file}: passed ({n:count:case:cases})',
  'test.failed': '{file}: failed',
  'test.unusable': '{file}: cannot be run as a rule test',
  'test.ruleNotLoaded':
    'the rule "{id}" is not among the rules checked with {config}: add its pack to "extends" in your configuration (such as "./my-pack", or "coproduce:six-principles" for the pack that comes with coproduce), or name the configuration with --config',
  'test.summary':
    '{files:count:test file:test files}, checked with {config}: {passed} passed, {failed} failed.',
  'test.nothing':
    "name your framework pack's folder (its tests are in tests/<rule-id>.json) or a rule test file",
  'test.none':
    'no rule tests in {folders}: a pack keeps them in its tests folder, one JSON file per rule',
  'test.missing': '"{path}" does not exist',
  'test.tooMany': 'more than {max} rule test files: run them a folder at a time',
} as const;

/**
 * The id of a message in the command line's catalogue.
 *
 * @example `const id: CliMessageId = 'usage.checkFile';`
 */
export type CliMessageId = keyof typeof EN_GB;

/** The Welsh catalogue. Every id must be here: the type says so. Awaiting review by a Welsh speaker. */
const CY: Readonly<Record<CliMessageId, string>> = {
  'help.config': `  --config <ffeil>        Ffeil ffurfweddu'r cyngor (rhagosodiad: y
                          coproduce.config.json agosaf yn ffolder y prosiect
                          neu uwch ei ben, hyd at frig y storfa neu eich
                          ffolder cartref; fel arall y rheolau a argymhellir)
  --no-config             Defnyddio'r rheolau a argymhellir, nid unrhyw
                          ffurfweddiad
  --config-root <ffolder> Gadael i'r ffurfweddiad ddarllen ffeiliau yn y
                          ffolder hwn (rhagosodiad: yn ei ffolder ei hun yn unig)`,
  'help.listOptions': `{config}
  --format <fformat>      text (rhagosodiad) neu json`,
  'help.main': `coproduce {version}: gwirio prosiect cydgynhyrchu yn erbyn fframwaith
cydgynhyrchu eich cyngor.

Defnydd: coproduce <gorchymyn> [opsiynau]

Gorchmynion:
  check <project.json>   Gwirio prosiect a dangos y materion a gafwyd; rhowch
                         sawl ffeil neu ffolder i wirio portffolio
  validate <ffeil...>    Dilysu ffeiliau prosiect, rheolau a ffurfweddu
  rules                  Rhestru'r rheolau sydd mewn grym ar ôl ffurfweddiad
  explain <rheol>        Esbonio un rheol: ei chwestiwn, beth sy'n ei chodi,
                         beth i'w wneud
  questions [id...]      Rhestru cwestiynau'r fframwaith a'r rheolau sy'n
                         gofyn pob un
  facts [rhan]           Yr hyn y gall rheolau ei ddarllen: casgliadau, meysydd,
                         mesurau, hidlau, a ffeithiau'r catalog
  init [ffolder]         Dechrau prosiect: ffeil prosiect i ddechrau a
                         ffurfweddiad cyngor
  schema <enw>           Argraffu JSON Schema: project, rule, config, report
                         neu portfolio-report
  test <ffolder pecyn>   Rhedeg profion rheolau eich pecyn fframwaith eich hun

Opsiynau:
  -h, --help      Dangos y cymorth hwn; "coproduce <gorchymyn> --help" ar
                  gyfer gorchymyn
  -v, --version   Dangos y fersiwn
  --locale <tag>  Iaith yr hyn y mae coproduce yn ei ddweud, fel en-GB neu cy;
                  mae pob gorchymyn yn ei dderbyn

Codau gadael: 0 llwyddiant, heb fater ar lefel --fail-on neu'n uwch; 1 materion
ar lefel --fail-on neu'n uwch; 2 mewnbwn neu ddefnydd annilys.

I ddechrau:
  coproduce init
  coproduce check project.json

Mae check, rules, explain a questions yn defnyddio'r coproduce.config.json agosaf
yn ffolder y prosiect neu uwch ei ben (hyd at frig y storfa neu eich ffolder
cartref); mae --config yn enwi un arall, ac mae --no-config yn defnyddio'r
rheolau a argymhellir.
`,
  'help.check': `Defnydd: coproduce check <project.json | history.json> [opsiynau]
         coproduce check <ffeiliau neu ffolderi...> [opsiynau]

Yn gwirio prosiect yn erbyn y rheolau ac yn dangos y materion a gafwyd: wedi'u
grwpio fesul adran o'r fframwaith, y gwaethaf yn gyntaf. Caiff hanes wedi'i
gadw ei wirio fel yr oedd y prosiect ar --as-of (neu nawr).

O gael sawl ffeil, neu ffolder (ei ffeiliau prosiect a hanes .json), mae'n
gwirio pob prosiect a'r portffolio a wnânt gyda'i gilydd: yr un bobl mewn
llawer o brosiectau, ymgynghori ddwywaith ar yr un pwnc, a mwy. Mae'r
adroddiad yn dechrau gydag un llinell i bob prosiect, y rhai sydd angen sylw
yn gyntaf.

Opsiynau:
{config}
  --format <fformat>      text (rhagosodiad), json, markdown, html, csv (un
                          rhes i bob mater, ar gyfer taenlen neu Power BI;
                          sawl prosiect: un rhes i bob prosiect) neu sarif
                          (SARIF 2.1.0, ar gyfer dangosfyrddau sganio cod);
                          gyda --out, o estyniad y ffeil pan na chaiff ei roi
  --out <ffeil>           Ysgrifennu'r adroddiad i ffeil yn lle'r derfynell:
                          .txt, .json, .md, .html, .csv neu .sarif (caiff
                          estyniad arall, neu un sy'n wahanol i --format, ei
                          wrthod)
  --min-severity <lefel>  Dangos dim ond materion o leiaf mor ddifrifol â
                          hyn: error, warning neu info (rhagosodiad: pob mater)
  --fail-on <lefel>       Gadael gyda chod 1 pan fo unrhyw fater o leiaf mor
                          ddifrifol â hyn: error, warning, info neu never
                          (rhagosodiad)
  --as-of <dyddiad>       Gwirio fel yr oedd ar ddiwrnod (2026-11-20: canol
                          dydd yng nghylchfa amser y prosiect) neu ar eiliad
                          (2026-11-20T09:30:00Z) yn lle nawr
  --locale <tag>          Iaith y negeseuon, fel en-GB neu cy
  --anonymise             Dangos aelodau fel "Aelod 1", "Aelod 2"... yn lle eu
                          henwau, ac atal teitlau, nodiadau a thestun rhydd
                          arall o'r prosiect, ym mhob fformat
  --baseline <adroddiad>  Adroddiad cynharach o'r prosiect (wedi'i gadw gyda
                          --format json): nodi pob mater yn newydd, yn dal ar
                          agor neu wedi'i ddatrys ers hynny
  --since <dyddiad>       Gyda ffeil hanes: beth newidiodd rhwng y diwrnod
                          (neu'r eiliad) hwn a --as-of (neu nawr), mewn un
                          gorchymyn
  --trend <adroddiad>     Adroddiad cynharach, neu ffolder ohonynt, i ddangos
                          y materion ym mhob un o'r 8 gwiriad diwethaf (gellir
                          ei ailadrodd)
  --overview              Sawl prosiect: dangos y trosolwg a chanfyddiadau'r
                          portffolio, nid materion pob prosiect
  --threads <n>           Sawl prosiect: gwirio hyd at n ffeil ar yr un pryd
                          ar edafedd gweithio (rhagosodiad: creiddiau'r
                          cyfrifiadur, hyd at 8, o 16 ffeil); mae 1 yn eu
                          gwirio fesul un yn y broses hon. Yr un yw'r
                          adroddiad y naill ffordd neu'r llall
  --allow-unverified      Darllen hanes a gadwyd heb gadwyn o stwnshiau
                          (fersiwn fformat 1); mae pob fformat wedyn yn
                          rhybuddio na ellir ei wirio
  -h, --help              Dangos y cymorth hwn

Allbwn JSON yw adroddiad check() y llyfrgell, fel y'i disgrifir gan
"coproduce schema report"; mae --min-severity yn gadael materion allan ohono
ac yn eu hailgyfrif, ac mae --anonymise yn disodli enwau ynddo. Mae ffeil CSV
a ysgrifennir gyda --out yn dechrau gyda nod trefn beit fel bod Excel yn ei
darllen fel UTF-8; mae unrhyw gell sy'n dechrau gydag = + - neu @ yn cael ' o'i
blaen, fel na fydd byth yn rhedeg fel fformiwla.
Mae SARIF yn gosod pob mater ar linell ei gofnod yn ffeil y prosiect, wedi'i
henwi o'i chymharu â'r ffolder rydych yn rhedeg y gorchymyn ynddo.

Codau gadael: 0 dim mater ar lefel --fail-on neu'n uwch; 1 materion ar y lefel
honno neu'n uwch; 2 mewnbwn neu ddefnydd annilys.

Enghreifftiau:
${CHECK_EXAMPLES}
`,
  'help.validate': `Defnydd: coproduce validate <ffeil...> [opsiynau]

Yn dilysu ffeiliau prosiect, ffeiliau rheolau a ffeiliau ffurfweddu (a
rhagosodiadau setiau rheolau, adroddiadau JSON wedi'u cadw, a questions.json,
negeseuon a phrofion rheolau pecyn fframwaith). Caiff math pob ffeil ei
ddarllen o'i "$schema" (project.schema.json, rule.schema.json,
config.schema.json...) neu, hebddo, o'i siâp. Caiff ffeiliau rheolau hefyd eu
gwirio yn erbyn y ffeithiau, y gweithredwyr a chwestiynau'r fframwaith;
ffurfweddiadau gyda phob ffeil y maent yn ei hymestyn neu'n ei henwi, felly
dilyswch y ffurfweddiad sy'n enwi ffolder eich pecyn eich hun i wirio'r pecyn
cyfan.

Caiff pob problem ei hargraffu fel "ffeil: llwybr JSON: neges", pob un ohonynt.

Opsiynau:
  --quiet                 Argraffu'r problemau yn unig, nid y ffeiliau sy'n
                          ddilys
  --config-root <ffolder> Gadael i ffurfweddiadau ddarllen ffeiliau yn y
                          ffolder hwn (rhagosodiad: pob un yn ei ffolder ei
                          hun yn unig)
  --locale <tag>          Iaith y negeseuon, fel en-GB neu cy
  -h, --help              Dangos y cymorth hwn

Codau gadael: 0 mae pob ffeil yn ddilys; 2 mae gan ffeil broblemau, neu
ddefnydd annilys.

Enghraifft:
  coproduce validate project.json coproduce.config.json council-rules/*.json
`,
  'help.rules': `Defnydd: coproduce rules [opsiynau]

Yn rhestru'r rheolau sydd mewn grym ar ôl y ffurfweddiad: set, difrifoldeb,
teitl a pharamedrau pob rheol a'r cwestiwn fframwaith y mae'n ei ofyn, yna'r
rheolau sydd wedi'u diffodd.

Opsiynau:
{listOptions}
  --locale <tag>          Iaith y rhestr, fel en-GB neu cy
  -h, --help              Dangos y cymorth hwn

Enghraifft:
  coproduce rules --config coproduce.config.json
`,
  'help.explain': `Defnydd: coproduce explain <rheol> [opsiynau]

Yn esbonio un rheol: y cwestiwn fframwaith y mae'n ei ofyn, pam mae'n bwysig,
beth sy'n ei chodi, y ffeithiau a'r paramedrau y mae'n eu defnyddio, a sut i
ddatrys yr hyn y mae'n ei ganfod. Dangosir paramedrau, difrifoldeb a
negeseuon fel y'u ffurfweddwyd.

Opsiynau:
{config}
  --locale <tag>          Yr iaith i esbonio ynddi, fel en-GB neu cy
  -h, --help              Dangos y cymorth hwn

Enghraifft:
  coproduce explain quiet-members
`,
  'help.questions': `Defnydd: coproduce questions [cwestiwn neu adran...] [opsiynau]

Yn rhestru cwestiynau'r fframwaith, adran wrth adran: dynodydd pob cwestiwn
(y dynodydd y mae rheol yn ei enwi yn "questions"), y cwestiwn yng ngeiriau
coproduce ei hun, y cofnodion a all ei ateb, a rheolau'r ffurfweddiad sy'n ei
ofyn. Enwch ddynodyddion cwestiynau, neu'r rhan cyn y dot (readiness, during,
honesty, governance), i ddangos y rheini yn unig.

Opsiynau:
{listOptions}
  --locale <tag>          Iaith y rhestr, fel en-GB neu cy (rhestrir y
                          cofnodion sy'n ateb pob cwestiwn yn Saesneg yn unig)
  -h, --help              Dangos y cymorth hwn

Enghreifftiau:
${QUESTIONS_EXAMPLES}
`,
  'help.facts': `Defnydd: coproduce facts [rhan] [opsiynau]

Yn rhestru'r hyn y gall rheol ei ddarllen. Ysgrifennir ffeithiau datganiadol
yn "define" ffeil rheolau (neu lyfrgell y ffeithiau, rules/facts/) o'r blociau
adeiladu hyn: casgliadau prosiect a'u meysydd, y mesurau, a'r hidlau. Yna
daw ffeithiau'r catalog, wedi'u grwpio yn ôl yr hyn y maent yn ei fesur, pob
un gyda'r rheolau sy'n ei darllen ac o ble y daw (llyfrgell y ffeithiau neu
god y llyfrgell ei hun).

Rhannau (rhagosodiad: pob un ohonynt):
  collections   pob casgliad, math ei bwnc a'i feysydd
  measures      count, share, sum, min, max, latest, earliest, age, list,
                value, choose, checklist
  filters       y cymariaethau y gall "where" eu gwneud, a'r terfynau
  catalogue     ffeithiau'r catalog yn ôl yr hyn y maent yn ei fesur

Opsiynau:
{listOptions}
  --locale <tag>          Iaith negeseuon coproduce a’r disgrifiadau, fel
                          en-GB neu cy (mae --format json yn disgrifio yn
                          Saesneg)
  -h, --help              Dangos y cymorth hwn

Enghraifft:
  coproduce facts collections
`,
  'help.init': `Defnydd: coproduce init [ffolder]

Yn dechrau prosiect newydd mewn ffolder (rhagosodiad: yr un presennol): yn
ysgrifennu project.json, dogfen prosiect i ddechrau, a coproduce.config.json,
ffurfweddiad cyngor sy'n ymestyn y rheolau a argymhellir. Mae'r ddwy yn enwi
eu JSON Schema yn "$schema", fel y gall golygyddion eu gwirio wrth i chi
deipio. Ni fydd yn trosysgrifo'r naill ffeil na'r llall os yw'n bodoli.

Opsiynau:
  --locale <tag>   Iaith y negeseuon, fel en-GB neu cy
  -h, --help       Dangos y cymorth hwn

Enghraifft:
  coproduce init young-carers-transport
`,
  'help.schema': `Defnydd: coproduce schema <project|rule|config|report|portfolio-report>

Yn argraffu JSON Schema: dogfen prosiect, ffeil rheolau, ffurfweddiad cyngor,
adroddiad gwirio (JSON "coproduce check --format json") neu adroddiad
portffolio (yr un peth, ar gyfer sawl prosiect).
Mae golygyddion yn eu defnyddio i wirio ffeiliau wrth i chi deipio; mae
systemau eraill yn eu defnyddio i ddilysu'r hyn y maent yn ei gyfnewid.

Opsiynau:
  --out <ffeil>    Ysgrifennu'r sgema i ffeil yn lle'r derfynell
  --locale <tag>   Iaith y negeseuon, fel en-GB neu cy
  -h, --help       Dangos y cymorth hwn

Enghraifft:
  coproduce schema report --out report.schema.json
`,
  'help.test': `Defnydd: coproduce test <ffolder pecyn | ffeil brawf...> [opsiynau]

Yn rhedeg profion rheolau eich pecyn fframwaith eich hun: pob
tests/<rule-id>.json yn ffolder y pecyn (neu bob ffeil brawf a enwir), yn
erbyn y rheolau fel y mae'r ffurfweddiad yn eu gosod. Mae ffeil brawf yn
dal prosiectau a ddylai basio, cael eu nodi neu fod angen eu hadolygu,
wedi'u hysgrifennu fel JSON, felly gallwch ychwanegu achos heb ysgrifennu
cod. Mae pob ffeil yn dweud a basiodd; mae achos sy'n methu yn dweud beth
wnaeth y rheol yn lle hynny.

Opsiynau:
{listOptions}
  --locale <tag>          Iaith y canlyniadau, fel en-GB neu cy
  -h, --help              Dangos y cymorth hwn

Codau gadael: 0 pasiodd pob prawf; 1 methodd prawf neu nid oedd modd ei
ddarllen; 2 mewnbwn neu ddefnydd annilys.

Enghreifftiau:
  coproduce test youth-voice
  coproduce test youth-voice/tests/young-people-share.json --format json
`,

  'usage.seeHelp': 'Rhedwch "coproduce --help" i weld sut i’w ddefnyddio.',
  'usage.seeCommandHelp': 'Rhedwch "coproduce {command} --help" i weld sut i’w ddefnyddio.',
  'usage.unknownCommand': 'gorchymyn anhysbys "{name}"',
  'usage.unknownCommandGuess': 'gorchymyn anhysbys "{name}"; ai "{guess}" oedd dan sylw?',
  'usage.notAnOption': 'nid yw {option} yn opsiwn i coproduce ei hun; enwch orchymyn yn gyntaf',
  'usage.unknownOption': 'opsiwn anhysbys {option}',
  'usage.needsValue': 'mae angen gwerth ar {option}',
  'usage.unexpectedArgument': 'dadl annisgwyl "{argument}"',
  'usage.oneOf': 'rhaid i --{option} fod yn un o {allowed}, nid "{value}"',
  'usage.oneOfGuess':
    'rhaid i --{option} fod yn un o {allowed}, nid "{value}"; ai {guess} oedd dan sylw?',
  'usage.locale': 'mae angen tag iaith fel en-GB neu cy ar --locale',
  'usage.configOrNoConfig': 'defnyddiwch --config neu --no-config, nid y ddau',
  'usage.configRoot': 'mae angen --config ar --config-root, neu coproduce.config.json i’w ganfod',
  'usage.checkFile': 'enwch ffeil y prosiect i’w gwirio',
  'usage.outExtension':
    '--out {out}: mae coproduce yn ysgrifennu testun (.txt), JSON (.json), Markdown (.md), HTML (.html), CSV (.csv) neu SARIF (.sarif), nid {ext}',
  'usage.outPdf':
    '--out {out}: mae coproduce yn ysgrifennu testun (.txt), JSON (.json), Markdown (.md), HTML (.html), CSV (.csv) neu SARIF (.sarif), nid {ext}; am PDF, ysgrifennwch yr adroddiad HTML a’i argraffu i PDF o borwr',
  'usage.outFormat':
    'mae --out {out} yn enw ffeil {kind}, ond --format yw {format}: rhowch {ext} ar ddiwedd enw’r ffeil, neu gadewch --format allan',
  'usage.notADate': 'nid yw --{option} "{value}" yn ddyddiad calendr go iawn',
  'usage.dateForm':
    'rhaid i --{option} fod yn ddyddiad fel 2026-11-20 neu’n ddyddiad ac amser gyda gwrthbwyso fel 2026-11-20T09:30:00Z, nid "{value}"',
  'usage.sarifPortfolio':
    'mae --format sarif ar gyfer un prosiect: gwiriwch bob prosiect ar ei ben ei hun, neu defnyddiwch json neu csv',
  'usage.onlyOneProject': 'mae --{option} yn gweithio gydag un prosiect, nid sawl un',
  'usage.overview': 'mae --overview ar gyfer sawl prosiect',
  'usage.threads': 'mae angen rhif cyfan o edafedd, 1 neu fwy, ar --threads, nid "{value}"',
  'usage.sinceHistory':
    'mae angen ffeil hanes ar --since (hanes y prosiect wedi’i gadw), fel y gellir gwirio’r prosiect fel yr oedd ar y diwrnod hwnnw',
  'usage.sinceOrBaseline': 'defnyddiwch --since neu --baseline, nid y ddau',
  'usage.sinceOrder': 'rhaid i --since fod yn gynharach na --as-of (neu nawr)',
  'usage.explainRule': 'enwch y rheol i’w hesbonio, fel quiet-members',
  'usage.explainOne': 'mae explain yn cymryd un dynodydd rheol',
  'usage.rulesFiles':
    'nid yw rules yn cymryd enwau ffeiliau; defnyddiwch --config <ffeil> (i esbonio un rheol: coproduce explain {id})',
  'usage.factsOne': 'mae facts yn cymryd un rhan ar y mwyaf',
  'usage.factsPart': 'nid oes rhan "{part}": defnyddiwch {parts}',
  'usage.initOne': 'mae init yn cymryd un ffolder ar y mwyaf',
  'usage.schemaName': 'enwch un sgema: {names}',
  'usage.schemaUnknown': 'nid oes sgema "{name}": defnyddiwch {names}',
  'usage.validateFile': 'enwch o leiaf un ffeil i’w dilysu',

  'file.folder': 'ffolder yw hwn, nid ffeil',
  'file.notRegular': 'nid yw’n ffeil arferol (dyfais, pibell neu soced)',
  'file.tooLarge': 'mae’n fwy na {mb} MB',
  'file.missing': 'nid oes ffeil o’r fath',
  'file.denied': 'caniatâd wedi’i wrthod',
  'file.cannotUse': 'ni ellir defnyddio {file}: {reason}.',
  'file.cannotWrite': 'ni ellir ysgrifennu {file}: {reason}.',
  'file.noFolder': 'nid yw’r ffolder yn bodoli',
  'file.isFolder': 'ffolder yw hwn',
  'system.EACCES': 'caniatâd wedi’i wrthod',
  'system.EPERM': 'caniatâd wedi’i wrthod',
  'system.ENOENT': 'nid oes ffeil na ffolder o’r fath',
  'system.ENOTDIR': 'mae ffolder yn y llwybr yn ffeil',
  'system.EISDIR': 'ffolder yw hwn, nid ffeil',
  'system.ELOOP': 'gormod o ddolenni symbolaidd',
  'system.ENAMETOOLONG': 'mae’r enw’n rhy hir',
  'system.EMFILE': 'mae gormod o ffeiliau ar agor',

  'problem.line': 'llinell {line}',
  'problem.rule': ' (rheol {id})',
  'problem.summary': '{n:count:problem:problem}:',
  'problem.summaryFile': '{file}: {n:count:problem:problem}:',

  'check.skipped': 'Hepgorwyd {file}: nid yw’n ffeil prosiect.',
  'check.cannotCheck': 'ni ellir gwirio {n} o {total} ffeil; ni wnaed adroddiad.',
  'check.notProject': 'nid yw’n brosiect nac yn hanes prosiect',
  'check.noProjects': 'nid oes ffeil prosiect i’w gwirio yn y ffolderi a roddwyd.',
  'check.notAProject': '{file}: nid yw’n brosiect nac yn hanes prosiect.',
  'check.wrotePortfolio':
    'Ysgrifennwyd yr adroddiad {format} o {n:count:prosiect:prosiect} i {file}',
  'explain.noRule':
    'nid oes rheol "{id}". Rhedwch "coproduce rules" i restru’r rheolau sydd mewn grym.',
  'explain.noRuleGuess':
    'nid oes rheol "{id}"; ai "{guess}" oedd dan sylw? Rhedwch "coproduce rules" i restru’r rheolau sydd mewn grym.',
  'questions.none':
    'nid oes cwestiwn na grŵp o gwestiynau "{name}". Rhedwch "coproduce questions" i’w rhestru i gyd.',
  'questions.noneGuess':
    'nid oes cwestiwn na grŵp o gwestiynau "{name}"; ai "{guess}" oedd dan sylw? Rhedwch "coproduce questions" i’w rhestru i gyd.',
  'init.isFile': 'ffeil yw {dir}, nid ffolder.',
  'init.exists':
    'mae {files} yn bodoli eisoes; nid yw init byth yn trosysgrifo ffeil. Ni ysgrifennwyd dim.',
  'init.exist':
    'mae {files} yn bodoli eisoes; nid yw init byth yn trosysgrifo ffeil. Ni ysgrifennwyd dim.',
  'init.existsNow': 'mae {file} yn bodoli eisoes; nid yw init byth yn trosysgrifo ffeil.',
  'init.here': 'y ffolder presennol',
  'init.wrote': 'Ysgrifennwyd {project} a {config} yn {where}.',
  'init.next': 'Nesaf:',
  'init.step1':
    '1. Llenwch {project}: ei ddiben, ei gylch gwaith, ei ganlyniadau, ei grŵp a’i gyfarfodydd.',
  'init.step2':
    '2. Diffoddwch reolau neu newidiwch nhw yn {config} (mae "coproduce rules" yn eu rhestru).',
  'init.step3':
    '3. Gwiriwch ef: coproduce check {project} (mae’n canfod {config} ar ei ben ei hun)',
  'validate.kind.project': 'prosiect',
  'validate.kind.rule': 'ffeil reolau',
  'validate.kind.config': 'ffurfweddiad',
  'validate.kind.preset': 'rhagosodiad set reolau',
  'validate.kind.report': 'adroddiad gwirio',
  'validate.kind.questions': 'catalog cwestiynau',
  'validate.kind.packMessages': 'ffeil negeseuon pecyn fframwaith',
  'validate.kind.ruleTest': 'ffeil profion rheol',
  'validate.kind.file': 'ffeil',
  'validate.unknownKind':
    'ni ellir dweud pa fath o ffeil yw hon: ychwanegwch "$schema" sy’n enwi project.schema.json, rule.schema.json neu config.schema.json (neu, mewn pecyn fframwaith, questions.schema.json, pack-messages.schema.json neu rule-test.schema.json)',
  'validate.valid': '{file}: {kind} dilys',
  'validate.validWarned': '{file}: {kind} dilys, gydag {n:count:rhybudd:rhybudd}',
  'validate.warning': 'rhybudd: {message}',
  'validate.blocked':
    '{file}: ni ellir defnyddio’r {kind} nes bod y ffeiliau y mae’n eu henwi wedi’u cywiro',
  'validate.summary': '{n:count:problem:problem} mewn {files:count:ffeil:ffeil}.',

  'bug.head':
    'coproduce: aeth rhywbeth o’i le y tu mewn i coproduce. Nam yn coproduce yw hwn,\nnid problem gyda’ch ffeiliau.',
  'bug.reportAt': 'Rhowch wybod amdano yn {where}, gyda’r gorchymyn a redoch a’r testun isod.',
  'bug.report':
    'Rhowch wybod amdano i gynhalwyr coproduce, gyda’r gorchymyn a redoch a’r testun isod.',

  'format.text': 'testun (.txt)',
  'format.json': 'JSON (.json)',
  'format.markdown': 'Markdown (.md)',
  'format.html': 'HTML (.html)',
  'format.csv': 'CSV (.csv)',
  'format.sarif': 'SARIF (.sarif)',
  'report.notJson': '{file}: nid yw’r adroddiad yn JSON dilys.',
  'report.otherProject':
    '{file}: mae’r adroddiadau hyn o ddau brosiect gwahanol ("{before}" a "{after}"): cymharwch wiriadau o un prosiect.',

  'facts.collections': 'Casgliadau',
  'facts.collectionsIntro':
    'Yr hyn y mae mesur yn rhedeg drosto ("of"). Darllenir pob maes o fodel y prosiect; gellir defnyddio maes sy’n enwi cofnod arall (dynodydd) yn "groupBy" i roi un canfyddiad i bob aelod neu destun arall.',
  'facts.collectionScoped': '{name} (testunau: {scope})',
  'facts.field': '- {name}: {type}',
  'facts.fieldDerived': '- {name}: {type}; wedi’i gyfrifo gan y llyfrgell: {description}',
  'facts.measures': 'Mesurau',
  'facts.measuresIntro': 'Yr hyn y mae ffaith a ddatganwyd yn ei gyfrifo ("measure").',
  'facts.filters': 'Hidlau',
  'facts.filtersIntro':
    'Mae "where" (a "among", "subjects", achos "choose") yn gymhariaeth o un maes, neu "all", "any" a "not" o rai eraill. Mae cymhariaeth ar faes nad yw wedi’i gofnodi yn anwir, ac eithrio "present" a "text". Gall unrhyw werth fod yn { "param": enw }, paramedr o’r rheol.',
  'facts.limits':
    'Terfynau: {definitions} o ffeithiau a ddatganwyd y rheol ar y mwyaf; mae hidlau’n nythu {depth} o lefelau ar y mwyaf gyda {leaves} o gymariaethau y ffaith ar y mwyaf; dim ond y tu mewn i achos "choose" y profir mesur, a byth y tu mewn i hidl mesur arall; {cases} o achosion, {items} o eitemau rhestr wirio, {values} o werthoedd rhestredig ar y mwyaf. Felly mae ffaith yn costio un tro dros bob casgliad y mae’n ei ddarllen ar y mwyaf ar gyfer pob cymhariaeth: llinol ym maint y prosiect.',
  'facts.catalogue': 'Ffeithiau’r catalog, yn ôl yr hyn y maent yn ei fesur',
  'facts.catalogueIntro':
    'Gall pob rheol ddarllen y rhain wrth eu henw. Mae ffeithiau o’r llyfrgell ffeithiau yn ddatganiadol (rules/facts); mae’r gweddill wedi’u hysgrifennu yng nghod y llyfrgell am fod eu hangen (cylchfaoedd amser, mesurau crynhoad, geiriad wedi’i adeiladu o sawl cofnod).',
  'facts.topic.Shared understanding and readiness': 'Dealltwriaeth gyffredin a pharodrwydd',
  'facts.topic.Timeframe, resources and how the work ended':
    'Amserlen, adnoddau a sut y daeth y gwaith i ben',
  'facts.topic.Taking part and being heard': 'Cymryd rhan a chael eich clywed',
  'facts.topic.Times, places and access': 'Amseroedd, lleoedd a mynediad',
  'facts.topic.Power, leadership and the usual participants':
    'Pŵer, arweinyddiaeth a’r cyfranogwyr arferol',
  'facts.topic.Honesty about what is possible': 'Gonestrwydd am yr hyn sy’n bosibl',
  'facts.topic.Governance': 'Llywodraethu',
  "facts.topic.The group's reflections": 'Myfyrdodau’r grŵp',
  'facts.topic.How many records a project holds': 'Faint o gofnodion sydd gan brosiect',
  'facts.topic.What the project has written down': 'Yr hyn y mae’r prosiect wedi’i ysgrifennu',
  'facts.measure.count': 'Faint o gofnodion casgliad sy’n pasio "where". Rhif.',
  'facts.measure.share':
    'O’r cofnodion sy’n pasio "among" (pob un pan gaiff ei adael allan), y gyfran sydd hefyd yn pasio "where", o 0 i 1. Ar goll pan fo llai na "minItems" (1 fel arfer) yn pasio "among".',
  'facts.measure.sum': 'Cyfanswm maes rhif dros y cofnodion sy’n pasio "where".',
  'facts.measure.min': 'Gwerth lleiaf maes rhif; ar goll pan nad oes un.',
  'facts.measure.max': 'Gwerth mwyaf maes rhif; ar goll pan nad oes un.',
  'facts.measure.latest':
    'Dyddiad diweddaraf maes dyddiad (mae dyddiad-ac-amser yn cyfrif yn ôl ei ddiwrnod calendr yng nghylchfa amser y prosiect); ar goll pan nad oes un.',
  'facts.measure.earliest': 'Dyddiad cynharaf maes dyddiad; ar goll pan nad oes un.',
  'facts.measure.age':
    'Diwrnodau calendr o ddyddiad diweddaraf maes dyddiad hyd heddiw (negyddol ar gyfer dyddiad sydd i ddod); ar goll pan nad oes un.',
  'facts.measure.list':
    'Gwerthoedd gwahanol maes testun, gair neu ddyddiad (testun dim ond pan fo’n dal geiriau go iawn), ar gyfer negeseuon; 100 ar y mwyaf.',
  'facts.measure.value':
    'Un maes o’r prosiect ei hun: ar goll pan nad yw wedi’i gofnodi, ac nid yw testun rhydd yn cyfrif oni bai ei fod yn dal geiriau go iawn.',
  'facts.measure.choose':
    'Gwerth yr achos cyntaf y mae ei "when" (hidl ar y prosiect, a all brofi mesur) yn wir, neu fel arall "otherwise"; mae null mewn achos yn golygu "angen adolygu".',
  'facts.measure.checklist':
    'Rhannau o’r prosiect y mae’n rhaid eu hysgrifennu: mae "gaps" yn rhestru’r rhannau na chawsant erioed eu hysgrifennu unwaith y mae’r gwaith ar y gweill, mae ar goll tra bo rhan yn ddalfan yn unig neu heb ei chytuno gan y grŵp eto, ac mae’n wag pan fo popeth yno; mae "toReview" yn rhestru’r hyn i’w gofnodi neu ei wirio.',
  'facts.otherTopic': 'Arall',
  'facts.kind': '{type}',
  'facts.kindScoped': '{type} am bob {scope}',
  'facts.parameters': '; paramedrau {names}',
  'facts.fromLibrary': 'o’r llyfrgell ffeithiau (rules/facts)',
  'facts.fromCode': 'o god y llyfrgell',
  'facts.fact': '- {id} ({kind}{parameters}; {source}): {description} {usedBy}',
  'facts.usedBy': 'Yn cael ei defnyddio gan {rules}.',
  'facts.usedByNone': 'Nid oes rheol yn ei defnyddio eto.',

  'test.passed': '{file}: wedi pasio ({n:count:achos:achos})',
  'test.failed': '{file}: wedi methu',
  'test.unusable': '{file}: nid oes modd ei rhedeg fel prawf rheol',
  'test.ruleNotLoaded':
    'nid yw’r rheol "{id}" ymhlith y rheolau a wirir yn ôl {config}: ychwanegwch ei phecyn at "extends" yn eich ffurfweddiad (fel "./fy-mhecyn", neu "coproduce:six-principles" ar gyfer y pecyn sy’n dod gyda coproduce), neu enwch y ffurfweddiad gyda --config',
  'test.summary':
    "{files:count:ffeil brawf:ffeil brawf}, wedi'u gwirio yn ôl {config}: {passed} wedi pasio, {failed} wedi methu.",
  'test.nothing':
    'enwch ffolder eich pecyn fframwaith (mae ei brofion yn tests/<rule-id>.json) neu ffeil prawf rheol',
  'test.none':
    'dim profion rheolau yn {folders}: mae pecyn yn eu cadw yn ei ffolder tests, un ffeil JSON i bob rheol',
  'test.missing': 'nid yw "{path}" yn bodoli',
  'test.tooMany': 'mwy na {max} o ffeiliau profion rheolau: rhedwch nhw un ffolder ar y tro',
};

/**
 * The command line's catalogues: locale → message id → template.
 *
 * @example
 * ```ts
 * CLI_CATALOGUES.cy['usage.checkFile']; // 'enwch ffeil y prosiect i’w gwirio'
 * // An id from outside (a problem's code) is looked up only if the catalogue has it.
 * const known = (id: string): id is CliMessageId => Object.hasOwn(CLI_CATALOGUES['en-GB'], id);
 * ```
 */
export const CLI_CATALOGUES: Readonly<
  Record<'en-GB' | 'cy', Readonly<Record<CliMessageId, string>>>
> = localeCatalogues(EN_GB, CY);

/** Help texts are whole blocks: `{config}` and `{version}` are filled in as they are. */
function isHelp(id: CliMessageId): boolean {
  return id.startsWith('help.');
}

/**
 * Values of a command-line message. A value that is itself a
 * {@link CliMessage} (a format's name) is said in the same locale.
 */
export type CliData = Readonly<Record<string, DataValue | CliMessage | undefined>>;

/**
 * Renders one command-line message in a locale's words (Welsh for `cy`,
 * `cy-GB`; English for every other tag).
 *
 * @example `cliText('cy', 'usage.checkFile') // 'enwch ffeil y prosiect i’w gwirio'`
 */
export function cliText(locale: string | undefined, id: CliMessageId, data: CliData = {}): string {
  const lang = uiLocale(locale);
  const template = CLI_CATALOGUES[lang][id];
  if (isHelp(id)) {
    // A shared block is itself help, so one may hold another (listOptions holds config).
    return template.replace(/\{(config|listOptions|version)\}/g, (whole, name: string) =>
      name === 'version'
        ? String(data[name] ?? whole)
        : cliText(locale, `help.${name as 'config' | 'listOptions'}`),
    );
  }
  const values: Record<string, DataValue | undefined> = {};
  for (const [name, value] of Object.entries(data)) {
    values[name] = isCliMessage(value) ? cliText(locale, value.id, value.data) : value;
  }
  return renderMessage(template, values, { locale: lang });
}

function isCliMessage(value: DataValue | CliMessage | undefined): value is CliMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A message to say later, in whatever locale the command line runs in: an
 * error made where the locale is not known carries one.
 *
 * @example `const said: CliMessage = { id: 'usage.checkFile', data: {} };`
 */
export interface CliMessage {
  readonly id: CliMessageId;
  readonly data: CliData;
}

/**
 * A {@link CliMessage}, for an error to render in the chosen locale.
 *
 * @example
 * ```ts
 * import { UsageError } from './io.js';
 *
 * throw new UsageError(say('usage.checkFile'), 'check');
 * ```
 */
export function say(id: CliMessageId, data: CliData = {}): CliMessage {
  return { id, data };
}
