/**
 * The words of the problems in a {@link CoproduceError}, by problem code,
 * one catalogue per locale: a front end says each problem in its reader's
 * language from the problem's `code` and `params`, and falls back to the
 * problem's English `message` for a problem without a code, or a code
 * this catalogue lacks. Pure.
 *
 * The English templates say what the library's messages say, so they are
 * the translators' source; the Welsh (`cy`) catalogue is complete and awaits
 * review by a Welsh speaker, as the report's does.
 *
 * @module
 */
import { joinList, localeCatalogues, renderMessage } from '../check/messages.js';
import type { ProblemDetail, ProblemParam } from '../model/errors.js';
import { describeLocation, itemNoun } from '../model/location.js';
import { uiLocale } from './catalogue.js';

/** The English (en-GB) problem catalogue: the source every other locale translates. */
const EN_GB = {
  // Shapes and values (from the JSON Schema checks).
  required: 'is required',
  'invalid-type': 'must be {expected}, not {received}',
  'not-whole-number': 'must be a whole number, not {value}',
  'whole-number': 'must be a whole number',
  'invalid-date': 'must be a calendar date like 2025-03-14, in the years {first} to {last}',
  'invalid-date-time':
    'must be a date and time with a time zone offset, like 2025-03-14T18:30:00+00:00, in the years {first} to {last}',
  'invalid-format': 'must be a valid {format}',
  'not-expected-form': 'is not in the expected form',
  'invalid-value': 'must be one of {allowed}',
  'invalid-literal': 'must be {allowed}',
  'invalid-choice.values': 'must be one of {allowed}',
  'invalid-choice.value': 'must be {allowed}',
  'invalid-choice.types': 'must be {types:orList}',
  'invalid-choice.valuesTypes': 'must be one of {allowed}, or {types:orList}',
  'invalid-choice.valueTypes': 'must be {allowed}, or {types:orList}',
  'no-shape': 'does not match any of the allowed shapes',
  'too-few-items': 'must hold at least {minimum:count:item:items}',
  'too-many-items': 'must hold at most {maximum:count:item:items}',
  empty: 'must not be empty',
  'too-small': 'must be at least {minimum}',
  'too-long': 'must be at most {maximum} characters long',
  'too-big': 'must be at most {maximum}',
  'not-json-data':
    'must be plain JSON data: text, a finite number, true or false, null, a list or an object',
  'unknown-field': 'unknown field: check its spelling, or keep it under "extensions"',
  'unknown-field.spelling': 'unknown field: check its spelling',
  'unknown-field.guess': 'unknown field',
  'unknown-top-field':
    'unknown field: a project document has no such field; keep a council system\'s own fields under "extensions"',
  'did-you-mean': '{message}; did you mean "{guess}"?',

  // The words of the values above.
  'type.string': 'text',
  'type.number': 'a number',
  'type.int': 'a whole number',
  'type.boolean': 'true or false',
  'type.array': 'a list',
  'type.object': 'an object',
  'type.record': 'an object',
  'type.literal': 'a fixed value',
  'type.date': 'a date',
  'type.null': 'null',

  // Records and references between them.
  'unknown-reference': 'names {aKind} "{id}", but there is none with that id',
  'duplicate-id': 'another {kind} already has the id "{id}"',
  'repeated-attendance': 'member "{id}" already has an attendance row here',
  'unknown-time-zone': '"{timeZone}" is not a time zone this platform knows',
  'decision-date':
    'is required for a decision that has been made (give its date, or status "planned" with a due date)',
  'outcome.flagged': 'flagged',
  'outcome.needs-review': 'needs review',
  'outcome.passed': 'passed',
  'outcome.not-applicable': 'not applicable',
  'record.member': 'member',
  'record.activity': 'activity',
  'record.decision': 'decision',
  'record.senior leader': 'senior leader',
  'record.learning entry': 'learning entry',
  'record.reflection': 'reflection',
  'record.idea': 'idea',
  'record.agreement': 'agreement',
  'record.outcome': 'outcome',
  'record.related engagement': 'related engagement',
  'record.acknowledgement': 'acknowledgement',
  'record.milestone': 'milestone',
  'record.perspective': 'perspective',
  'record.flow': 'flow',
  'record.responsibility': 'responsibility',
  'record.recommendation': 'recommendation',
  'record.reciprocity entry': 'reciprocity entry',

  // Commands and histories (the state layer): dates out of order, records and
  // items a command names that are not there, and what a history file breaks.
  'date-order.member': 'is before the member joined',
  'date-order.activity': 'is before the activity starts',
  'date-order.timeframe': 'is before the timeframe starts',
  'date-order.member.before': 'is before the member joined ({date})',
  'date-order.member.after': 'is after the member left ({date})',
  'date-order.activity.before': 'is before the activity starts ({date})',
  'date-order.activity.after': 'is after the activity ends ({date})',
  'date-order.timeframe.before': 'is before the timeframe starts ({date})',
  'date-order.timeframe.after': 'is after the timeframe ends ({date})',
  'date-order.history-entry': 'is before the entry before it ({date})',
  'changed-and-cleared': '"{field}" cannot be both changed and cleared',
  'unknown-id': 'there is no {kind} with the id "{id}"',
  'unknown-term': 'there is no glossary entry with the term "{term}"',
  'no-action': '{kind} "{id}" has {count:count:action:actions}; there is none at index {index}',
  'no-involvement-point':
    '{kind} "{id}" has {count:count:involvement point:involvement points}; there is none at index {index}',
  'action-done': 'that action was already done on {date}',
  'involvement-point-done': 'that involvement point was already done on {date}',
  'milestone-done': 'milestone "{id}" was already done on {date}',
  'already-left': 'member "{id}" already left on {date}',
  'listed-twice': 'lists "{value}" twice',
  'already-shared': 'learning "{id}" is already recorded as shared with "{audience}" on {date}',
  'entry-member-fixed':
    'cannot change: the entry stays with member "{id}"; remove it and add a new entry for the other member',
  'no-governance-route': 'is required: decision "{id}" has no governance route yet',
  'unknown-command-type': '"{type}" is not a known command type; see commandTypes for the list',
  'unknown-command-type.family':
    '"{type}" is not a known command type; the {family} commands are {commands}',
  'not-a-command': 'must be a command: an object with a "type" and a "payload"',
  'command-type-not-text': 'must be text, such as "member/add"',
  'batch-too-deep': 'a batch may hold batches at most {depth} deep',
  'not-a-project': 'must be a project, such as one from parseProject()',
  'not-a-command-list': 'must be a list of commands',
  'erasure-reason-required': 'is required: text, such as the reference of the erasure request',
  'history-initial-hash-required': 'is required: it starts the chain of hashes',
  'history-initial-changed':
    'was changed after the history was recorded: it does not match initialHash',
  'history-entry-hash-required': 'is required: it links this entry to the one before',
  'history-first-entry-changed':
    'was changed after it was recorded, or is not the first entry: its hash does not match',
  'history-entry-changed':
    'was changed after it was recorded, or an entry before it was removed: its hash does not follow from entry {previous}',
  'history-fields-lost': 'lead to a project with fields missing',
  'history-version-newer': 'version {version} is newer than {supported}: upgrade coproduce',
  'history-unchained': 'is 1: a history without hashes cannot be verified',
  'history-cursor-too-big': 'must be at most {entries}, the number of entries',
  'history-inverse-mismatch': 'do not lead back to the project before this entry',
  'history-command-mismatch':
    'was changed after it was recorded: its command does not make the changes stored with it',
  'history-project-older': 'is {version}: histories of older project versions are not migrated',
  'project-version-newer': 'version {version} is newer than {supported}: upgrade coproduce',
  'project-version-older': 'must be {oldest} to {supported}',
  'invalid-date-object': 'is an invalid Date',
  'option-instant':
    'must be a Date or a date and time with a time zone offset, like 2025-03-14T18:30:00+00:00',
  'history-at-early':
    'is before the entry it would follow ({date}); a history is kept in time order',
  'acknowledgement-named-twice':
    'name the issue one way: by its issue id, or by its rule (and subject), not both',
  'acknowledgement-unnamed': 'name the issue: give its issue id, or its rule id and subject',
  'acknowledgement-subject-no-rule': 'a subject names a record for a rule: give the ruleId',
  'acknowledgement-review-early': 'must not be before the day it was acknowledged',

  // Documents too long, too wrong or too old to read.
  'not-json-text': 'must be JSON text',
  'json-too-long': 'is longer than {max} characters',
  'migration-failed': 'could not be migrated from schema version {from} to {to}',
  'more-problems-capped': '…and {n} more problems, not listed; fix these first',
  'more-problems-unlisted': '…and {n} more problems, not listed',

  // JSON that cannot be read, and where the mistake is.
  'invalid-json.ends-early':
    'is not valid JSON: it ends too early: a closing "}", "]" or quote is missing',
  'invalid-json.unclosed-bracket':
    'is not valid JSON: it ends too early: the "{open}" on line {line}, column {column} is never closed',
  'invalid-json.unclosed-quote':
    'is not valid JSON: it ends too early: the quote on line {line}, column {column} is never closed',
  'invalid-json.not-json':
    'is not valid JSON: it is not JSON{where}: a JSON file starts with "{" or "["',
  'invalid-json.comment': 'is not valid JSON: a comment{where}: JSON has no comments',
  'invalid-json.curly-quote':
    'is not valid JSON: a curly quote{where}: JSON needs straight double quotes ("), as a word processor may have changed them',
  'invalid-json.single-quote':
    'is not valid JSON: a single quote{where}: JSON needs double quotes (")',
  'invalid-json.trailing-comma':
    'is not valid JSON: a comma before "{before}"{where}: JSON allows no comma after the last item',
  'invalid-json.missing-comma':
    'is not valid JSON: a comma is missing{where}, or a quote or bracket is not closed',
  'invalid-json.other': 'is not valid JSON: something that is not valid JSON{where}',
  'invalid-json.duplicate-key':
    'is ambiguous JSON: the key "{key}" on line {line}, column {column} is already given on line {firstLine} in the same object: only the last would be read, so keep one',
  'invalid-json.where': ' (line {line}, column {column})',

  // Configurations and rule files.
  'unknown-rule': 'unknown rule id "{id}"',
  'unknown-rule-messages': 'unknown rule id "{id}" in the "{locale}" messages',
  'depends-on-itself': 'a rule cannot depend on itself',
  'subject-in-review-message':
    'names {subject}, which an issue about the project as a whole does not have: when the rule cannot tell at all, that issue shows the general text instead; put the text about one record in "needsReviewSubject" and write "needsReview" without {subject}',
  'subject-in-action':
    'names {subject}, which an issue about the project as a whole does not have: when the rule cannot tell at all, that issue shows the general action instead; say what to do then in "needsReviewAction"',
  'review-subject-whole':
    'a rule about the project as a whole raises no issue about one of its records: say it in "needsReview"',
  'depends-on-portfolio': 'the rule "{id}" runs in a portfolio check, not with this one',
  'depends-on-project': 'the rule "{id}" runs in a project check, not with this one',
  'depends-on-loop': 'the rule "{id}" depends on this one in turn: remove one of the two',
  'unknown-parameter': 'unknown parameter "{name}" of the rule "{rule}": use {allowed}',
  'no-parameters': 'the rule "{rule}" has no parameters',
  'unknown-declared-fact': 'the rule "{rule}" declares no fact "{name}": use {allowed}',
  'no-declared-facts': 'the rule "{rule}" declares no facts of its own to describe',
  'unknown-rule-parameter': 'unknown parameter "{name}" of the rule "{rule}"',
  'unknown-fact': 'unknown fact "{id}"',
  'unknown-operator': 'unknown operator "{operator}": use one of {allowed}',
  'unknown-operator.guess':
    'unknown operator "{operator}"; did you mean "{guess}"?: use one of {allowed}',
  'unknown-question': 'unknown question id "{id}"',
  'question-in-pack':
    'unknown question id "{id}": it belongs to a framework pack that is not loaded; add the pack\'s preset to "extends"',
  'unknown-section':
    'unknown section "{section}": a rule belongs in one of the framework\'s sections ({allowed}), or in a section the configuration adds in "sections"',
  'unknown-section.guess': 'unknown section "{section}"; did you mean "{guess}"?',
  'more-problems': '…and {n:count:more problem:more problems}, not listed; fix these first',

  // A rule's conditions, subjects, message facts and texts (ruleset/).
  'operator-fact-type':
    '"{operator}" cannot test the fact "{fact}", which is {type}: it tests {allowed}',
  'operator-true-not-fact': '"{operator}" needs the value true, not a fact',
  'operator-value-fact-type': '"{operator}" cannot compare with the fact "{fact}", which is {type}',
  'fact-scope': 'the fact "{fact}" finds {found} subjects, but the rule\'s scope is "{scope}"',
  'subjects-not-allowed':
    'a {scope} rule has no subjects: remove "subjects" or give the rule a subject scope',
  'subjects-missing': 'a {scope} rule must name its findings fact in "subjects": { "fact": ... }',
  'subjects-not-findings': 'the fact "{fact}" is {type}, not a findings fact',
  'subjects-not-in-conditions':
    'the fact "{fact}" must be used in the conditions, which give its parameters',
  'message-fact-in-conditions':
    'the conditions already read the fact "{fact}", so messages can use it: remove it from "facts"',
  'message-fact-twice':
    'the fact "{fact}" is listed twice in "facts": a message can show only one value for it',
  'unknown-placeholder-title':
    'unknown placeholder "{placeholder}": a title may only use parameters',
  'unknown-placeholder':
    'unknown placeholder "{placeholder}": use a parameter, {subject}, a key of the findings data, or a fact the rule reads in its conditions or lists in "facts"',
  'placeholder-fact-not-read':
    '"{placeholder}" is a fact the rule declares but does not read in its conditions: to show it in a message, add { "fact": "{fact}" } to the rule\'s "facts" list',
  'placeholder-date-format':
    '"{placeholder}" is a date: write {suggestion} to show it in words, such as "1 June 2026"',
  'placeholder-not-name':
    '"{placeholder}" is not a placeholder: use {open}name{close} or {open}name:format{close}',
  'placeholder-unknown-format':
    '"{placeholder}" asks for the unknown format "{format}": use {allowed}',
  'placeholder-no-arguments':
    '"{placeholder}": the format "{format}" takes no arguments, use {open}{name}:{format}{close}',
  'placeholder-count-nouns':
    '"{placeholder}": the format "count" needs a singular and a plural noun, and may add the words for none, like {open}{name}:count:meeting:meetings{close} or {open}{name}:count:meeting:meetings:no meetings{close}',
  'placeholder-count-words':
    '"{placeholder}": each noun of "count" must be a word or words, without spaces at either end',
  'placeholder-stray-brace': 'has a "{open}" or "{close}" that does not belong to a placeholder',
  // A condition's value, and the parameters of the facts a condition reads.
  'condition-value.true': 'must be true for "{operator}"',
  'condition-value.number': 'must be a number for "{operator}"',
  'condition-value.share': 'must be a share from 0 to 1 for "{operator}"',
  'condition-value.scalar': 'must be text, a number or true/false for "{operator}"',
  'condition-value.scalar-list': 'must be a list of values for "{operator}"',
  'condition-value.string': 'must be text for "{operator}"',
  'condition-value.string-list': 'must be a list of text for "{operator}"',
  'condition-unknown-parameter': 'unknown parameter "{name}": the rule has {allowed}',
  'condition-no-parameters': 'unknown parameter "{name}": the rule has no parameters',
  'fact-no-parameters': 'the fact "{fact}" takes no parameters',
  'unknown-fact-parameter': 'unknown parameter "{name}" of the fact "{fact}": it takes {allowed}',
  'fact-parameter-type':
    'the parameter "{parameter}" is {type}, but the fact "{fact}" needs {needed} for "{name}"',
  'fact-parameter-missing': 'the fact "{fact}" needs the parameter "{name}"',
  'value-list': 'must be a list of values',
  'value-days': 'must be a whole number of days, 0 or more',
  'value-one-or-more': 'must be a whole number, 1 or more',

  // A rule file's names and a declared fact's grammar (the schemas' own words).
  'kebab-name':
    '{what} must be kebab-case: lower-case letters and digits joined by single hyphens, like "quiet-members"',
  'camel-name':
    '{what} must be camelCase letters and digits, starting with a lower-case letter, like "quietMeetings"',
  'rule-id-file-name': 'the id "{id}" must match the file name "{file}"',
  'unknown-preset': 'unknown preset "{preset}": use {anyOf}',
  'what.rule-id': 'a rule id',
  'what.rule-set-name': 'a rule set name',
  'what.tag': 'a tag',
  'what.preset-id': 'a preset id',
  'what.parameter-name': 'a parameter name',
  'what.fact-id': 'a fact id',
  'what.fact-parameter-name': 'a fact parameter name',
  'prototype-name': 'must not be {keys}',
  'parameter-subject-reserved': '"subject" is reserved for the subject\'s label in messages',
  'invalid-id':
    'must be an id: 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  'declared-camel-name': 'must be camelCase letters and digits, starting with a lower-case letter',
  'declared-prototype-key': 'must not be a prototype key',
  'declared-field-path': 'must be a dot path of field names, like "governance.route"',
  'declared-path-prototype': 'must not use {keys}',
  'declared-path-segments': 'must have at most {max} segments',
  'declared-date-operand': 'must be "today", "now" or a date',
  'declared-field-needs-comparison': 'the field needs one comparison: {operators}',
  'declared-measure-needs-comparison': 'the measure needs one comparison: {operators}',
  'declared-flag-needs-comparison': 'the flag needs one comparison: {operators}',
  'declared-one-comparison': 'must make one comparison, not {allOf}: use "all" to make several',
  'declared-filter-shape':
    'must be { "all": [...] }, { "any": [...] }, { "not": {...} }, or a comparison of one "field"',
  'declared-one-head': 'must use only one of {allOf}',
  'declared-comparison-beside': 'a comparison belongs with a "field", not beside "{head}"',
  'declared-checklist-one-field':
    'must name exactly one field, as "text", "texts", "present" or "agreedBy"',
  'declared-too-many-facts': 'may declare at most {max} facts',
  'library-fact-description': 'a fact of the library needs a "description"',

  // A rule's declared facts (its "define"): collections, fields and comparisons.
  'declared-name-taken':
    '"{name}" is already a fact of the catalogue: give the declared fact another name',
  'declared-no-parameters': 'unknown parameter "{name}": there are no parameters here',
  'unknown-collection': 'unknown collection "{name}": use one of {allowed}',
  'unknown-collection.guess': 'unknown collection "{name}"; did you mean "{guess}"?',
  'unknown-key': 'unknown key "{key}"',
  'declared-unknown-field': 'unknown field "{field}" of {of}',
  'declared-no-fields-inside': '"{field}" has no fields inside it',
  'declared-list-inside':
    '"{field}" is a list: the language cannot look inside the records of a list; use a collection instead',
  'declared-type-no-fields': '"{field}" is {fieldType}, with no fields inside it',
  'declared-unreadable-field':
    '"{field}" cannot be read by declarative facts (it mixes several shapes, or belongs to a council\'s own extensions)',
  'declared-compares.one-value': '"{operator}" compares one value, but this is {fieldType}',
  'declared-compares.numbers': '"{operator}" compares numbers, but this is {fieldType}',
  'declared-compares.lists': '"{operator}" compares lists, but this is {fieldType}',
  'declared-compares.free-text':
    '"{operator}" compares free text or a list of text, but this is {fieldType}',
  'declared-compares.dates': '"{operator}" compares dates, but this is {fieldType}',
  'declared-not-one-of': '"{value}" is not one of {allowed}',
  'declared-date-value': 'must be a date like "2026-04-01"',
  'declared-not-comparable': 'cannot be compared with a value',
  'declared-refers-to-misplaced':
    '"refersTo" belongs with a "field" that names other records, such as "memberId"',
  'declared-not-a-date': '"{date}" is not a date',
  'declared-no-record': 'there is no record here whose other fields could be read',
  'declared-field-not-date': '"{field}" is {fieldType}, not a date',
  'declared-adds-numbers': '"{measure}" adds up numbers, but "{field}" is {fieldType}',
  'declared-adds-numbers.dates':
    '"{measure}" adds up numbers, but "{field}" is {fieldType}: use "latest", "earliest" or "age" for dates',
  'declared-reads-dates': '"{measure}" reads dates, but "{field}" is {fieldType}',
  'declared-filter-depth': 'filters nest more than {depth} levels deep',
  'declared-too-many-conditions': 'a declared fact may test at most {max} conditions',
  'declared-measure-in-measure': 'a measure inside a measure may not hold another measure',
  'declared-measure-per-record':
    'a measure can be tested only in a "choose" case, which is about the project as a whole: a measure per record would repeat the work for every record',
  'declared-measure-findings':
    'a measure tested in a filter must give one value, not findings about each subject',
  'declared-refers-to-field':
    '"refersTo" follows a field that names other records, such as "chairedBy" or "memberId", but "{field}" is {fieldType}',
  'declared-needs-group-by': '"{key}" belongs with "groupBy"',
  'declared-group-by-type':
    '"{field}" is {fieldType}: group by a field that names a member or another record, such as "memberId", or by "id"',
  'declared-group-by-subject': 'the records "{field}" names cannot be the subject of an issue',
  'declared-flag-missing':
    'a grouped measure needs "flag": when a subject\'s value makes it flagged, like { "equal": 0 }',
  'declared-grouped-inside': 'a measure tested inside another cannot be grouped',
  'declared-checklist.text': '"text" needs free text, but "{field}" is {fieldType}',
  'declared-checklist.texts': '"texts" needs a list of text, but "{field}" is {fieldType}',
  'declared-checklist.agreedBy':
    '"agreedBy" needs a list of member ids, but "{field}" is {fieldType}',
  'declared-list-words': '"list" gives words for a reader, but "{field}" is {fieldType}',
  'declared-list-words.id':
    '"list" gives words for a reader, but "{field}" is {fieldType}: ids are not shown to readers',
  'declared-value-type':
    '"value" reads one number, word, date, true/false or list of words, but "{field}" is {fieldType}',
  'declared-choose-inside': 'a "choose" may not sit inside another measure',
  'declared-choose-no-value': 'a "choose" must give a value in at least one case',
  'declared-choose-mixed':
    'every case of a "choose" must give the same kind of value (or null), not {valueTypes}',
  // The type of a field, in the problems above ({fieldType}).
  'field-type.text': 'text',
  'field-type.date': 'a date',
  'field-type.datetime': 'a date and time',
  'field-type.integer': 'a whole number',
  'field-type.number': 'a number',
  'field-type.boolean': 'true or false',
  'field-type.enum': 'one of {values}',
  'field-type.id': 'an id',
  'field-type.id-in': 'an id in {refers}',
  'field-type.list': 'a list of {item}',
  'field-type.record': 'a record ({fields})',
  'field-type.other': 'something the language does not read',
  // Put before any problem whose value came from a rule parameter ({ "param": ... }).
  'from-parameter': '(from the parameter "{fromParameter}") {message}',
  // Files the Node loader cannot read (coproduce/node).
  'file-missing': 'no such file',
  'file-reference-missing': 'names "{ref}", which does not exist',
  'extends-folder':
    'names "{ref}", a folder, but "extends" takes a configuration file or a preset such as "coproduce:recommended": to turn on the rules of a folder, such as your own framework pack, name the folder in "ruleFiles"',
  'extends-pack-preset':
    'names "{ref}", a preset of a framework pack, but "extends" takes a configuration file or a preset such as "coproduce:recommended": to turn on the rules of a folder, such as your own framework pack, name the folder in "ruleFiles"',
  'file-unreadable.permission': 'cannot be read: permission denied',
  'file-unreadable.links': 'cannot be read: too many symbolic links',
  'file-unreadable.name': 'cannot be read: the name is too long',
  'file-unreadable.open-files': 'cannot be read: too many files are open at once',
  'file-unreadable.disk': 'cannot be read: the disk could not be read',
  'file-unreadable.other': 'cannot be read: the system could not read it',
  'file-unreadable.system': 'cannot be read: the system could not read it ({systemCode})',

  // The options of check().
  'option-now': 'must be a date-time like 2025-06-02T09:00:00Z',
  'option-locale': 'must be a language tag like "en-GB" or "cy"',
  'option-whole-at-least': 'must be a whole number of at least {minimum}',
  'option-anonymise-project': 'is required when anonymise is true',
  'option-anonymiser-parts':
    'cannot be used when combining parts, as the projects are not in hand: use checkPortfolio with the anonymiser',
  'portfolio-duplicate-id': 'is also the id of {other}',

  // Saved check reports, compared over time (--baseline, --trend).
  'report-not-json': 'is not valid JSON',
  'report-other-project':
    'is "{before}" in one report and "{after}" in the other: compare checks of one project',

  // A rule's own tests (testRule), by case: {case} is the case's name or its place, like valid[0].
  'rule-test-no-cases': 'no test cases: give at least one valid, invalid or needsReview case',
  'rule-test-not-applicable-misplaced':
    '{case}: "notApplicable" belongs to valid cases only, since a rule that does not apply raises no issue',
  'rule-test-misplaced': '{case}: {keys} cannot be checked on a valid case, which raises no issue',
  'rule-test-should-not-apply': '{case} should not apply, but got {got}',
  'rule-test-should-pass': '{case} should pass, but got {got}',
  'rule-test-should-pass-not-applicable':
    '{case} should pass, but got {got} (if the rule is meant not to apply here, say notApplicable: true)',
  'rule-test-should-need-review': '{case} should need review, but got {got}',
  'rule-test-should-be-flagged': '{case} should be flagged, but got {got}',
  'rule-test-message-ids': '{case} should give the message ids [{wanted}], but gave [{actual}]',
  'rule-test-generic-text':
    '{case}: a message names a value this issue does not have, so the generic text was shown ({found})',
  'rule-test-message-is': '{case}: the message should be "{wanted}", but was "{actual}"',
  'rule-test-message-matches': '{case}: the message should match {wanted}, but was "{actual}"',
  'rule-test-action-is': '{case}: the action should be "{wanted}", but was "{actual}"',
  'rule-test-action-matches': '{case}: the action should match {wanted}, but was "{actual}"',
  'rule-test-message-id-is': '{case}: the message id should be "{wanted}", but was "{actual}"',
  'rule-test-message-id-matches':
    '{case}: the message id should match {wanted}, but was "{actual}"',
  'rule-test-subjects-flagged': '{case} should flag [{wanted}], but flagged [{actual}]',
  'rule-test-subjects-review':
    '{case} should ask for review of [{wanted}], but asked for review of [{actual}]',
  'rule-test-not-checked': '{case} could not be checked: {reason}',
  'erasure-left-invalid':
    'member "{id}" cannot be erased: erasing left {field} invalid ({reason}); classify it in model/personal-data.ts',

  // Where a problem is: an item of a list counted from 1 ("activity 20"), by the list's key.
  'location.item': '{noun} {n}',
  'location.entry': '{list} entry {n}',
  'location.topItem': 'item {n}',
  'location.id': 'id',
  'item.activities': 'activity',
  'item.members': 'member',
  'item.decisions': 'decision',
  'item.issues': 'issue',
  'item.acknowledged': 'acknowledged entry',
  'item.outcomes': 'outcome',
  'item.attendance': 'attendance record',
  'item.learning': 'learning entry',
  'item.glossary': 'glossary entry',
  'item.relatedEngagement': 'related engagement',
  'item.outOfRemit': 'out-of-remit entry',
  'item.cannotInfluence': 'influence limit',
  'item.canInfluence': 'influence entry',
  'item.inScope': 'in-scope entry',
  'item.supportArranged': 'support entry',
  'item.customRules': 'custom rule',
  'item.ruleFiles': 'rule file entry',
  'item.extends': 'extends entry',
  'item.all': 'condition',
  'item.any': 'condition',
  'item.accessNeeds': 'access need',
  'item.agreedBy': 'agreed-by entry',
  'item.chairedBy': 'chair',
  'item.rules': 'rule',
  'item.reflections': 'reflection',
  'item.ideas': 'idea',
  'item.agreements': 'agreement',
  'item.milestones': 'milestone',
  'item.perspectives': 'perspective',
  'item.flows': 'flow',
  'item.responsibilities': 'responsibility',
  'item.recommendations': 'recommendation',
  'item.seniorLeaders': 'seniorLeader',
  'item.entries': 'entry',
  'item.commands': 'command',
  'item.questions': 'question',
  'item.sections': 'section',
  'item.trend': 'trend entry',
  'item.questionIds': 'questionId',
  'item.actions': 'action',
  'item.involvementPoints': 'involvementPoint',

  // The formats a value may be asked to have ("must be a valid {format}").
  'format.datetime': 'datetime',
  'format.date': 'date',
  'format.time': 'time',
  'format.duration': 'duration',
  'format.url': 'url',
  'format.email': 'email',
  'format.uuid': 'uuid',

  // Parameter values, of a rule (in a configuration or a rule test) or of a fact (in a condition).
  'value-number': 'must be a number',
  'value-text': 'must be text',
  'value-boolean': 'must be true or false',
  'value-time': 'must be a time of day like "09:30"',
  'value-text-list': 'must be a list of text',
  'value-not-among': 'has {values}, not among {allowed}',

  // Configurations, rule sets and the framework packs shipped with coproduce.
  'too-many-rules': '{total} rules are enabled; a rule set may have at most {max}',
  'rule-in-pack':
    'the rule "{id}" belongs to the {pack} framework pack: add "coproduce:{preset}" to "extends" to use it',
  'rule-in-pack-no-preset': 'the rule "{id}" belongs to the {pack} framework pack',
  'duplicate-rule-id': 'duplicate rule id "{id}" (also in {other})',
  'duplicate-question-id': 'the question id "{id}" is used twice',
  'duplicate-preset-id': 'duplicate preset id "{id}"',
  'unknown-rule-in-pack': 'unknown rule id "{id}" in the pack',
  'unknown-question-in-pack': 'unknown question id "{id}" in the pack',
  'unknown-section-in-pack': 'unknown section "{section}" in the pack',
} as const;

