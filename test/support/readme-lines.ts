/**
 * The README's command-line lines, and the files they name that
 * `coproduce init` does not write, for the tests that run them as written:
 * in-process from the sources (test/cli/readme.test.ts) and from the
 * installed package (test/package/pack.test.ts).
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  createHistory,
  parseProjectJson,
  commands as projectCommands,
  recordCommand,
  serializeHistory,
} from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A council rule that works: flags projects with fewer than 100 active members. */
const COUNCIL_RULE = {
  id: 'small-group',
  set: 'council',
  version: 1,
  title: 'The group is small',
  questions: ['governance.information-flow'],
  section: 'Governance',
  scope: 'project',
  severity: 'info',
  conditions: { all: [{ fact: 'activeMemberCount', operator: 'lessThan', value: 100 }] },
  messages: { flagged: 'The group has {activeMemberCount} active members.', action: 'Grow it.' },
  rationale: 'People outside the group should see what it decided.',
};

/** The lines of the README's "Command line" block, comments taken off. */
export function readmeCommandLines(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** A line's arguments after `coproduce`, with `folder/*.json` expanded as a shell does. */
export function readmeArgs(line: string, cwd: string): string[] {
  return line
    .split(/\s+/)
    .slice(1)
    .flatMap((word) => {
      const star = /^(.*)\/\*\.json$/.exec(word);
      if (!star) return [word];
      const folder = star[1] as string;
      return readdirSync(join(cwd, folder))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => `${folder}/${name}`);
    });
}

/**
 * Makes the files a line names that `coproduce init` does not write, as a
 * council would have them: a rule file of its own, a folder of projects, an
 * earlier saved report (`saveReport` runs `check project.json --format json`)
 * and a saved history.
 */
export async function prepareReadmeLine(
  line: string,
  dir: string,
  saveReport: () => Promise<string>,
): Promise<void> {
  if (line.includes('council-rules/') && !existsSync(join(dir, 'council-rules'))) {
    mkdirSync(join(dir, 'council-rules'));
    writeFileSync(join(dir, 'council-rules', 'small-group.json'), JSON.stringify(COUNCIL_RULE));
  }
  if (line.includes(' projects/') && !existsSync(join(dir, 'projects'))) {
    mkdirSync(join(dir, 'projects'));
    const from = join(ROOT, 'examples', 'portfolio');
    for (const name of readdirSync(from))
      copyFileSync(join(from, name), join(dir, 'projects', name));
  }
  if (line.includes('october.json') && !existsSync(join(dir, 'october.json'))) {
    const saved = await saveReport();
    writeFileSync(join(dir, 'october.json'), saved);
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'october.json'), saved);
  }
  if (line.includes(' our-pack') && !existsSync(join(dir, 'our-pack'))) {
    // A council's own framework pack, named by the configuration init wrote.
    cpSync(join(ROOT, 'rules', 'six-principles'), join(dir, 'our-pack'), { recursive: true });
    const configFile = join(dir, 'coproduce.config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    writeFileSync(configFile, JSON.stringify({ ...config, ruleFiles: ['./our-pack'] }, null, 2));
  }
  if (line.includes('history.json') && !existsSync(join(dir, 'history.json'))) {
    const project = parseProjectJson(readFileSync(join(dir, 'project.json'), 'utf8'));
    const history = recordCommand(
      createHistory(project),
      projectCommands.progressTracking.recordReview({ on: '2026-10-15' }),
      { at: '2026-10-15T10:00:00Z' },
    );
    writeFileSync(join(dir, 'history.json'), serializeHistory(history));
  }
}
