/**
 * Type-checks TSDoc `@example`s, so an example cannot drift from the code it
 * shows. What is covered:
 *
 * - every example of every export of the public entries (`coproduce`,
 *   `coproduce/node` and every other subpath in package.json's `exports`),
 *   wherever in `src/` the export is declared;
 * - every other example in the modules under {@link INTERNAL_FOLDERS}
 *   (every folder of `src/`: `state/`, `model/`, `time/`, `report/`,
 *   `cli/`, `node/` and `check/` with all its subfolders): those of
 *   exports no entry exports, of members (each command of a family, a
 *   property) and of values a module keeps to itself.
 *
 * Not covered: fences in another language (```tsx, ```json, ```sh). A new
 * folder of `src/` is covered by a line in {@link INTERNAL_FOLDERS};
 * `--folder src/new-folder` runs the check on it first, to see what it
 * would fail.
 *
 * Each example is written to a file of its own in a temporary folder, with
 * `coproduce` and `coproduce/*` mapped to the sources (tsconfig.json's
 * `paths`), and the files are compiled together with the TypeScript
 * compiler API under the project's own compiler options. An example is the
 * ```ts (or ```typescript) blocks of an `@example` tag, or, when the tag has
 * no fenced block, its text (a one-line example in backticks).
 *
 * An example may use any export of the entry it documents and of `coproduce`
 * without importing it, and the values of {@link PRELUDE} without declaring
 * them; anything else it must import or declare itself. An example in an
 * internal module has that module's own exports in place of an entry's
 * (imported from its source file), and may import from other modules
 * relatively, as the module itself does (`import { problem } from
 * './errors.js'`).
 *
 * One-line examples that claim a value (`expression // value`) are also
 * run, and fail when the value differs (see {@link exampleClaims}).
 *
 * ```sh
 * tsx scripts/check-tsdoc-examples.ts
 * tsx scripts/check-tsdoc-examples.ts --folder src/check --folder src/report
 * ```
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The folders (with their subfolders) whose internal modules have their
 * examples checked too, each with its module's own exports in scope.
 * Covering another folder is a line here (once its examples are true:
 * `--folder` shows what it would fail).
 */
export const INTERNAL_FOLDERS: readonly string[] = [
  'src/state',
  'src/model',
  'src/time',
  'src/report',
  'src/cli',
  'src/node',
  'src/check',
];

/**
 * Values every example may use without declaring them: the things a council
 * developer has in hand in the middle of real code. Each is declared only
 * in examples that do not declare a value of that name themselves.
 */
export const PRELUDE: Readonly<Record<string, string>> = {
  /** A project, parsed (as `parseProject` or `loadProjectFile` return it). */
  project: "import('coproduce').Project",
  /** A project document as JSON data, not yet parsed. */
  input: "import('coproduce').ProjectInput",
  /** JSON text read from a file. */
  text: 'string',
  /** A project's history of commands. */
  history: "import('coproduce').History",
  /** Projects, parsed, as a portfolio holds them. */
  projects: "readonly import('coproduce').Project[]",
  /** A portfolio's report (as `checkPortfolio` returns it). */
  portfolio: "import('coproduce').PortfolioReport",
  /** A check's report. */
  report: "import('coproduce').CheckReport",
  /** One issue of a report. */
  issue: "import('coproduce').FlaggedIssue",
  /** A compiled rule set (as `createRuleSet` or `loadConfig` return it). */
  ruleSet: "import('coproduce').RuleSet",
  /** A council's configuration, as data. */
  config: "import('coproduce').CouncilConfig",
  /** Anything at all, such as the value a `catch` receives. */
  error: 'unknown',
  /** Test functions, as vitest (or jest, or mocha) provides them. */
  describe: "typeof import('vitest').describe",
  it: "typeof import('vitest').it",
  expect: "typeof import('vitest').expect",
};