/**
 * The id of a message in the problem catalogue: a problem code, or a code
 * with a variant (`invalid-json.comment`), or the words of a value
 * (`type.string`, `record.member`).
 *
 * @category Report
 * @example `const id: ProblemMessageId = 'unknown-reference';`
 */
export type ProblemMessageId = keyof typeof EN_GB;

/** The Welsh problem catalogue. Every id must be here: the type says so. Awaiting review by a Welsh speaker. */
const CY: Readonly<Record<ProblemMessageId, string>> = {
  required: 'mae angen hwn',
  'invalid-type': 'rhaid iddo fod yn {expected}, nid {received}',
  'not-whole-number': 'rhaid iddo fod yn rhif cyfan, nid {value}',
  'whole-number': 'rhaid iddo fod yn rhif cyfan',
  'invalid-date':
    'rhaid iddo fod yn ddyddiad calendr fel 2025-03-14, yn y blynyddoedd {first} i {last}',
  'invalid-date-time':
    'rhaid iddo fod yn ddyddiad ac amser gyda gwrthbwyso cylchfa amser, fel 2025-03-14T18:30:00+00:00, yn y blynyddoedd {first} i {last}',
  'invalid-format': 'rhaid iddo fod yn {format} dilys',
  'not-expected-form': 'nid yw ar y ffurf ddisgwyliedig',
  'invalid-value': 'rhaid iddo fod yn un o {allowed}',
  'invalid-literal': 'rhaid iddo fod yn {allowed}',
  'invalid-choice.values': 'rhaid iddo fod yn un o {allowed}',
  'invalid-choice.value': 'rhaid iddo fod yn {allowed}',
  'invalid-choice.types': 'rhaid iddo fod yn {types:orList}',
  'invalid-choice.valuesTypes': 'rhaid iddo fod yn un o {allowed}, neu’n {types:orList}',
  'invalid-choice.valueTypes': 'rhaid iddo fod yn {allowed}, neu’n {types:orList}',
  'no-shape': 'nid yw’n cyfateb i unrhyw un o’r siapiau a ganiateir',
  'too-few-items': 'rhaid iddo ddal o leiaf {minimum:count:eitem:eitem}',
  'too-many-items': 'rhaid iddo ddal {maximum:count:eitem:eitem} ar y mwyaf',
  empty: 'rhaid iddo beidio â bod yn wag',
  'too-small': 'rhaid iddo fod yn {minimum} o leiaf',
  'too-long': 'rhaid iddo fod yn {maximum} nod o hyd ar y mwyaf',
  'too-big': 'rhaid iddo fod yn {maximum} ar y mwyaf',
  'not-json-data':
    'rhaid iddo fod yn ddata JSON plaen: testun, rhif meidraidd, true neu false, null, rhestr neu wrthrych',
  'unknown-field': 'maes anhysbys: gwiriwch ei sillafu, neu cadwch ef o dan "extensions"',
  'unknown-field.spelling': 'maes anhysbys: gwiriwch ei sillafu',
  'unknown-field.guess': 'maes anhysbys',
  'unknown-top-field':
    'maes anhysbys: nid oes gan ddogfen prosiect faes o’r fath; cadwch feysydd system y cyngor ei hun o dan "extensions"',
  'did-you-mean': '{message}; ai "{guess}" oedd dan sylw?',

  'type.string': 'destun',
  'type.number': 'rhif',
  'type.int': 'rhif cyfan',
  'type.boolean': 'true neu false',
  'type.array': 'rhestr',
  'type.object': 'gwrthrych',
  'type.record': 'gwrthrych',
  'type.literal': 'gwerth penodol',
  'type.date': 'dyddiad',
  'type.null': 'null',

  'unknown-reference': 'yn enwi {aKind} "{id}", ond nid oes un gyda’r dynodydd hwnnw',
  'duplicate-id': 'mae gan {kind} arall y dynodydd "{id}" eisoes',
  'repeated-attendance': 'mae gan yr aelod "{id}" res bresenoldeb yma eisoes',
  'unknown-time-zone': 'nid yw "{timeZone}" yn gylchfa amser y mae’r platfform hwn yn ei hadnabod',
  'decision-date':
    'mae angen hwn ar gyfer penderfyniad sydd wedi’i wneud (rhowch ei ddyddiad, neu statws "planned" gyda dyddiad dyledus)',
  'outcome.flagged': 'wedi’i nodi',
  'outcome.needs-review': 'angen adolygu',
  'outcome.passed': 'wedi pasio',
  'outcome.not-applicable': 'ddim yn berthnasol',
  'record.member': 'aelod',
  'record.activity': 'gweithgaredd',
  'record.decision': 'penderfyniad',
  'record.senior leader': 'uwch arweinydd',
  'record.learning entry': 'cofnod dysgu',
  'record.reflection': 'myfyrdod',
  'record.idea': 'syniad',
  'record.agreement': 'cytundeb',
  'record.outcome': 'canlyniad',
  'record.related engagement': 'ymgysylltiad cysylltiedig',
  'record.acknowledgement': 'cydnabyddiaeth',
  'record.milestone': 'carreg filltir',
  'record.perspective': 'safbwynt',
  'record.flow': 'llif gwybodaeth',
  'record.responsibility': 'cyfrifoldeb',
  'record.recommendation': 'argymhelliad',
  'record.reciprocity entry': 'cofnod dwyochredd',

  // Gorchmynion a hanesion (haen y cyflwr).
  'date-order.member': 'mae cyn i’r aelod ymuno',
  'date-order.activity': 'mae cyn i’r gweithgaredd ddechrau',
  'date-order.timeframe': 'mae cyn i’r amserlen ddechrau',
  'date-order.member.before': 'mae cyn i’r aelod ymuno ({date})',
  'date-order.member.after': 'mae ar ôl i’r aelod adael ({date})',
  'date-order.activity.before': 'mae cyn i’r gweithgaredd ddechrau ({date})',
  'date-order.activity.after': 'mae ar ôl i’r gweithgaredd orffen ({date})',
  'date-order.timeframe.before': 'mae cyn i’r amserlen ddechrau ({date})',
  'date-order.timeframe.after': 'mae ar ôl i’r amserlen orffen ({date})',
  'date-order.history-entry': 'mae cyn y cofnod o’i flaen ({date})',
  'changed-and-cleared': 'ni ellir newid a chlirio "{field}" yn yr un gorchymyn',
  'unknown-id': 'nid oes {kind} gyda’r dynodydd "{id}"',
  'unknown-term': 'nid oes cofnod geirfa gyda’r term "{term}"',
  'no-action':
    'mae gan {kind} "{id}" {count:count:cam gweithredu:cam gweithredu}; nid oes un ym mynegai {index}',
  'no-involvement-point':
    'mae gan {kind} "{id}" {count:count:pwynt cyfranogi:pwynt cyfranogi}; nid oes un ym mynegai {index}',
  'action-done': 'cafodd y cam gweithredu hwnnw ei gwblhau eisoes ar {date}',
  'involvement-point-done': 'cafodd y pwynt cyfranogi hwnnw ei gwblhau eisoes ar {date}',
  'milestone-done': 'cafodd y garreg filltir "{id}" ei chwblhau eisoes ar {date}',
  'already-left': 'gadawodd yr aelod "{id}" eisoes ar {date}',
  'listed-twice': 'mae’n rhestru "{value}" ddwywaith',
  'already-shared':
    'mae’r dysgu "{id}" eisoes wedi’i gofnodi fel un a rannwyd gyda "{audience}" ar {date}',
  'entry-member-fixed':
    'ni ellir ei newid: mae’r cofnod yn aros gyda’r aelod "{id}"; dilëwch ef ac ychwanegwch gofnod newydd i’r aelod arall',
  'no-governance-route': 'mae angen hwn: nid oes gan y penderfyniad "{id}" lwybr llywodraethu eto',
  'unknown-command-type':
    'nid yw "{type}" yn fath o orchymyn hysbys; gweler commandTypes am y rhestr',
  'unknown-command-type.family':
    'nid yw "{type}" yn fath o orchymyn hysbys; gorchmynion {family} yw {commands}',
  'not-a-command': 'rhaid iddo fod yn orchymyn: gwrthrych gyda "type" a "payload"',
  'command-type-not-text': 'rhaid iddo fod yn destun, fel "member/add"',
  'batch-too-deep': 'gall swp ddal sypiau hyd at {depth} lefel o ddyfnder yn unig',
  'not-a-project': 'rhaid iddo fod yn brosiect, fel un o parseProject()',
  'not-a-command-list': 'rhaid iddo fod yn rhestr o orchmynion',
  'erasure-reason-required': 'mae angen hwn: testun, fel cyfeirnod y cais i ddileu',
  'history-initial-hash-required': 'mae angen hwn: mae’n dechrau’r gadwyn o stwnsh',
  'history-initial-changed':
    'cafodd ei newid ar ôl i’r hanes gael ei gofnodi: nid yw’n cyfateb i initialHash',
  'history-entry-hash-required': 'mae angen hwn: mae’n cysylltu’r cofnod hwn â’r un o’i flaen',
  'history-first-entry-changed':
    'cafodd ei newid ar ôl ei gofnodi, neu nid dyma’r cofnod cyntaf: nid yw ei stwnsh yn cyfateb',
  'history-entry-changed':
    'cafodd ei newid ar ôl ei gofnodi, neu cafodd cofnod o’i flaen ei dynnu: nid yw ei stwnsh yn dilyn o gofnod {previous}',
  'history-fields-lost': 'maen nhw’n arwain at brosiect gyda meysydd ar goll',
  'history-version-newer':
    'mae fersiwn {version} yn fwy newydd na {supported}: uwchraddiwch coproduce',
  'history-unchained': 'mae’n 1: ni ellir gwirio hanes heb stwnsh',
  'history-cursor-too-big': 'rhaid iddo fod yn {entries} ar y mwyaf, nifer y cofnodion',
  'history-inverse-mismatch': 'nid ydynt yn arwain yn ôl at y prosiect cyn y cofnod hwn',
  'history-command-mismatch':
    'cafodd ei newid ar ôl ei gofnodi: nid yw ei orchymyn yn gwneud y newidiadau a gadwyd gydag ef',
  'history-project-older':
    'mae’n {version}: nid yw hanesion fersiynau hŷn o brosiectau yn cael eu mudo',
  'project-version-newer':
    'mae fersiwn {version} yn fwy newydd na {supported}: uwchraddiwch coproduce',
  'project-version-older': 'rhaid iddo fod o {oldest} i {supported}',
  'invalid-date-object': 'mae’n Date annilys',
  'option-instant':
    'rhaid iddo fod yn Date neu’n ddyddiad ac amser gyda gwrthbwyso cylchfa amser, fel 2025-03-14T18:30:00+00:00',
  'history-at-early':
    'mae cyn y cofnod y byddai’n ei ddilyn ({date}); cedwir hanes yn nhrefn amser',
  'acknowledgement-named-twice':
    'enwch y mater mewn un ffordd: drwy ddynodydd y mater, neu drwy ei reol (a’i destun), nid y ddau',
  'acknowledgement-unnamed':
    'enwch y mater: rhowch ddynodydd y mater, neu ddynodydd ei reol a’i destun',
  'acknowledgement-subject-no-rule': 'mae testun yn enwi cofnod ar gyfer rheol: rhowch y ruleId',
  'acknowledgement-review-early': 'rhaid iddo beidio â bod cyn y diwrnod y cafodd ei gydnabod',

  'not-json-text': 'rhaid iddo fod yn destun JSON',
  'json-too-long': 'mae’n hwy na {max} nod',
  'migration-failed': 'nid oedd modd ei fudo o fersiwn sgema {from} i {to}',
  'more-problems-capped': '…a {n} problem arall, heb eu rhestru; cywirwch y rhain yn gyntaf',
  'more-problems-unlisted': '…a {n} problem arall, heb eu rhestru',

  'invalid-json.ends-early':
    'nid yw’n JSON dilys: mae’n dod i ben yn rhy gynnar: mae "}", "]" neu ddyfynnod cau ar goll',
  'invalid-json.unclosed-bracket':
    'nid yw’n JSON dilys: mae’n dod i ben yn rhy gynnar: nid yw’r "{open}" ar linell {line}, colofn {column} byth yn cau',
  'invalid-json.unclosed-quote':
    'nid yw’n JSON dilys: mae’n dod i ben yn rhy gynnar: nid yw’r dyfynnod ar linell {line}, colofn {column} byth yn cau',
  'invalid-json.not-json':
    'nid yw’n JSON dilys: nid JSON yw hwn{where}: mae ffeil JSON yn dechrau gyda "{" neu "["',
  'invalid-json.comment': 'nid yw’n JSON dilys: sylw{where}: nid oes sylwadau mewn JSON',
  'invalid-json.curly-quote':
    'nid yw’n JSON dilys: dyfynnod crwm{where}: mae JSON angen dyfynodau dwbl syth ("), gan y gallai prosesydd geiriau fod wedi’u newid',
  'invalid-json.single-quote':
    'nid yw’n JSON dilys: dyfynnod sengl{where}: mae JSON angen dyfynodau dwbl (")',
  'invalid-json.trailing-comma':
    'nid yw’n JSON dilys: coma cyn "{before}"{where}: nid yw JSON yn caniatáu coma ar ôl yr eitem olaf',
  'invalid-json.missing-comma':
    'nid yw’n JSON dilys: mae coma ar goll{where}, neu nid yw dyfynnod neu fraced wedi’i gau',
  'invalid-json.other': 'nid yw’n JSON dilys: rhywbeth nad yw’n JSON dilys{where}',
  'invalid-json.duplicate-key':
    'mae’n JSON amwys: mae’r allwedd "{key}" ar linell {line}, colofn {column} eisoes wedi’i rhoi ar linell {firstLine} yn yr un gwrthrych: dim ond yr olaf fyddai’n cael ei darllen, felly cadwch un',
  'invalid-json.where': ' (llinell {line}, colofn {column})',

  'unknown-rule': 'dynodydd rheol anhysbys "{id}"',
  'unknown-rule-messages': 'dynodydd rheol anhysbys "{id}" yn y negeseuon "{locale}"',
  'depends-on-itself': 'ni all rheol ddibynnu arni ei hun',
  'subject-in-review-message':
    'mae’n enwi {subject}, nad oes gan fater am y prosiect cyfan: pan na all y rheol ddweud o gwbl, mae’r mater hwnnw’n dangos y testun cyffredinol yn lle hynny; rhowch y testun am un cofnod yn "needsReviewSubject" ac ysgrifennwch "needsReview" heb {subject}',
  'subject-in-action':
    'mae’n enwi {subject}, nad oes gan fater am y prosiect cyfan: pan na all y rheol ddweud o gwbl, mae’r mater hwnnw’n dangos y cam cyffredinol yn lle hynny; dywedwch beth i’w wneud bryd hynny yn "needsReviewAction"',
  'review-subject-whole':
    'nid yw rheol am y prosiect cyfan yn codi mater am un o’i gofnodion: dywedwch ef yn "needsReview"',
  'depends-on-portfolio': 'mae’r rheol "{id}" yn rhedeg mewn gwiriad portffolio, nid gyda hon',
  'depends-on-project': 'mae’r rheol "{id}" yn rhedeg mewn gwiriad prosiect, nid gyda hon',
  'depends-on-loop': 'mae’r rheol "{id}" yn dibynnu ar hon yn ei thro: tynnwch un o’r ddwy',
  'unknown-parameter': 'paramedr anhysbys "{name}" i’r rheol "{rule}": defnyddiwch {allowed}',
  'no-parameters': 'nid oes gan y rheol "{rule}" baramedrau',
  'unknown-declared-fact':
    'nid yw’r rheol "{rule}" yn datgan ffaith "{name}": defnyddiwch {allowed}',
  'no-declared-facts': 'nid yw’r rheol "{rule}" yn datgan ffeithiau ei hun i’w disgrifio',
  'unknown-rule-parameter': 'paramedr anhysbys "{name}" i’r rheol "{rule}"',
  'unknown-fact': 'ffaith anhysbys "{id}"',
  'unknown-operator': 'gweithredwr anhysbys "{operator}": defnyddiwch un o {allowed}',
  'unknown-operator.guess':
    'gweithredwr anhysbys "{operator}"; ai "{guess}" oedd dan sylw?: defnyddiwch un o {allowed}',
  'unknown-question': 'dynodydd cwestiwn anhysbys "{id}"',
  'question-in-pack':
    'dynodydd cwestiwn anhysbys "{id}": mae’n perthyn i becyn fframwaith nad yw wedi’i lwytho; ychwanegwch ragosodiad y pecyn at "extends"',
  'unknown-section':
    'adran anhysbys "{section}": mae rheol yn perthyn i un o adrannau’r fframwaith ({allowed}), neu i adran y mae’r ffurfweddiad yn ei hychwanegu yn "sections"',
  'unknown-section.guess': 'adran anhysbys "{section}"; ai "{guess}" oedd dan sylw?',
  'more-problems':
    '…a {n:count:problem arall:problem arall}, heb eu rhestru; cywirwch y rhain yn gyntaf',

  'operator-fact-type':
    'ni all "{operator}" brofi’r ffaith "{fact}", sy’n {type}: mae’n profi {allowed}',
  'operator-true-not-fact': 'mae "{operator}" angen y gwerth true, nid ffaith',
  'operator-value-fact-type': 'ni all "{operator}" gymharu â’r ffaith "{fact}", sy’n {type}',
  'fact-scope': 'mae’r ffaith "{fact}" yn canfod testunau {found}, ond cwmpas y rheol yw "{scope}"',
  'subjects-not-allowed':
    'nid oes testunau gan reol {scope}: tynnwch "subjects" neu rhowch gwmpas testun i’r rheol',
  'subjects-missing':
    'rhaid i reol {scope} enwi ei ffaith canfyddiadau yn "subjects": { "fact": ... }',
  'subjects-not-findings': 'mae’r ffaith "{fact}" yn {type}, nid yn ffaith canfyddiadau',
  'subjects-not-in-conditions':
    'rhaid defnyddio’r ffaith "{fact}" yn yr amodau, sy’n rhoi ei pharamedrau',
  'message-fact-in-conditions':
    'mae’r amodau eisoes yn darllen y ffaith "{fact}", felly gall negeseuon ei defnyddio: tynnwch hi o "facts"',
  'message-fact-twice':
    'mae’r ffaith "{fact}" wedi’i rhestru ddwywaith yn "facts": dim ond un gwerth iddi y gall neges ei ddangos',
  'unknown-placeholder-title':
    'dalfan anhysbys "{placeholder}": dim ond paramedrau y caiff teitl eu defnyddio',
  'unknown-placeholder':
    'dalfan anhysbys "{placeholder}": defnyddiwch baramedr, {subject}, allwedd o ddata’r canfyddiadau, neu ffaith y mae’r rheol yn ei darllen yn ei hamodau neu’n ei rhestru yn "facts"',
  'placeholder-fact-not-read':
    'mae "{placeholder}" yn ffaith y mae’r rheol yn ei datgan ond nad yw’n ei darllen yn ei hamodau: i’w dangos mewn neges, ychwanegwch { "fact": "{fact}" } at restr "facts" y rheol',
  'placeholder-date-format':
    'mae "{placeholder}" yn ddyddiad: ysgrifennwch {suggestion} i’w ddangos mewn geiriau, fel "1 Mehefin 2026"',
  'placeholder-not-name':
    'nid yw "{placeholder}" yn ddalfan: defnyddiwch {open}enw{close} neu {open}enw:fformat{close}',
  'placeholder-unknown-format':
    'mae "{placeholder}" yn gofyn am y fformat anhysbys "{format}": defnyddiwch {allowed}',
  'placeholder-no-arguments':
    '"{placeholder}": nid yw’r fformat "{format}" yn cymryd dadleuon, defnyddiwch {open}{name}:{format}{close}',
  'placeholder-count-nouns':
    '"{placeholder}": mae’r fformat "count" angen enw unigol ac enw lluosog, a gall ychwanegu’r geiriau am ddim un, fel {open}{name}:count:cyfarfod:cyfarfod{close} neu {open}{name}:count:cyfarfod:cyfarfod:dim cyfarfodydd{close}',
  'placeholder-count-words':
    '"{placeholder}": rhaid i bob enw yn "count" fod yn air neu’n eiriau, heb fylchau ar y naill ben na’r llall',
  'placeholder-stray-brace': 'mae ganddo "{open}" neu "{close}" nad yw’n perthyn i ddalfan',
  'condition-value.true': 'rhaid iddo fod yn true ar gyfer "{operator}"',
  'condition-value.number': 'rhaid iddo fod yn rhif ar gyfer "{operator}"',
  'condition-value.share': 'rhaid iddo fod yn gyfran o 0 i 1 ar gyfer "{operator}"',
  'condition-value.scalar':
    'rhaid iddo fod yn destun, yn rhif neu’n true/false ar gyfer "{operator}"',
  'condition-value.scalar-list': 'rhaid iddo fod yn rhestr o werthoedd ar gyfer "{operator}"',
  'condition-value.string': 'rhaid iddo fod yn destun ar gyfer "{operator}"',
  'condition-value.string-list': 'rhaid iddo fod yn rhestr o destun ar gyfer "{operator}"',
  'condition-unknown-parameter': 'paramedr anhysbys "{name}": mae gan y rheol {allowed}',
  'condition-no-parameters': 'paramedr anhysbys "{name}": nid oes gan y rheol baramedrau',
  'fact-no-parameters': 'nid yw’r ffaith "{fact}" yn cymryd paramedrau',
  'unknown-fact-parameter':
    'paramedr anhysbys "{name}" i’r ffaith "{fact}": mae’n cymryd {allowed}',
  'fact-parameter-type':
    'mae’r paramedr "{parameter}" yn {type}, ond mae’r ffaith "{fact}" angen {needed} ar gyfer "{name}"',
  'fact-parameter-missing': 'mae’r ffaith "{fact}" angen y paramedr "{name}"',
  'from-parameter': '(o’r paramedr "{fromParameter}") {message}',
  'value-list': 'rhaid iddo fod yn rhestr o werthoedd',
  'value-days': 'rhaid iddo fod yn nifer cyfan o ddyddiau, 0 neu fwy',
  'value-one-or-more': 'rhaid iddo fod yn rhif cyfan, 1 neu fwy',

  'kebab-name':
    'rhaid i {what} fod mewn kebab-case: llythrennau bach a digidau wedi’u cysylltu gan gysylltnodau sengl, fel "quiet-members"',
  'camel-name':
    'rhaid i {what} fod mewn camelCase: llythrennau a digidau, yn dechrau gyda llythyren fach, fel "quietMeetings"',
  'rule-id-file-name': 'rhaid i’r dynodydd "{id}" gyfateb i enw’r ffeil "{file}"',
  'unknown-preset': 'rhagosodiad anhysbys "{preset}": defnyddiwch {anyOf}',
  'what.rule-id': 'ddynodydd rheol',
  'what.rule-set-name': 'enw set rheolau',
  'what.tag': 'dag',
  'what.preset-id': 'ddynodydd rhagosodiad',
  'what.parameter-name': 'enw paramedr',
  'what.fact-id': 'ddynodydd ffaith',
  'what.fact-parameter-name': 'enw paramedr ffaith',
  'prototype-name': 'ni all fod yn {keys}',
  'parameter-subject-reserved': 'mae "subject" wedi’i gadw ar gyfer label y testun mewn negeseuon',
  'invalid-id':
    'rhaid iddo fod yn ddynodydd: 1 i 128 o lythrennau, digidau, ".", "_", ":" neu "-", yn dechrau gyda llythyren neu ddigid',
  'declared-camel-name':
    'rhaid iddo fod mewn camelCase: llythrennau a digidau, yn dechrau gyda llythyren fach',
  'declared-prototype-key': 'ni all fod yn allwedd prototeip',
  'declared-field-path':
    'rhaid iddo fod yn llwybr o enwau meysydd gyda dotiau, fel "governance.route"',
  'declared-path-prototype': 'ni all ddefnyddio {keys}',
  'declared-path-segments': 'ni all fod â mwy na {max} rhan',
  'declared-date-operand': 'rhaid iddo fod yn "today", "now" neu’n ddyddiad',
  'declared-field-needs-comparison': 'mae angen un gymhariaeth ar y maes: {operators}',
  'declared-measure-needs-comparison': 'mae angen un gymhariaeth ar y mesur: {operators}',
  'declared-flag-needs-comparison': 'mae angen un gymhariaeth ar y "flag": {operators}',
  'declared-one-comparison':
    'rhaid iddo wneud un gymhariaeth, nid {allOf}: defnyddiwch "all" i wneud sawl un',
  'declared-filter-shape':
    'rhaid iddo fod yn { "all": [...] }, { "any": [...] }, { "not": {...} }, neu’n gymhariaeth o un "field"',
  'declared-one-head': 'dim ond un o {allOf} y caiff ei ddefnyddio',
  'declared-comparison-beside': 'mae cymhariaeth yn perthyn gyda "field", nid wrth ymyl "{head}"',
  'declared-checklist-one-field':
    'rhaid iddo enwi union un maes, fel "text", "texts", "present" neu "agreedBy"',
  'declared-too-many-facts': 'ni all ddatgan mwy na {max} ffaith',
  'library-fact-description': 'mae angen "description" ar ffaith yn y llyfrgell',
  'declared-name-taken':
    'mae "{name}" eisoes yn ffaith yn y catalog: rhowch enw arall i’r ffaith a ddatganwyd',
  'declared-no-parameters': 'paramedr anhysbys "{name}": nid oes paramedrau yma',
  'unknown-collection': 'casgliad anhysbys "{name}": defnyddiwch un o {allowed}',
  'unknown-collection.guess': 'casgliad anhysbys "{name}"; ai "{guess}" oedd dan sylw?',
  'unknown-key': 'allwedd anhysbys "{key}"',
  'declared-unknown-field': 'maes anhysbys "{field}" yn {of}',
  'declared-no-fields-inside': 'nid oes meysydd y tu mewn i "{field}"',
  'declared-list-inside':
    'rhestr yw "{field}": ni all yr iaith edrych y tu mewn i gofnodion rhestr; defnyddiwch gasgliad yn lle hynny',
  'declared-type-no-fields': '{fieldType} yw "{field}", heb feysydd y tu mewn iddo',
  'declared-unreadable-field':
    'ni all ffeithiau datganiadol ddarllen "{field}" (mae’n cymysgu sawl siâp, neu’n perthyn i estyniadau’r cyngor ei hun)',
  'declared-compares.one-value': 'mae "{operator}" yn cymharu un gwerth, ond {fieldType} yw hwn',
  'declared-compares.numbers': 'mae "{operator}" yn cymharu rhifau, ond {fieldType} yw hwn',
  'declared-compares.lists': 'mae "{operator}" yn cymharu rhestrau, ond {fieldType} yw hwn',
  'declared-compares.free-text':
    'mae "{operator}" yn cymharu testun rhydd neu restr o destun, ond {fieldType} yw hwn',
  'declared-compares.dates': 'mae "{operator}" yn cymharu dyddiadau, ond {fieldType} yw hwn',
  'declared-not-one-of': 'nid yw "{value}" yn un o {allowed}',
  'declared-date-value': 'rhaid iddo fod yn ddyddiad fel "2026-04-01"',
  'declared-not-comparable': 'ni ellir ei gymharu â gwerth',
  'declared-refers-to-misplaced':
    'mae "refersTo" yn perthyn gyda "field" sy’n enwi cofnodion eraill, fel "memberId"',
  'declared-not-a-date': 'nid yw "{date}" yn ddyddiad',
  'declared-no-record': 'nid oes cofnod yma y gellid darllen ei feysydd eraill',
  'declared-field-not-date': '{fieldType} yw "{field}", nid dyddiad',
  'declared-adds-numbers': 'mae "{measure}" yn adio rhifau, ond {fieldType} yw "{field}"',
  'declared-adds-numbers.dates':
    'mae "{measure}" yn adio rhifau, ond {fieldType} yw "{field}": defnyddiwch "latest", "earliest" neu "age" ar gyfer dyddiadau',
  'declared-reads-dates': 'mae "{measure}" yn darllen dyddiadau, ond {fieldType} yw "{field}"',
  'declared-filter-depth': 'mae hidlau’n nythu mwy na {depth} o lefelau',
  'declared-too-many-conditions': 'gall ffaith a ddatganwyd brofi {max} o amodau ar y mwyaf',
  'declared-measure-in-measure': 'ni all mesur y tu mewn i fesur ddal mesur arall',
  'declared-measure-per-record':
    'dim ond mewn achos "choose", sy’n ymwneud â’r prosiect cyfan, y gellir profi mesur: byddai mesur ar gyfer pob cofnod yn ailadrodd y gwaith ar gyfer pob cofnod',
  'declared-measure-findings':
    'rhaid i fesur a brofir mewn hidl roi un gwerth, nid canfyddiadau am bob testun',
  'declared-refers-to-field':
    'mae "refersTo" yn dilyn maes sy’n enwi cofnodion eraill, fel "chairedBy" neu "memberId", ond {fieldType} yw "{field}"',
  'declared-needs-group-by': 'mae "{key}" yn perthyn gyda "groupBy"',
  'declared-group-by-type':
    '{fieldType} yw "{field}": grwpiwch yn ôl maes sy’n enwi aelod neu gofnod arall, fel "memberId", neu yn ôl "id"',
  'declared-group-by-subject': 'ni all y cofnodion y mae "{field}" yn eu henwi fod yn destun mater',
  'declared-flag-missing':
    'mae mesur wedi’i grwpio angen "flag": pryd mae gwerth testun yn golygu ei nodi, fel { "equal": 0 }',
  'declared-grouped-inside': 'ni ellir grwpio mesur a brofir y tu mewn i un arall',
  'declared-checklist.text': 'mae "text" angen testun rhydd, ond {fieldType} yw "{field}"',
  'declared-checklist.texts': 'mae "texts" angen rhestr o destun, ond {fieldType} yw "{field}"',
  'declared-checklist.agreedBy':
    'mae "agreedBy" angen rhestr o ddynodyddion aelodau, ond {fieldType} yw "{field}"',
  'declared-list-words': 'mae "list" yn rhoi geiriau i ddarllenydd, ond {fieldType} yw "{field}"',
  'declared-list-words.id':
    'mae "list" yn rhoi geiriau i ddarllenydd, ond {fieldType} yw "{field}": ni ddangosir dynodyddion i ddarllenwyr',
  'declared-value-type':
    'mae "value" yn darllen un rhif, gair, dyddiad, true/false neu restr o eiriau, ond {fieldType} yw "{field}"',
  'declared-choose-inside': 'ni all "choose" eistedd y tu mewn i fesur arall',
  'declared-choose-no-value': 'rhaid i "choose" roi gwerth mewn o leiaf un achos',
  'declared-choose-mixed':
    'rhaid i bob achos o "choose" roi’r un math o werth (neu null), nid {valueTypes}',
  // Enwau heb dreiglad: maent yn dod o flaen "yw" yn y negeseuon uchod.
  'field-type.text': 'testun',
  'field-type.date': 'dyddiad',
  'field-type.datetime': 'dyddiad ac amser',
  'field-type.integer': 'rhif cyfan',
  'field-type.number': 'rhif',
  'field-type.boolean': 'true neu false',
  'field-type.enum': 'un o {values}',
  'field-type.id': 'dynodydd',
  'field-type.id-in': 'dynodydd yn {refers}',
  'field-type.list': 'rhestr o {item}',
  'field-type.record': 'cofnod ({fields})',
  'field-type.other': 'rhywbeth nad yw’r iaith yn ei ddarllen',
  'file-missing': 'nid oes ffeil o’r fath',
  'file-reference-missing': 'mae’n enwi "{ref}", nad yw’n bodoli',
  'extends-folder':
    'mae’n enwi "{ref}", ffolder, ond mae "extends" yn cymryd ffeil ffurfweddu neu ragosodiad fel "coproduce:recommended": i droi rheolau ffolder ymlaen, fel eich pecyn fframwaith eich hun, enwch y ffolder yn "ruleFiles"',
  'extends-pack-preset':
    'mae’n enwi "{ref}", rhagosodiad pecyn fframwaith, ond mae "extends" yn cymryd ffeil ffurfweddu neu ragosodiad fel "coproduce:recommended": i droi rheolau ffolder ymlaen, fel eich pecyn fframwaith eich hun, enwch y ffolder yn "ruleFiles"',
  'file-unreadable.permission': 'ni ellir ei darllen: gwrthodwyd caniatâd',
  'file-unreadable.links': 'ni ellir ei darllen: gormod o ddolenni symbolaidd',
  'file-unreadable.name': 'ni ellir ei darllen: mae’r enw’n rhy hir',
  'file-unreadable.open-files': 'ni ellir ei darllen: mae gormod o ffeiliau ar agor ar unwaith',
  'file-unreadable.disk': 'ni ellir ei darllen: nid oedd modd darllen y ddisg',
  'file-unreadable.other': 'ni ellir ei darllen: nid oedd y system yn gallu ei darllen',
  'file-unreadable.system':
    'ni ellir ei darllen: nid oedd y system yn gallu ei darllen ({systemCode})',

  'option-now': 'rhaid iddo fod yn ddyddiad ac amser fel 2025-06-02T09:00:00Z',
  'option-locale': 'rhaid iddo fod yn dag iaith fel "en-GB" neu "cy"',
  'option-whole-at-least': 'rhaid iddo fod yn rhif cyfan, {minimum} o leiaf',
  'option-anonymise-project': 'mae angen hwn pan fo anonymise yn wir',
  'option-anonymiser-parts':
    'ni ellir ei ddefnyddio wrth gyfuno rhannau, gan nad yw’r prosiectau wrth law: defnyddiwch checkPortfolio gyda’r anonymiser',
  'portfolio-duplicate-id':
    'mae "{id}" hefyd yn ddynodydd {other}: mae angen ei ddynodydd ei hun ar bob prosiect mewn portffolio',

  'report-not-json': 'nid yw’n JSON dilys',
  'report-other-project':
    'mae’n "{before}" mewn un adroddiad a "{after}" yn y llall: cymharwch wiriadau o un prosiect',

  'rule-test-no-cases':
    'dim achosion prawf: rhowch o leiaf un achos valid, invalid neu needsReview',
  'rule-test-not-applicable-misplaced':
    '{case}: mae "notApplicable" yn perthyn i achosion valid yn unig, gan nad yw rheol nad yw’n berthnasol yn codi unrhyw fater',
  'rule-test-misplaced':
    '{case}: ni ellir gwirio {keys} ar achos valid, gan nad yw’n codi unrhyw fater',
  'rule-test-should-not-apply':
    'ni ddylai’r rheol fod yn berthnasol i {case}, ond y canlyniad oedd: {got}',
  'rule-test-should-pass': 'dylai {case} basio, ond y canlyniad oedd: {got}',
  'rule-test-should-pass-not-applicable':
    'dylai {case} basio, ond y canlyniad oedd: {got} (os nad yw’r rheol i fod yn berthnasol yma, rhowch notApplicable: true)',
  'rule-test-should-need-review': 'dylai {case} fod angen adolygu, ond y canlyniad oedd: {got}',
  'rule-test-should-be-flagged': 'dylai {case} gael ei nodi, ond y canlyniad oedd: {got}',
  'rule-test-message-ids':
    'dylai {case} roi’r dynodyddion neges [{wanted}], ond rhoddodd [{actual}]',
  'rule-test-generic-text':
    '{case}: mae neges yn enwi gwerth nad yw gan y mater hwn, felly dangoswyd y testun cyffredinol ({found})',
  'rule-test-message-is': '{case}: dylai’r neges fod yn "{wanted}", ond roedd yn "{actual}"',
  'rule-test-message-matches': '{case}: dylai’r neges gyfateb i {wanted}, ond roedd yn "{actual}"',
  'rule-test-action-is':
    '{case}: dylai’r cam gweithredu fod yn "{wanted}", ond roedd yn "{actual}"',
  'rule-test-action-matches':
    '{case}: dylai’r cam gweithredu gyfateb i {wanted}, ond roedd yn "{actual}"',
  'rule-test-message-id-is':
    '{case}: dylai dynodydd y neges fod yn "{wanted}", ond roedd yn "{actual}"',
  'rule-test-message-id-matches':
    '{case}: dylai dynodydd y neges gyfateb i {wanted}, ond roedd yn "{actual}"',
  'rule-test-subjects-flagged': 'dylai {case} nodi [{wanted}], ond nododd [{actual}]',
  'rule-test-subjects-review':
    'dylai {case} ofyn am adolygu [{wanted}], ond gofynnodd am adolygu [{actual}]',
  'rule-test-not-checked': 'nid oedd modd gwirio {case}: {reason}',
  'erasure-left-invalid':
    'ni ellir dileu data’r aelod "{id}": byddai dileu yn gadael {field} yn annilys ({reason}); dosbarthwch y maes yn model/personal-data.ts',

  'location.item': '{noun} {n}',
  'location.entry': 'eitem {n} yn {list}',
  'location.topItem': 'eitem {n}',
  'location.id': 'dynodydd',
  'item.activities': 'gweithgaredd',
  'item.members': 'aelod',
  'item.decisions': 'penderfyniad',
  'item.issues': 'mater',
  'item.acknowledged': 'mater a gydnabuwyd',
  'item.outcomes': 'canlyniad',
  'item.attendance': 'cofnod presenoldeb',
  'item.learning': 'cofnod dysgu',
  'item.glossary': 'cofnod geirfa',
  'item.relatedEngagement': 'ymgysylltiad cysylltiedig',
  'item.outOfRemit': 'cofnod y tu allan i’r cylch gwaith',
  'item.cannotInfluence': 'terfyn dylanwad',
  'item.canInfluence': 'cofnod dylanwad',
  'item.inScope': 'cofnod o fewn y cwmpas',
  'item.supportArranged': 'cofnod cymorth',
  'item.customRules': 'rheol bwrpasol',
  'item.ruleFiles': 'cofnod ffeil rheolau',
  'item.extends': 'cofnod extends',
  'item.all': 'amod',
  'item.any': 'amod',
  'item.accessNeeds': 'angen mynediad',
  'item.agreedBy': 'cofnod agreedBy',
  'item.chairedBy': 'cadeirydd',
  'item.rules': 'rheol',
  'item.reflections': 'myfyrdod',
  'item.ideas': 'syniad',
  'item.agreements': 'cytundeb',
  'item.milestones': 'carreg filltir',
  'item.perspectives': 'safbwynt',
  'item.flows': 'llif gwybodaeth',
  'item.responsibilities': 'cyfrifoldeb',
  'item.recommendations': 'argymhelliad',
  'item.seniorLeaders': 'uwch arweinydd',
  'item.entries': 'cofnod',
  'item.commands': 'gorchymyn',
  'item.questions': 'cwestiwn',
  'item.sections': 'adran',
  'item.trend': 'cofnod tuedd',
  'item.questionIds': 'dynodydd cwestiwn',
  'item.actions': 'cam gweithredu',
  'item.involvementPoints': 'pwynt cyfranogi',

  // Wedi’u treiglo’n feddal, fel y maent ar ôl "yn" yn "rhaid iddo fod yn {format} dilys".
  'format.datetime': 'ddyddiad ac amser',
  'format.date': 'ddyddiad',
  'format.time': 'amser',
  'format.duration': 'hyd',
  'format.url': 'gyfeiriad gwe (URL)',
  'format.email': 'gyfeiriad e-bost',
  'format.uuid': 'UUID',

  'value-number': 'rhaid iddo fod yn rhif',
  'value-text': 'rhaid iddo fod yn destun',
  'value-boolean': 'rhaid iddo fod yn true neu false',
  'value-time': 'rhaid iddo fod yn amser o’r dydd fel "09:30"',
  'value-text-list': 'rhaid iddo fod yn rhestr o destun',
  'value-not-among': 'mae’n cynnwys {values}, nad ydynt ymhlith {allowed}',

  'too-many-rules':
    'mae {total} rheol wedi’u galluogi; gall set reolau gynnwys {max} rheol ar y mwyaf',
  'rule-in-pack':
    'mae’r rheol "{id}" yn perthyn i becyn fframwaith {pack}: ychwanegwch "coproduce:{preset}" at "extends" i’w defnyddio',
  'rule-in-pack-no-preset': 'mae’r rheol "{id}" yn perthyn i becyn fframwaith {pack}',
  'duplicate-rule-id': 'dynodydd rheol dyblyg "{id}" (hefyd yn {other})',
  'duplicate-question-id': 'mae’r dynodydd cwestiwn "{id}" wedi’i ddefnyddio ddwywaith',
  'duplicate-preset-id': 'dynodydd rhagosodiad dyblyg "{id}"',
  'unknown-rule-in-pack': 'dynodydd rheol anhysbys "{id}" yn y pecyn',
  'unknown-question-in-pack': 'dynodydd cwestiwn anhysbys "{id}" yn y pecyn',
  'unknown-section-in-pack': 'adran anhysbys "{section}" yn y pecyn',
};

