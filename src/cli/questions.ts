/**
 * `coproduce questions`: the framework's question catalogue, for people
 * writing or checking rules: each question's id, its section, the question
 * in our own words, the kinds of record that can answer it, and which rules
 * of the configuration encode it (and whether they are switched on).
 *
 * @module
 */

import { builtinQuestionCatalogue } from '../check/builtin-rules.js';
import { councilWord, questionCatalogue } from '../check/compile.js';
import { closestMatch } from '../check/suggest.js';
import type { ResolvedConfig, ResolvedRule } from '../index.js';
import { questionPoint, sectionName, uiLocale, uiText } from '../report/index.js';
import { say } from './catalogue.js';
import { configurationLine } from './config.js';
import {
  type CliIo,
  EXIT_OK,
  InputError,
  listFormat,
  localeOption,
  parseCommandArgs,
  textWidth,
  wrap,
} from './io.js';
import { loadRuleContext, RULE_LIST_OPTIONS } from './rules.js';

/** What the shipped catalogue says about a question beyond its section and point. */
interface QuestionExtras {
  readonly evidence: readonly string[];
  readonly reflective: boolean;
}

function extrasById(resolved: ResolvedConfig): ReadonlyMap<string, QuestionExtras> {
  const out = new Map<string, QuestionExtras>();
  for (const catalogue of resolved.questionCatalogues.slice(1)) {
    for (const q of catalogue.questions)
      out.set(q.id, { evidence: q.evidence ?? [], reflective: q.reflective === true });
  }
  const list = (builtinQuestionCatalogue as { questions?: unknown }).questions;
  if (!Array.isArray(list)) return out;
  for (const entry of list as { id?: unknown; evidence?: unknown; reflective?: unknown }[]) {
    if (typeof entry.id !== 'string') continue;
    out.set(entry.id, {
      evidence: Array.isArray(entry.evidence)
        ? entry.evidence.filter((e): e is string => typeof e === 'string')
        : [],
      reflective: entry.reflective === true,
    });
  }
  return out;
}

/**
 * The source line: `rules/questions.json`'s for the built-in framework, and
 * each framework pack's citation for its questions among those shown.
 */
function sourceOf(resolved?: ResolvedConfig, ids?: readonly string[]): string | undefined {
  const source = (builtinQuestionCatalogue as { source?: unknown }).source;
  const builtin = typeof source === 'string' ? source : undefined;
  if (resolved === undefined || ids === undefined) return builtin;
  const shown = new Set(ids);
  const sources = resolved.questionCatalogues
    .filter((c) => c.questions.some((q) => shown.has(q.id)))
    .map((c) => (c.name === 'coproduce' ? builtin : (c.source ?? c.name)))
    .filter((x): x is string => x !== undefined);
  return sources.length > 0 ? [...new Set(sources)].join('; ') : builtin;
}

/** The question ids to show: all, or those named (by id or by the part before the dot). */
function selectIds(all: readonly string[], wanted: readonly string[]): string[] {
  if (wanted.length === 0) return [...all];
  const groups = [...new Set(all.map((id) => id.split('.')[0] as string))];
  const chosen = new Set<string>();
  for (const name of wanted) {
    if (all.includes(name)) {
      chosen.add(name);
      continue;
    }
    const group = name.endsWith('.') ? name.slice(0, -1) : name;
    if (groups.includes(group)) {
      for (const id of all) if (id.startsWith(`${group}.`)) chosen.add(id);
      continue;
    }
    const guess = closestMatch(name, [...all, ...groups], {
      maxDistance: Math.max(3, name.length / 3),
    });
    throw new InputError(
      guess ? say('questions.noneGuess', { name, guess }) : say('questions.none', { name }),
    );
  }
  return all.filter((id) => chosen.has(id));
}

/**
 * The questions to list when none is named: a framework none of whose rules
 * is in force was not chosen (a council using only a pack has switched
 * nothing off), so its questions are summed up in one line rather than
 * listed one by one as asked by no rule. When no framework has a rule in
 * force, every question is listed, as there is nothing to tell apart.
 */
function leaveOutUnselected(
  resolved: ResolvedConfig,
  ids: readonly string[],
  rulesFor: (id: string) => readonly ResolvedRule[],
): { ids: readonly string[]; notSelected: { n: number; source: string }[] } {
  const left = new Set<string>();
  const notSelected: { n: number; source: string }[] = [];
  for (const framework of resolved.questionCatalogues) {
    const own = framework.questions.map((q) => q.id).filter((id) => ids.includes(id));
    if (own.length === 0 || own.some((id) => rulesFor(id).some((r) => r.enabled))) continue;
    for (const id of own) left.add(id);
    notSelected.push({ n: own.length, source: sourceOf(resolved, own) ?? framework.name });
  }
  if (left.size === ids.length) return { ids, notSelected: [] };
  return { ids: ids.filter((id) => !left.has(id)), notSelected };
}