/** One example, where it came from and its code. */
export interface TsdocExample {
  /**
   * The entry whose export it documents, as users import it
   * (`coproduce/node`), or, for an export of an internal module, the
   * module's source file from the project's root (`src/state/apply.ts`).
   */
  readonly module: string;
  /** The export's name. */
  readonly name: string;
  /** The source file and the line (from 1) the code starts on. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

interface Entry {
  readonly module: string;
  readonly source: string;
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  return config.options;
}

/**
 * The public entries: `.` and every other subpath of package.json's
 * `exports`, each with the source file tsconfig.json's `paths` map it to.
 */
export function publicEntries(options: ts.CompilerOptions = compilerOptions()): Entry[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const base = options.pathsBasePath ?? ROOT;
  return Object.keys(pkg.exports)
    .filter((key) => !key.endsWith('.json'))
    .map((key) => {
      const module = key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`;
      const target = options.paths?.[module]?.[0];
      if (target === undefined) {
        throw new Error(
          `package.json exports "${key}", but tsconfig.json's "paths" does not map "${module}" to its source`,
        );
      }
      return { module, source: resolve(String(base), target) };
    });
}

/**
 * The source files of the modules under the folders given (from the
 * project's root), in a stable order; declaration files are no modules.
 */
export function internalModules(folders: readonly string[] = INTERNAL_FOLDERS): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map((name) => join(folder, name)),
    )
    .sort();
}

/**
 * Where an example's file imports a module from: an entry as users import
 * it, an internal module by its source file.
 */
function specifier(module: string): string {
  return module.endsWith('.ts') ? join(ROOT, module) : module;
}

