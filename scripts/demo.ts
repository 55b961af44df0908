/**
 * `npm run demo`: validates each bundled example project in
 * `examples/projects/`, prints a short summary of each, then checks it with
 * the recommended rules and prints the issues, grouped by framework section.
 * Then it writes the HTML report of the mid-way example to a file (in the
 * system's temporary folder unless `--html` says where) and prints its path.
 *
 * ```sh
 * tsx scripts/demo.ts                    # as of 2026-11-20, the date the examples are written for
 * tsx scripts/demo.ts --now 2027-01-31   # as of another day
 * tsx scripts/demo.ts --html report.html # the HTML report here
 * ```
 *
 * @module
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { check } from '../src/index.js';
import {
  type ActivityKind,
  ActivityKindSchema,
  isCoproduceError,
  type Project,
} from '../src/model/index.js';
import { parseProjectJson } from '../src/model/parse.js';
import { formatReportHtml } from '../src/report/html.js';
import { formatReportText } from '../src/report/text.js';

/** The moment the bundled examples are written to be current at. */
export const DEMO_NOW = '2026-11-20T12:00:00Z';

/** The folder of bundled example projects. */
export const EXAMPLES_DIR: string = fileURLToPath(
  new URL('../examples/projects/', import.meta.url),
);

const kindNames: Record<ActivityKind, string> = {
  'formal-meeting': 'formal meeting',
  workshop: 'workshop',
  outreach: 'outreach',
  online: 'online',
  informal: 'informal',
  'site-visit': 'site visit',
  other: 'other',
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A plain-text summary of one project: title, stage, members, activities by
 * kind, decisions, learning and reflections. Members count as left once their
 * `left` date is on or before `now`.
 *
 * @example
 * ```ts
 * console.log(summariseProject(parseProjectJson(text), { now: DEMO_NOW }));
 * ```
 */
export function summariseProject(project: Project, options: { now: string }): string {
  const today = options.now.slice(0, 10);
  const members = project.group.members;
  const left = members.filter((m) => m.left !== undefined && m.left <= today).length;

  const byKind = new Map<ActivityKind, number>();
  for (const activity of project.activities) {
    byKind.set(activity.kind, (byKind.get(activity.kind) ?? 0) + 1);
  }
  const kinds = ActivityKindSchema.options
    .filter((kind) => byKind.has(kind))
    .map((kind) => `${kindNames[kind]} ${byKind.get(kind)}`)
    .join(', ');

  const madeBy = (who: string) => project.decisions.filter((d) => d.madeBy === who).length;
  const shared = project.learning.filter((l) => l.sharedWith.length > 0).length;
  const rating = (r: string) => project.reflections.filter((x) => x.rating === r).length;
  const questions = new Set(project.reflections.map((r) => r.questionId)).size;

  return [
    project.title,
    `  Stage:       ${project.stage}${project.organisation ? ` (${project.organisation})` : ''}`,
    `  Members:     ${members.length} (${members.length - left} active, ${left} left)`,
    `  Activities:  ${project.activities.length}${kinds ? ` (${kinds})` : ''}`,
    `  Decisions:   ${project.decisions.length} (group ${madeBy('group')}, with the organisation ${madeBy('group-with-organisation')}, outside the group ${madeBy('outside-group')})`,
    `  Learning:    ${plural(project.learning.length, 'entry', 'entries')}, ${shared} shared`,
    `  Reflections: ${project.reflections.length} on ${plural(questions, 'question')} (green ${rating('green')}, amber ${rating('amber')}, red ${rating('red')})`,
  ].join('\n');
}

/**
 * Validates, summarises and checks every `*.json` in a folder, writing lines
 * through `print`. Resolves to the exit code: 1 when any example is invalid.
 *
 * @example
 * ```ts
 * const code = await runDemo({ dir: EXAMPLES_DIR, now: DEMO_NOW, print: console.log });
 * ```
 */
export async function runDemo(options: {
  dir: string;
  now: string;
  print: (line: string) => void;
  /** Also check each project and print its issues (default true). */
  check?: boolean;
  width?: number;
  color?: boolean;
}): Promise<number> {
  const files = readdirSync(options.dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  let failed = 0;
  options.print(`coproduce demo: ${plural(files.length, 'example project')}, as of ${options.now}`);
  for (const file of files) {
    options.print('');
    try {
      const project = parseProjectJson(readFileSync(join(options.dir, file), 'utf8'));
      options.print(`${file}: valid`);
      options.print(summariseProject(project, { now: options.now }));
      if (options.check !== false) {
        const report = await check(project, { now: options.now });
        options.print('');
        options.print(
          formatReportText(report, {
            width: options.width ?? 80,
            color: options.color ?? false,
          }).trimEnd(),
        );
        options.print('');
        options.print('-'.repeat(Math.min(options.width ?? 80, 80)));
      }
    } catch (error) {
      if (!isCoproduceError(error)) throw error;
      failed++;
      options.print(`${file}: NOT VALID (${error.code})`);
      options.print(error.message);
    }
  }
  options.print('');
  options.print(
    failed === 0 ? 'All examples are valid.' : `${plural(failed, 'example')} could not be read.`,
  );
  return failed === 0 ? 0 : 1;
}

/** Where the demo writes the mid-way example's HTML report unless told otherwise. */
export const DEMO_HTML_FILE: string = join(tmpdir(), 'coproduce-demo', 'mid-way-report.html');

/**
 * Checks the mid-way example and writes its HTML report (with the
 * participation chart) to a file; resolves to the file's absolute path.
 *
 * @example
 * ```ts
 * const file = await writeDemoHtml({ now: DEMO_NOW });
 * console.log(`HTML report: ${file}`);
 * ```
 */
export async function writeDemoHtml(options: {
  now: string;
  dir?: string | undefined;
  file?: string | undefined;
}): Promise<string> {
  const project = parseProjectJson(
    readFileSync(join(options.dir ?? EXAMPLES_DIR, 'mid-way.json'), 'utf8'),
  );
  const report = await check(project, { now: options.now });
  const file = resolve(options.file ?? DEMO_HTML_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, formatReportHtml(report, { project }));
  return file;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(script))).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const { values } = parseArgs({
    options: {
      now: { type: 'string', default: DEMO_NOW },
      dir: { type: 'string' },
      html: { type: 'string' },
    },
  });
  const now = values.now.length === 10 ? `${values.now}T12:00:00Z` : values.now;
  if (!Number.isFinite(Date.parse(now))) {
    console.error(`--now must be a date like 2026-11-20, not "${values.now}"`);
    process.exitCode = 1;
  } else {
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.exitCode = await runDemo({
      dir: values.dir ?? EXAMPLES_DIR,
      now,
      print: (line) => console.log(line),
      width: Math.min(process.stdout.columns ?? 80, 100),
      color: colour,
    });
    const dir = values.dir ?? EXAMPLES_DIR;
    if (process.exitCode === 0 && existsSync(join(dir, 'mid-way.json'))) {
      const file = await writeDemoHtml({ now, dir, file: values.html });
      console.log(`HTML report of the mid-way example: ${file}`);
    }
  }
}