/**
 * The problem catalogues: locale → message id → template. Templates use
 * `renderMessage` placeholders, filled from a problem's `params`.
 *
 * @category Report
 * @example `PROBLEM_CATALOGUES.cy.required // 'mae angen hwn'`
 */
export const PROBLEM_CATALOGUES: Readonly<
  Record<'en-GB' | 'cy', Readonly<Record<ProblemMessageId, string>>>
> = localeCatalogues(EN_GB, CY);

/** Codes whose message adds `; did you mean "…"?` to the end when a guess was made. */
const GUESS_AT_END = new Set([
  'unknown-field',
  'invalid-value',
  'condition-unknown-parameter',
  'declared-unknown-field',
  'declared-not-one-of',
  'unknown-key',
  'invalid-literal',
  'invalid-choice',
  'unknown-rule',
  'unknown-fact',
  'unknown-question',
  'unknown-placeholder',
  'unknown-placeholder-title',
]);

type Catalogue = Readonly<Record<ProblemMessageId, string>>;

function has(catalogue: Catalogue, id: string): id is ProblemMessageId {
  return Object.hasOwn(catalogue, id);
}

/** The id of the template for a problem, by its code and values, or undefined for none. */
function templateId(
  code: string,
  params: Readonly<Record<string, ProblemParam>>,
): ProblemMessageId | undefined {
  const guessed = params.guess !== undefined;
  if (code === 'invalid-json') return `invalid-json.${String(params.kind)}` as ProblemMessageId;
  if (code === 'file-unreadable') {
    const reason = params.systemCode !== undefined ? 'system' : String(params.reason);
    return `file-unreadable.${reason}` as ProblemMessageId;
  }
  if (code === 'invalid-choice') {
    const values = Array.isArray(params.allowed) ? params.allowed.length : 0;
    const types = Array.isArray(params.types) ? params.types.length : 0;
    const head = values === 0 ? '' : values === 1 ? 'value' : 'values';
    if (head === '') return types === 0 ? undefined : 'invalid-choice.types';
    return `invalid-choice.${head}${types > 0 ? 'Types' : ''}` as ProblemMessageId;
  }
  if (code === 'condition-value')
    return `condition-value.${String(params.needs)}` as ProblemMessageId;
  if (code === 'unknown-field') {
    if (guessed) return 'unknown-field.guess';
    return params.hint === 'spelling' ? 'unknown-field.spelling' : 'unknown-field';
  }
  if (code === 'declared-compares')
    return `declared-compares.${String(params.compares)}` as ProblemMessageId;
  if (
    guessed &&
    (code === 'unknown-operator' || code === 'unknown-section' || code === 'unknown-collection')
  ) {
    return `${code}.guess` as ProblemMessageId;
  }
  return code as ProblemMessageId;
}