/** Runs `coproduce questions`. */
export async function runQuestions(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'questions', args, RULE_LIST_OPTIONS);
  if (parsed === undefined) return EXIT_OK;
  const { values, positionals } = parsed;
  const format = listFormat('questions', values.format);
  const { resolved, ruleSet, choice } = await loadRuleContext(io, 'questions', values);
  // The questions of every framework the configuration loaded: the built-in
  // one's, then those of any framework pack.
  const catalogue = questionCatalogue(resolved);
  const rulesFor = (id: string): ResolvedRule[] =>
    resolved.rules.filter((r) => r.rule.questions.includes(id));
  const named = selectIds([...catalogue.keys()], positionals);
  const { ids, notSelected } =
    positionals.length === 0
      ? leaveOutUnselected(resolved, named, rulesFor)
      : { ids: named, notSelected: [] };
  const locale = localeOption('questions', values.locale) ?? resolved.locale;
  const english = uiLocale(locale) === 'en-GB';
  const extras = extrasById(resolved);
  // A council's own words first, then coproduce's catalogue, then the catalogue's English.
  const pointOf = (id: string) =>
    councilWord(resolved.councilWords, locale, 'questions', id) ??
    questionPoint(id, locale) ??
    catalogue.get(id)?.point;

  // JSON keeps every question: each carries its rules and whether they are on.
  if (format === 'json') {
    const out = {
      source: sourceOf(resolved, named) ?? null,
      configuration: { path: choice.shown, ruleSets: ruleSet.ruleSets },
      questions: named.map((id) => {
        const q = catalogue.get(id);
        const more = extras.get(id);
        return {
          id,
          section: q?.section ?? null,
          question: pointOf(id) ?? null,
          evidence: more?.evidence ?? [],
          reflective: more?.reflective ?? false,
          rules: rulesFor(id).map((r) => ({
            id: r.rule.id,
            set: r.rule.set,
            severity: r.severity,
            enabled: r.enabled,
            builtin: r.builtin,
          })),
        };
      }),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }

  const width = Math.min(textWidth(io), 80);
  const say = (id: Parameters<typeof uiText>[1], data: Record<string, string | number> = {}) =>
    uiText(locale, id, data);
  const lines: string[] = [];
  const sections = [...new Set(ids.map((id) => catalogue.get(id)?.section ?? ''))];
  lines.push(
    ...wrap(
      // coproduce has words of its own only for the frameworks it ships.
      say(
        ids.some((id) => questionPoint(id, 'en-GB') !== undefined)
          ? 'questions.intro'
          : 'questions.introOwn',
        {
          n: ids.length,
          sections: sections.length,
          source: sourceOf(resolved, ids) ?? 'framework',
        },
      ),
      width,
    ),
  );
  lines.push(...wrap(configurationLine(choice, ruleSet.ruleSets, locale), width));
  let unasked = 0;
  for (const section of sections) {
    lines.push(
      '',
      councilWord(resolved.councilWords, locale, 'sections', section) ??
        sectionName(section, locale),
    );
    for (const id of ids.filter((i) => catalogue.get(i)?.section === section)) {
      const more = extras.get(id);
      lines.push(`  ${id}`);
      lines.push(...wrap(pointOf(id) ?? '', width, 4));
      // The kinds of record are written in English only: shown in English reports.
      if (english && more && more.evidence.length > 0) {
        lines.push(
          ...wrap(say('questions.answeredBy', { list: more.evidence.join('; ') }), width, 6, 4),
        );
      }
      if (more?.reflective) lines.push(...wrap(say('questions.reflective'), width, 6, 4));
      const rules = rulesFor(id);
      const on = rules.filter((r) => r.enabled);
      const off = rules.filter((r) => !r.enabled);
      if (on.length === 0) unasked += 1;
      lines.push(
        ...wrap(
          on.length === 0
            ? say('questions.noRules')
            : say('questions.rules', {
                list: on
                  .map((r) => `${r.rule.id} (${uiText(locale, `severity.${r.severity}`)})`)
                  .join(', '),
              }),
          width,
          6,
          4,
        ),
      );
      if (off.length > 0) {
        lines.push(
          ...wrap(say('questions.off', { ids: off.map((r) => r.rule.id).join(', ') }), width, 6, 4),
        );
      }
    }
  }
  lines.push('');
  lines.push(
    ...wrap(
      unasked === 0 ? say('questions.allAsked') : say('questions.unasked', { n: unasked }),
      width,
    ),
  );
  for (const framework of notSelected) {
    lines.push(...wrap(say('questions.notSelected', framework), width));
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
