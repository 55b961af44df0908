/**
 * `coproduce init [dir]`: writes a starter project and a council
 * configuration that extends the recommended rules, both with `$schema` so
 * an editor can check them; never overwrites a file.
 *
 * @module
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { say } from './catalogue.js';
import {
  type CliIo,
  displayPath,
  EXIT_OK,
  InputError,
  parseCommandArgs,
  resolvePath,
  sayText,
  UsageError,
  wrap,
} from './io.js';
import { packageInfo, type SchemaName, schemaUrl } from './package.js';

/** The files `init` writes. */
export const PROJECT_FILE = 'project.json';
export const CONFIG_FILE = 'coproduce.config.json';

/**
 * The `$schema` for a file in `dir`: a relative path to the schema in the
 * installed package when the package sits in a `node_modules` folder (or a
 * checkout) above `dir`, else the schema's canonical URL.
 */
export function schemaReference(dir: string, name: SchemaName): string {
  const { root } = packageInfo();
  const parts = root.split(sep);
  const modules = parts.lastIndexOf('node_modules');
  // The folder that owns the installation: the one holding node_modules, or the checkout itself.
  const owner = modules > 0 ? parts.slice(0, modules).join(sep) || sep : root;
  const rel = relative(owner, dir);
  const inside = rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
  if (!inside) return schemaUrl(name);
  const path = relative(dir, join(root, 'schemas', `${name}.schema.json`))
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

function slug(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return /^[a-z0-9]/.test(id) ? id : 'my-project';
}

/** The starter project document for a folder. */
export function starterProject(dir: string): Record<string, unknown> {
  return {
    $schema: schemaReference(dir, 'project'),
    schemaVersion: 2,
    id: slug(basename(dir)),
    title: 'Our co-production project',
    stage: 'planning',
    timeZone: 'Europe/London',
    purpose: {},
    remit: {},
    outcomes: [],
    group: { requiredPerspectives: [], members: [] },
    activities: [],
    decisions: [],
  };
}

/** The starter council configuration for a folder. */
export function starterConfig(dir: string): Record<string, unknown> {
  return {
    $schema: schemaReference(dir, 'config'),
    extends: ['coproduce:recommended'],
    rules: {},
  };
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Runs `coproduce init`. */
export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, 'init', args, {});
  if (parsed === undefined) return EXIT_OK;
  const { positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(say('usage.initOne'), 'init');
  const dir = resolvePath(io, positionals[0] ?? '.');
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new InputError(say('init.isFile', { dir: displayPath(io, dir) }));
  }
  const files = [
    { path: join(dir, PROJECT_FILE), data: starterProject(dir) },
    { path: join(dir, CONFIG_FILE), data: starterConfig(dir) },
  ];
  const taken = [];
  for (const file of files) if (await exists(file.path)) taken.push(displayPath(io, file.path));
  if (taken.length > 0) {
    throw new InputError(say(taken.length === 1 ? 'init.exists' : 'init.exist', { files: taken }));
  }
  await mkdir(dir, { recursive: true });
  for (const file of files) {
    try {
      // "wx": fail rather than overwrite a file created since the check above.
      await writeFile(file.path, `${JSON.stringify(file.data, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new InputError(say('init.existsNow', { file: displayPath(io, file.path) }));
      }
      throw error;
    }
  }
  const where = dir === io.cwd ? sayText(io, 'init.here') : displayPath(io, dir);
  const projectPath = displayPath(io, files[0]?.path ?? PROJECT_FILE);
  const configPath = displayPath(io, files[1]?.path ?? CONFIG_FILE);
  const width = 80;
  const lines = [
    ...wrap(
      sayText(io, 'init.wrote', { project: PROJECT_FILE, config: CONFIG_FILE, where }),
      width,
    ),
    '',
    sayText(io, 'init.next'),
    ...wrap(sayText(io, 'init.step1', { project: projectPath }), width, 5, 2),
    ...wrap(sayText(io, 'init.step2', { config: configPath }), width, 5, 2),
    ...wrap(sayText(io, 'init.step3', { project: projectPath, config: configPath }), width, 5, 2),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