/**
 * A problem's message in a locale: rendered from its `code` and `params`
 * when the locale's problem catalogue has the code, or else its English
 * `message`. In `en-GB` the message is the library's own, as it is.
 *
 * @category Report
 * @example
 * ```ts
 * try {
 *   parseProjectJson('{"id": "p-1"}');
 * } catch (error) {
 *   if (isCoproduceError(error)) {
 *     for (const p of error.problems) console.log(problemMessage(p, 'cy'));
 *   }
 * }
 * ```
 */
export function problemMessage(detail: ProblemDetail, locale: string | undefined): string {
  const lang = uiLocale(locale);
  if (lang === 'en-GB' || detail.code === undefined) return detail.message;
  const rendered = renderProblem(detail.code, detail.params ?? {}, lang);
  return rendered ?? detail.message;
}

/**
 * Renders a problem code with its values in a catalogue locale, or
 * `undefined` when the catalogue has no message for it.
 *
 * @internal
 * @example `renderProblem('required', {}, 'en-GB') // 'is required'`
 */
export function renderProblem(
  code: string,
  params: Readonly<Record<string, ProblemParam>>,
  lang: 'en-GB' | 'cy',
): string | undefined {
  const catalogue = PROBLEM_CATALOGUES[lang];
  const id = templateId(code, params);
  if (id === undefined || !has(catalogue, id)) return undefined;
  const word = (
    prefix: 'type' | 'record' | 'format' | 'what' | 'outcome',
    key: ProblemParam | undefined,
  ): string => {
    const wordId = `${prefix}.${String(key)}`;
    return has(catalogue, wordId) ? catalogue[wordId] : String(key);
  };
  const data: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(params)) {
    data[name] = Array.isArray(value) ? value.join(', ') : (value as string | number);
  }
  if (params.expected !== undefined) data.expected = word('type', params.expected);
  if (params.received !== undefined) data.received = word('type', params.received);
  if (code === 'invalid-format' && params.format !== undefined) {
    data.format = word('format', params.format);
  }
  if (Array.isArray(params.types)) data.types = params.types.map((t) => word('type', t));
  if (typeof params.fieldType === 'string') data.fieldType = fieldTypeWords(params.fieldType, lang);
  if (Array.isArray(params.valueTypes)) data.valueTypes = joinList(params.valueTypes, 'and', lang);
  if (Array.isArray(params.allOf)) data.allOf = joinList(params.allOf, 'and', lang);
  if (Array.isArray(params.anyOf)) data.anyOf = joinList(params.anyOf, 'or', lang);
  if (params.what !== undefined) data.what = word('what', params.what);
  if (params.kind !== undefined && code !== 'invalid-json') {
    data.kind = word('record', params.kind);
    // "an activity" in English; Welsh has no indefinite article.
    data.aKind =
      lang === 'en-GB' && params.article !== undefined
        ? `${String(params.article)} ${data.kind}`
        : data.kind;
  }
  // What a rule test got, with its outcomes in this language's words (the English keeps `got` as written).
  if (code.startsWith('rule-test-should-') && lang !== 'en-GB' && params.outcome !== undefined) {
    const list = (name: string) => (Array.isArray(params[name]) ? (params[name] as string[]) : []);
    const [outcomes, types, ids, messages] = [
      list('issueOutcomes'),
      list('issueTypes'),
      list('issueIds'),
      list('issueMessages'),
    ];
    const issues = outcomes.map(
      (o, k) => `${word('outcome', o)} ${word('record', types[k])} ${ids[k]}: ${messages[k]}`,
    );
    data.got = `${word('outcome', params.outcome)}${issues.length > 0 ? ` (${issues.join('; ')})` : ''}`;
  }
  // The causes of a problem that wraps others, each said from its own code.
  if ((code === 'rule-test-not-checked' || code === 'erasure-left-invalid') && lang !== 'en-GB') {
    const causes = Array.isArray(params.causes) ? params.causes : [];
    if (causes.length > 0) data.reason = causes.map((cause) => causeText(cause, lang)).join('; ');
  }
  let template: string = catalogue[id];
  if (code === 'invalid-json') {
    const where =
      params.line !== undefined
        ? renderMessage(catalogue['invalid-json.where'], data, { locale: lang })
        : '';
    template = template.replace('{where}', () => where);
    // The braces the message quotes are words, not placeholders.
    return template.replace(/\{(before|open|line|column|key|firstLine)\}/g, (_, key: string) =>
      String(params[key] ?? ''),
    );
  }
  let text = renderMessage(template, data, { locale: lang });
  if (params.guess !== undefined && GUESS_AT_END.has(code)) {
    text = renderMessage(
      catalogue['did-you-mean'],
      { message: text, guess: String(params.guess) },
      { locale: lang },
    );
  }
  if (params.fromParameter !== undefined) {
    text = renderMessage(
      catalogue['from-parameter'],
      { message: text, fromParameter: String(params.fromParameter) },
      { locale: lang },
    );
  }
  return text;
}

