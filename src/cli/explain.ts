/**
 * `coproduce explain <rule-id>`: one rule in plain words — the question it
 * encodes, why it matters, what flags it, the facts and parameters it uses
 * and how to resolve it.
 *
 * @module
 */
import {
  closestMatch,
  DEFAULT_RULE_DOCS,
  getFact,
  getOperator,
  type ParameterValue,
  questionCatalogue,
  type ResolvedRule,
  type RuleCondition,
  ruleDocsLink,
  type TopCondition,
} from '../index.js';
import { CONFIG_HELP, CONFIG_OPTIONS, configurationLine } from './config.js';
import {
  type CliIo,
  EXIT_OK,
  InputError,
  parseCommandArgs,
  textWidth,
  UsageError,
  wrap,
} from './io.js';
import { formatParameter, loadRuleContext } from './rules.js';

export const explainHelp = `Usage: coproduce explain <rule-id> [options]

Explains one rule: the framework question it encodes, why it matters, what
flags it, the facts and parameters it uses, and how to resolve what it
finds. Parameters, severity and messages are shown as configured.

Options:
${CONFIG_HELP}
  -h, --help              Show this help

Example:
  coproduce explain quiet-members
`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function literal(value: unknown): string {
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : value.map(String).join(', ');
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function valueText(value: unknown, entry: ResolvedRule): string {
  if (isObject(value) && typeof value.param === 'string') {
    const current = entry.parameters[value.param];
    return `the parameter ${value.param} (${current === undefined ? 'unset' : formatParameter(current)})`;
  }
  if (isObject(value) && typeof value.fact === 'string') {
    return `the fact ${value.fact}${paramsText(value.params, entry)}`;
  }
  return literal(value);
}

function paramsText(params: unknown, entry: ResolvedRule): string {
  if (!isObject(params)) return '';
  const names = Object.keys(params).sort();
  if (names.length === 0) return '';
  return ` (${names.map((n) => `${n}: ${valueText(params[n], entry)}`).join(', ')})`;
}

function conditionLines(
  node: RuleCondition | TopCondition,
  entry: ResolvedRule,
  depth: number,
): string[] {
  const pad = '  '.repeat(depth);
  const record = node as unknown as Record<string, unknown>;
  for (const [key, intro] of [
    ['all', 'all of these hold:'],
    ['any', 'at least one of these holds:'],
  ] as const) {
    const list = record[key];
    if (Array.isArray(list)) {
      if (list.length === 1) return conditionLines(list[0] as RuleCondition, entry, depth);
      return [
        `${pad}- ${intro}`,
        ...list.flatMap((child) => conditionLines(child as RuleCondition, entry, depth + 1)),
      ];
    }
  }
  if ('not' in record) {
    return [
      `${pad}- this does not hold:`,
      ...conditionLines(record.not as RuleCondition, entry, depth + 1),
    ];
  }
  const fact = String(record.fact);
  const operator = String(record.operator);
  const path = typeof record.path === 'string' ? ` at ${record.path}` : '';
  const phrase = getOperator(operator)?.phrase ?? operator;
  const subject = `${fact}${path}${paramsText(record.params, entry)}`;
  return operator === 'notEmpty' || operator === 'isEmpty'
    ? [`${pad}- ${subject} ${phrase}`]
    : [`${pad}- ${subject} ${phrase} ${valueText(record.value, entry)}`];
}

function factsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) factsIn(child, out);
  else if (isObject(node)) {
    if (typeof node.fact === 'string' && !out.includes(node.fact)) out.push(node.fact);
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'fact' && typeof value === 'object') factsIn(value, out);
    }
  }
  return out;
}

/** The rule id a mistyped one most likely meant, for "did you mean". */
function nearest(id: string, ids: readonly string[]): string | undefined {
  return (
    closestMatch(id, ids, { maxDistance: Math.max(3, id.length / 3) }) ??
    ids.find((candidate) => candidate.includes(id))
  );
}

