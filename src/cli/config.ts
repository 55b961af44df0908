/**
 * Which configuration a command uses, as ESLint chooses its own: `--config`
 * names one; otherwise `coproduce.config.json` is looked for in the
 * project's folder (or, for `rules` and `explain`, the current folder) and
 * the folders above it, up to the top of a repository or the home folder;
 * `--no-config` uses the recommended rules and nothing else.
 *
 * @module
 */

import { homedir } from 'node:os';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type { ResolvedConfig, RuleSet } from '../index.js';
import { findConfigFile, loadConfig, resolveConfigFile } from '../node/index.js';
import { describeConfiguration } from '../report/index.js';
import { say } from './catalogue.js';
import { type CliIo, resolvePath, UsageError } from './io.js';

/** The options every command that reads a configuration takes. */
export const CONFIG_OPTIONS = {
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  'config-root': { type: 'string' },
} as const;

/** The configuration chosen: its file (absolute) and how people see it named. */
export interface ConfigChoice {
  /** The file, or undefined for the recommended rules. */
  readonly file?: string | undefined;
  /** The file relative to the working folder, as reports and messages show it. */
  readonly shown: string | null;
  /** Whether it was named with --config or found by looking. */
  readonly found: boolean;
}

/** A path relative to the working folder, `..` and all; never absolute. */
export function relativeToCwd(io: CliIo, file: string): string {
  const rel = relative(io.cwd, file);
  if (rel === '') return basename(file);
  return isAbsolute(rel) ? basename(file) : rel.split(sep).join('/');
}

/**
 * Chooses the configuration for a command: `--config`, or the nearest
 * `coproduce.config.json` above `startDir`, or none with `--no-config`.
 */
export async function chooseConfig(
  io: CliIo,
  command: string,
  values: {
    readonly config?: string | undefined;
    readonly 'no-config'?: boolean | undefined;
    readonly 'config-root'?: string | undefined;
  },
  startDir: string,
): Promise<ConfigChoice> {
  if (values.config !== undefined && values['no-config'] === true) {
    throw new UsageError(say('usage.configOrNoConfig'), command);
  }
  let choice: ConfigChoice;
  if (values.config !== undefined) {
    const file = resolvePath(io, values.config);
    choice = { file, shown: relativeToCwd(io, file), found: false };
  } else if (values['no-config'] === true) {
    choice = { shown: null, found: false };
  } else {
    const file = await findConfigFile(startDir, { home: io.env.HOME || homedir() });
    choice =
      file === undefined
        ? { shown: null, found: false }
        : { file, shown: relativeToCwd(io, file), found: true };
  }
  if (choice.file === undefined && values['config-root'] !== undefined) {
    throw new UsageError(say('usage.configRoot'), command);
  }
  return choice;
}

function loadOptions(io: CliIo, choice: ConfigChoice, root: string | undefined) {
  return {
    ...(root !== undefined ? { root: resolvePath(io, root) } : {}),
    ...(choice.shown !== null ? { displayPath: choice.shown } : {}),
  };
}

/** Loads the chosen configuration as a rule set (undefined: the recommended rules). */
export async function loadChosenRules(
  io: CliIo,
  choice: ConfigChoice,
  root: string | undefined,
): Promise<RuleSet | undefined> {
  return loadConfigSource(chosenConfigSource(io, choice, root));
}

/**
 * How to load the chosen configuration again elsewhere (a worker thread
 * cannot be handed a compiled rule set): the file and the options to load
 * it with, or undefined for the recommended rules.
 */
export function chosenConfigSource(
  io: CliIo,
  choice: ConfigChoice,
  root: string | undefined,
): ConfigSource | undefined {
  if (choice.file === undefined) return undefined;
  return { file: choice.file, options: loadOptions(io, choice, root) };
}

/** A configuration file to load and how, as plain data. */
export interface ConfigSource {
  readonly file: string;
  readonly options: { readonly root?: string; readonly displayPath?: string };
}

/** Loads a configuration from its {@link ConfigSource} (undefined: the recommended rules). */
export async function loadConfigSource(
  source: ConfigSource | undefined,
): Promise<RuleSet | undefined> {
  return source === undefined ? undefined : loadConfig(source.file, source.options);
}

/** Resolves the chosen configuration (undefined: the recommended rules). */
export async function resolveChosenConfig(
  io: CliIo,
  choice: ConfigChoice,
  root: string | undefined,
): Promise<ResolvedConfig | undefined> {
  if (choice.file === undefined) return undefined;
  return resolveConfigFile(choice.file, loadOptions(io, choice, root));
}

/** One line saying which configuration and rule sets were used, worded as the reports word it. */
export function configurationLine(
  choice: ConfigChoice,
  ruleSets: readonly { readonly id: string; readonly version: string }[],
  locale?: string | undefined,
): string {
  return describeConfiguration({ configuration: { path: choice.shown, ruleSets }, locale }) ?? '';
}