/** The type of a declared fact's field (`fieldTypeParam`'s JSON), said in a locale. */
function fieldTypeWords(json: string, lang: 'en-GB' | 'cy'): string {
  let type: {
    kind?: unknown;
    integer?: unknown;
    values?: unknown;
    refers?: unknown;
    item?: unknown;
    fields?: unknown;
  };
  try {
    type = JSON.parse(json) as typeof type;
  } catch {
    return json;
  }
  return typeWords(type, lang);
}

function typeWords(type: Record<string, unknown>, lang: 'en-GB' | 'cy'): string {
  const catalogue = PROBLEM_CATALOGUES[lang];
  const say = (id: ProblemMessageId, data: Record<string, string> = {}) =>
    renderMessage(catalogue[id], data, { locale: lang });
  const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  switch (type.kind) {
    case 'number':
      return say(type.integer === true ? 'field-type.integer' : 'field-type.number');
    case 'enum':
      return say('field-type.enum', {
        values: names(type.values)
          .map((v) => `"${v}"`)
          .join(', '),
      });
    case 'id':
      return typeof type.refers === 'string'
        ? say('field-type.id-in', { refers: type.refers })
        : say('field-type.id');
    case 'list': {
      const item = typeWords((type.item ?? {}) as Record<string, unknown>, lang);
      // English says "a list of date", without the item's article.
      return say('field-type.list', { item: lang === 'en-GB' ? item.replace(/^an? /, '') : item });
    }
    case 'record':
      return say('field-type.record', { fields: names(type.fields).join(', ') });
    default: {
      const id = `field-type.${String(type.kind)}`;
      return has(catalogue, id) ? catalogue[id] : say('field-type.other');
    }
  }
}