/** The explanation of one rule, as lines of text. */
export function explainRule(
  entry: ResolvedRule,
  width: number,
  ruleDocs: string = DEFAULT_RULE_DOCS,
): string[] {
  const rule = entry.rule;
  const questions = questionCatalogue();
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text);
  const para = (text: string, indent = 2) => lines.push(...wrap(text, width, indent));

  lines.push(...wrap(`${rule.id}: ${entry.texts.title}`, width));
  para(
    `Rule set ${rule.set} · severity ${entry.severity}${entry.enabled ? '' : ' (switched off)'} · about ${rule.scope === 'project' ? 'the project' : `each ${rule.scope}`} · stages ${rule.stages?.join(', ') ?? 'all'} · version ${rule.version}${entry.builtin ? '' : ' · custom rule'}`,
    0,
  );

  heading(`The framework question${rule.questions.length === 1 ? '' : 's'}`);
  for (const id of rule.questions) {
    const q = questions.get(id);
    lines.push(
      ...wrap(`${id} (${q?.section ?? rule.section}): ${q?.point ?? ''}`.trim(), width, 4, 2),
    );
  }

  heading('Why it matters');
  para(rule.rationale);

  heading('What flags it');
  para(
    rule.scope === 'project'
      ? 'It raises one issue about the project when'
      : `It raises one issue for each ${rule.scope} that the fact ${rule.subjects?.fact ?? ''} lists, when`,
  );
  for (const line of conditionLines(rule.conditions, entry, 1)) {
    const indent = line.length - line.trimStart().length;
    lines.push(...wrap(line.trim(), width, indent + 2, indent));
  }
  para(
    'When the data a condition needs has not been recorded, the rule cannot decide and the issue says it needs review instead.',
  );

  heading('Facts it reads');
  const used = factsIn(rule.conditions);
  const messageOnly = (rule.facts ?? []).map((f) => f.fact).filter((f) => !used.includes(f));
  for (const id of [...used, ...messageOnly]) {
    const fact = getFact(id);
    const kind = fact ? `${fact.type}${fact.scope ? ` of ${fact.scope}s` : ''}` : 'unknown fact';
    const note = messageOnly.includes(id) ? ' Read for the messages only.' : '';
    lines.push(...wrap(`- ${id} (${kind}): ${fact?.description ?? ''}${note}`, width, 4, 2));
  }

  heading('Parameters');
  const names = Object.keys(rule.parameters ?? {});
  if (names.length === 0) para('None.');
  for (const name of names) {
    const definition = rule.parameters?.[name];
    if (!definition) continue;
    const value = entry.parameters[name] as ParameterValue;
    const unit = definition.unit ? ` ${definition.unit}` : '';
    const changed =
      JSON.stringify(value) !== JSON.stringify(definition.default)
        ? ` (default ${formatParameter(definition.default as ParameterValue)})`
        : ' (the default)';
    lines.push(
      ...wrap(
        `- ${name} = ${formatParameter(value)}${unit}${changed}: ${definition.description}`,
        width,
        4,
        2,
      ),
    );
  }

  heading('Messages');
  para(`Flagged: “${entry.texts.flagged}”`);
  if (entry.texts.needsReview) para(`Needs review: “${entry.texts.needsReview}”`);

  heading('How to resolve it');
  para(entry.texts.action);

  const docs = ruleDocsLink(rule, entry.builtin, ruleDocs);
  if (docs || entry.file) heading('More');
  if (docs) para(docs);
  if (entry.file && !entry.builtin) para(`Defined in ${entry.file}`);
  return lines;
}

/** Runs `coproduce explain`. */
export async function runExplain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, { ...CONFIG_OPTIONS });
  if (values.help) {
    io.stdout.write(explainHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'name the rule to explain, such as quiet-members'
        : 'explain takes one rule id',
      'explain',
    );
  }
  const id = positionals[0] as string;
  const { resolved, ruleSet, choice } = await loadRuleContext(io, 'explain', values);
  const entry = resolved.rules.find((r) => r.rule.id === id);
  if (!entry) {
    const guess = nearest(
      id,
      resolved.rules.map((r) => r.rule.id),
    );
    throw new InputError(
      `there is no rule "${id}"${guess ? `; did you mean "${guess}"?` : '.'} Run "coproduce rules" to list the rules in force.`,
    );
  }
  const width = Math.min(textWidth(io), 80);
  const lines = [
    ...explainRule(entry, width, resolved.ruleDocs),
    '',
    ...wrap(configurationLine(choice, ruleSet.ruleSets), width),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