/** The code of one `@example` tag, with the line of the source file it starts on. */
function examplesOfTag(
  sourceFile: ts.SourceFile,
  tag: ts.JSDocTag,
): { line: number; code: string }[] {
  const text = sourceFile.text.slice(tag.getStart(sourceFile), tag.end);
  const first = sourceFile.getLineAndCharacterOfPosition(tag.getStart(sourceFile)).line + 1;
  const lines = text
    .split('\n')
    .map((line, i) => (i === 0 ? line.replace(/^@example\s?/, '') : line))
    .map((line) => line.replace(/^\s*\*\/?\s?/, '').replace(/\s*\*\/\s*$/, ''));
  const out: { line: number; code: string }[] = [];
  let fence: { lang: string; start: number; body: string[] } | undefined;
  let fenced = false;
  lines.forEach((line, i) => {
    const marker = /^\s*```\s*([\w-]*)/.exec(line);
    if (marker && fence === undefined) {
      fenced = true;
      fence = { lang: marker[1] ?? '', start: first + i + 1, body: [] };
    } else if (marker && fence !== undefined) {
      if (['ts', 'typescript', ''].includes(fence.lang)) {
        out.push({ line: fence.start, code: fence.body.join('\n') });
      }
      fence = undefined;
    } else if (fence !== undefined) {
      fence.body.push(line);
    }
  });
  if (fenced) return out;
  // No fence: the whole text is the example, usually one line in backticks.
  const body = lines.join('\n').trim();
  if (body === '') return [];
  const inline = body.length > 1 && body.startsWith('`') && body.endsWith('`');
  return [{ line: first, code: inline ? body.slice(1, -1) : body }];
}

/**
 * The name an example is reported under: the declarations around the node
 * its comment belongs to, outermost first (`memberFamily.retire`).
 */
function nameOf(node: ts.Node): string {
  const parts: string[] = [];
  for (let at: ts.Node = node; !ts.isSourceFile(at); at = at.parent) {
    const named = ts.isVariableStatement(at) ? at.declarationList.declarations[0] : at;
    const name = (named as { name?: ts.Node } | undefined)?.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && parts[0] !== name.text)
      parts.unshift(name.text);
  }
  return parts.join('.') || '(module)';
}

/**
 * Every example of every export of the public entries, then every other
 * example in the internal modules under the folders given, each `@example`
 * tag once. An example of a public export belongs to the entry that
 * exports it; any other belongs to the module whose file holds it, whether
 * it documents an export, a member (a command of a family, a property) or
 * a value the module keeps to itself.
 */
export function collectExamples(
  options: ts.CompilerOptions = compilerOptions(),
  folders: readonly string[] = INTERNAL_FOLDERS,
): {
  examples: TsdocExample[];
  exports: Map<string, string[]>;
} {
  const entries = publicEntries(options);
  const internal = internalModules(folders).map((module) => ({
    module,
    source: join(ROOT, module),
  }));
  const program = ts.createProgram(
    [...entries, ...internal].map((e) => e.source),
    options,
  );
  const checker = program.getTypeChecker();
  const examples: TsdocExample[] = [];
  const exports = new Map<string, string[]>();
  const seen = new Set<ts.JSDocTag>();
  const add = (module: string, name: string, file: ts.SourceFile, tags: readonly ts.JSDocTag[]) => {
    for (const tag of tags) {
      if (tag.tagName.text !== 'example' || seen.has(tag)) continue;
      seen.add(tag);
      for (const { line, code } of examplesOfTag(file, tag)) {
        examples.push({ module, name, file: file.fileName, line, code });
      }
    }
  };
  const sourceOf = (path: string) => {
    const source = program.getSourceFile(path);
    if (!source) throw new Error(`cannot read ${path}`);
    return source;
  };
  /** The names a module exports, each type-only one as `type Name`. */
  const exportsOf = (source: ts.SourceFile) => {
    const moduleSymbol = checker.getSymbolAtLocation(source);
    // A file that neither imports nor exports is a script: it has no exports.
    if (!moduleSymbol) return [];
    return checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return { exported, symbol };
    });
  };
  for (const entry of entries) {
    const found = exportsOf(sourceOf(entry.source));
    if (found.length === 0) throw new Error(`cannot read ${entry.source}`);
    for (const { exported, symbol } of found) {
      for (const declaration of symbol.declarations ?? []) {
        add(entry.module, exported.name, declaration.getSourceFile(), ts.getJSDocTags(declaration));
      }
    }
    exports.set(
      entry.module,
      found.map(({ exported, symbol }) =>
        symbol.flags & ts.SymbolFlags.Value ? exported.name : `type ${exported.name}`,
      ),
    );
  }
  for (const entry of internal) {
    const source = sourceOf(entry.source);
    exports.set(
      entry.module,
      exportsOf(source).map(({ exported, symbol }) =>
        symbol.flags & ts.SymbolFlags.Value ? exported.name : `type ${exported.name}`,
      ),
    );
    // Outer nodes first, so a tag is named after the declaration it documents.
    const visit = (node: ts.Node) => {
      add(entry.module, nameOf(node), source, ts.getJSDocTags(node));
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(source, visit);
  }
  return { examples, exports };
}

/** The names an example declares or imports at its top level. */
function topLevelNames(code: string): Set<string> {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, false);
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else
      for (const element of name.elements)
        if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) addBinding(d.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add(element.name.text);
    }
  }
  return names;
}

/**
 * An internal module's example with its relative imports (`'./ids.js'`)
 * made absolute, so they name what they would from the module's own file.
 */
function importsFromModule(example: TsdocExample): string {
  if (!example.module.endsWith('.ts')) return example.code;
  return example.code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.\.?\/[^'"]*)\2/g,
    (_, lead: string, quote: string, path: string) =>
      `${lead}${quote}${resolve(ROOT, dirname(example.file), path)}${quote}`,
  );
}

/**
 * The file an example is compiled as: imports of the exports of its entry
 * (or internal module) and of `coproduce` that it does not declare itself,
 * the prelude values it does not declare, then its code (an internal
 * module's relative imports resolved from the module's folder).
 */
export function exampleModule(
  example: TsdocExample,
  exports: ReadonlyMap<string, readonly string[]>,
  rootModule = 'coproduce',
): { text: string; headerLines: number } {
  const own = topLevelNames(example.code);
  const header: string[] = [];
  const imported = new Set<string>();
  for (const module of new Set([example.module, rootModule])) {
    const bare = (n: string) => n.replace(/^type /, '');
    const names = (exports.get(module) ?? []).filter(
      (n) => !own.has(bare(n)) && !imported.has(bare(n)),
    );
    for (const n of names) imported.add(bare(n));
    if (names.length > 0)
      header.push(`import { ${names.join(', ')} } from '${specifier(module)}';`);
  }
  for (const [name, type] of Object.entries(PRELUDE)) {
    // `let`, so an example may show `history = recordCommand(history, …)`.
    if (!own.has(name) && !imported.has(name)) header.push(`declare let ${name}: ${type};`);
  }
  header.push('export {};');
  return {
    text: `${header.join('\n')}\n${importsFromModule(example)}\n`,
    headerLines: header.length,
  };
}

/** The examples and exports {@link collectExamples} found. */
export type Collected = ReturnType<typeof collectExamples>;

/**
 * Compiles every example (or the ones given, with the exports of the
 * entries and modules) and returns one message per error, naming the
 * example's place.
 */
export function checkExamples(
  given?: readonly TsdocExample[],
  collected: Collected = collectExamples(),
): {
  count: number;
  errors: string[];
} {
  const options = compilerOptions();
  const examples = given ?? collected.examples;
  const { exports } = collected;
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-tsdoc-'));
  try {
    // Packages (vitest, zod, @types/node) resolve from the project's node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const base = options.pathsBasePath ?? ROOT;
    const paths: Record<string, string[]> = {};
    for (const [key, targets] of Object.entries(options.paths ?? {})) {
      paths[key] = targets.map((t) => resolve(String(base), t));
    }
    paths['coproduce/*'] ??= [join(ROOT, 'src/*/index.ts'), join(ROOT, 'src/*.ts')];
    const files = examples.map((example, i) => {
      const file = join(dir, `example-${String(i).padStart(4, '0')}.ts`);
      const { text, headerLines } = exampleModule(example, exports);
      writeFileSync(file, text);
      return { file, example, headerLines };
    });
    const program = ts.createProgram(
      files.map((f) => f.file),
      {
        ...options,
        paths,
        noEmit: true,
        // The core runs in browsers too, and some examples show it there.
        lib: [...(options.lib ?? ['lib.es2022.d.ts']), 'lib.dom.d.ts'],
        // An example may leave a value unused, or show a value on a line of its own.
        noUnusedLocals: false,
        // An internal module is imported by its source file.
        allowImportingTsExtensions: true,
        allowUnreachableCode: true,
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
    );
    const errors: string[] = [];
    for (const source of files) {
      const file = program.getSourceFile(source.file);
      if (file === undefined) throw new Error(`cannot read ${source.file}`);
      // The examples' own diagnostics only: checking the whole program would
      // check every source file of the library too, which tsc does already.
      const diagnostics = ts.sortAndDeduplicateDiagnostics([
        ...program.getSyntacticDiagnostics(file),
        ...program.getSemanticDiagnostics(file),
      ]);
      for (const diagnostic of diagnostics) {
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const { example } = source;
        const where =
          line < source.headerLines
            ? `${example.file.replace(`${ROOT}/`, '')}:${example.line} (${example.name}, in the imports)`
            : `${example.file.replace(`${ROOT}/`, '')}:${example.line + line - source.headerLines} (${example.name})`;
        errors.push(`${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
      }
    }
    return { count: examples.length, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-line example's claim: the expression and the value its comment says it gives. */
export interface ExampleClaim {
  readonly example: TsdocExample;
  readonly expression: string;
  readonly claimed: string;
}

/**
 * The claims that are cheap to run: one-line examples of the form
 * `expression // value` (true, false, undefined, a number, a quoted string
 * or a list of them, optionally followed by `: why` or `; more`), whose
 * expression uses no prelude value and declares nothing.
 */
export function exampleClaims(examples: readonly TsdocExample[]): ExampleClaim[] {
  const claims: ExampleClaim[] = [];
  for (const example of examples) {
    if (example.code.includes('\n')) continue;
    const match =
      /^(.*?);?\s*\/\/\s*(true|false|undefined|-?\d[\d_.]*|'[^'\n]*'|\[[^\]\n]*\])(?:[:;].*)?$/.exec(
        example.code.trim(),
      );
    if (!match) continue;
    const [, expression = '', claimed = ''] = match;
    if (/\.\.\.|…/.test(claimed) || /^(const|let|var|type|if|for|await)\b/.test(expression))
      continue;
    if (Object.keys(PRELUDE).some((name) => new RegExp(`\\b${name}\\b`).test(expression))) continue;
    claims.push({ example, expression, claimed });
  }
  return claims;
}

/**
 * Runs every cheap claim (of the examples given, or of all) against the
 * sources and returns one message per claim that is false or throws,
 * naming where it is.
 */
export async function checkClaims(
  given?: readonly TsdocExample[],
  collected: Collected = collectExamples(),
): Promise<{ count: number; errors: string[] }> {
  const { exports } = collected;
  const claims = exampleClaims(given ?? collected.examples);
  const entries = publicEntries();
  const publicModules = entries.map((entry) => entry.module);
  const byModule = new Map<string, number[]>();
  claims.forEach(({ example }, i) => {
    byModule.set(example.module, [...(byModule.get(example.module) ?? []), i]);
  });
  // Every entry first, in their order, as an application would load them;
  // then the internal modules with claims.
  const modules = [...new Set([...publicModules, ...byModule.keys()])];
  const sources = new Map(entries.map((entry) => [entry.module, entry.source]));
  const lines = modules.map(
    (module, i) =>
      `import * as $${i} from ${JSON.stringify(sources.get(module) ?? join(ROOT, module))};`,
  );
  lines.push('export const results: { got?: string; want?: string; error?: string }[] = [];');
  for (const [module, indices] of byModule) {
    // The claims of one module run in a block of their own, with the
    // module's exports in scope and then the entries' ones it leaves free.
    const scope = module.endsWith('.ts') ? [module, ...publicModules] : publicModules;
    const taken = new Set<string>();
    lines.push('{');
    for (const from of scope) {
      const names = (exports.get(from) ?? []).filter(
        (n) => !n.startsWith('type ') && !taken.has(n),
      );
      for (const n of names) taken.add(n);
      if (names.length > 0)
        lines.push(`const { ${names.join(', ')} } = $${modules.indexOf(from)};`);
    }
    for (const i of indices) {
      const { expression, claimed } = claims[i] as ExampleClaim;
      lines.push(
        `try { results[${i}] = { got: JSON.stringify(await (async () => (${expression}))()), want: JSON.stringify(${claimed}) }; } catch (error) { results[${i}] = { error: String(error) }; }`,
      );
    }
    lines.push('}');
  }
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-claims-'));
  try {
    const file = join(dir, 'claims.mts');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { results } = (await import(pathToFileURL(file).href)) as {
      results: { got?: string; want?: string; error?: string }[];
    };
    const errors: string[] = [];
    claims.forEach(({ example, expression, claimed }, i) => {
      const result = results[i];
      const where = `${example.file.replace(`${ROOT}/`, '')}:${example.line} (${example.name})`;
      if (result?.error !== undefined)
        errors.push(`${where}: ${expression} throws ${result.error}`);
      else if (result?.got !== result?.want)
        errors.push(`${where}: ${expression} gives ${result?.got}, not ${claimed}`);
    });
    return { count: claims.length, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Type-checks the examples and runs their one-line claims, printing what
 * fails; sets a failing exit code when anything does.
 */
export async function reportExamples(folders: readonly string[] = INTERNAL_FOLDERS): Promise<void> {
  const collected = collectExamples(compilerOptions(), folders);
  const { count, errors } = checkExamples(undefined, collected);
  const covered = [
    'the public entries',
    ...folders.map((folder) => (folder.endsWith('/*') ? folder : `${folder}/`)),
  ].join(', ');
  if (errors.length > 0) {
    console.error(`${errors.length} error(s) in the ${count} TSDoc examples (${covered}):`);
    for (const line of errors) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log(`All ${count} TSDoc examples type-check (${covered}).`);
  }
  const claims = await checkClaims(undefined, collected);
  if (claims.errors.length > 0) {
    console.error(
      `${claims.errors.length} of the ${claims.count} claims of one-line examples are false:`,
    );
    for (const line of claims.errors) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log(`All ${claims.count} claims of one-line examples hold when run.`);
  }
}

const isMain = process.argv[1]?.endsWith('check-tsdoc-examples.ts') ?? false;
if (isMain) {
  // `--folder src/check` (repeatable) checks those folders instead of INTERNAL_FOLDERS,
  // to see what a folder not yet covered would fail.
  const { values } = parseArgs({ options: { folder: { type: 'string', multiple: true } } });
  await reportExamples(values.folder ?? INTERNAL_FOLDERS);
}