/** One problem an error carried inside another problem (as JSON), said in a locale. */
function causeText(json: string, lang: 'en-GB' | 'cy'): string {
  let cause: { path?: unknown; message?: unknown; code?: unknown; params?: unknown };
  try {
    cause = JSON.parse(json) as typeof cause;
  } catch {
    return json;
  }
  const path = Array.isArray(cause.path)
    ? cause.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    : [];
  const params =
    typeof cause.params === 'object' && cause.params !== null
      ? (cause.params as Record<string, ProblemParam>)
      : {};
  const text =
    (typeof cause.code === 'string' ? renderProblem(cause.code, params, lang) : undefined) ??
    String(cause.message ?? '');
  const where = problemLocation(path, lang);
  return where === '' ? text : `${where}: ${text}`;
}

/** A field name as written in the file, quoted when it is not a plain name. */
function fieldName(key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return key;
  return JSON.stringify(key.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').slice(0, 40));
}

/**
 * Where a problem is, in a locale's words, from its path alone: each item
 * of a list counted from 1 with its kind ("issue 1", in Welsh "mater 1"),
 * and field names as written in the file. `''` for the whole document. In
 * English it is `describeLocation`'s wording.
 *
 * @category Report
 * @example
 * ```ts
 * problemLocation(['issues', 0, 'id'], 'cy'); // 'mater 1, id'
 * problemLocation(['issues', 0, 'id'], 'en-GB'); // 'issue 1, id'
 * ```
 */
export function problemLocation(
  path: readonly (string | number)[],
  locale: string | undefined,
): string {
  const lang = uiLocale(locale);
  if (lang === 'en-GB') return describeLocation(path, undefined, { labels: false });
  const catalogue = PROBLEM_CATALOGUES[lang];
  const say = (id: ProblemMessageId, data: Record<string, string>) =>
    renderMessage(catalogue[id], data, { locale: lang });
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      const noun = `item.${segment}`;
      parts.push(
        has(catalogue, noun)
          ? say('location.item', { noun: catalogue[noun], n: String(next + 1) })
          : say('location.entry', { list: fieldName(segment), n: String(next + 1) }),
      );
      i++;
    } else if (typeof segment === 'number') {
      parts.push(say('location.topItem', { n: String(segment + 1) }));
    } else {
      parts.push(fieldName(segment));
    }
  }
  return parts.join(', ');
}

/**
 * The details `describeLocation` wrote in English after the list item at
 * `pos` of `location` (`"Workshop 3", id a-20`), and where they end; none
 * when there are none. Details end at the ")" followed by the next part or
 * the end, so a title holding ")" is still found.
 */
function detailsAt(location: string, pos: number): { details: string; end: number } | undefined {
  if (!location.startsWith(' (', pos)) return undefined;
  let close = location.indexOf(')', pos + 2);
  while (close !== -1) {
    const rest = location.slice(close + 1);
    if (rest === '' || rest.startsWith(', ')) {
      return { details: location.slice(pos + 2, close), end: close + 1 };
    }
    close = location.indexOf(')', close + 1);
  }
  return undefined;
}

/**
 * Where a problem is, in a locale's words: as {@link problemLocation} says
 * it from the path, with the title and id of each item that the problem's
 * English `location` gave (`gweithgaredd 20 ("Workshop 3", dynodydd a-20),
 * start`). In English it is the problem's own `location`. `''` for the
 * whole document.
 *
 * @internal
 * @example
 * ```ts
 * try {
 *   parseProject(input);
 * } catch (error) {
 *   if (!(error instanceof CoproduceError)) throw error;
 *   // For a second activity "Planning" (a-02) with a start that is no date:
 *   // ['gweithgaredd 2 ("Planning", dynodydd a-02), start']
 *   const places = error.problems.map((detail) => problemWhere(detail, 'cy'));
 * }
 * ```
 */
export function problemWhere(detail: ProblemDetail, locale: string | undefined): string {
  const lang = uiLocale(locale);
  const location = detail.location;
  if (location === undefined) return problemLocation(detail.path, lang);
  if (lang === 'en-GB') return location;
  const catalogue = PROBLEM_CATALOGUES[lang];
  const path = detail.path;
  const parts: string[] = [];
  let pos = 0;
  const expect = (text: string): boolean => {
    if (!location.startsWith(text, pos)) return false;
    pos += text.length;
    return true;
  };
  for (let i = 0; i < path.length; i++) {
    if (i > 0 && !expect(', ')) return problemLocation(path, lang);
    const segment = path[i] as string | number;
    const next = path[i + 1];
    const isItem = typeof segment === 'string' && typeof next === 'number';
    const n = isItem ? next + 1 : typeof segment === 'number' ? segment + 1 : undefined;
    if (n === undefined) {
      const own = problemLocation([segment], lang);
      if (!expect(own)) return problemLocation(path, lang);
      parts.push(own);
      continue;
    }
    const key = isItem ? segment : undefined;
    if (!expect(`${itemNoun(key)} ${n}`)) return problemLocation(path, lang);
    let text = problemLocation(isItem ? [segment, next] : [segment], lang);
    const found = detailsAt(location, pos);
    if (found !== undefined) {
      pos = found.end;
      // The id's word is the only English in the details; a title is the person's own.
      const details = found.details.replace(
        /(^|, )id (?=[^,]*$)/,
        `$1${catalogue['location.id']} `,
      );
      text += ` (${details})`;
    }
    parts.push(text);
    if (isItem) i++;
  }
  return pos === location.length ? parts.join(', ') : problemLocation(path, lang);
}
