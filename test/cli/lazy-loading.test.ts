/**
 * The command line loads the history and portfolio code only when it is
 * given a history or several projects (bench/cli.ts measures what that
 * saves at every start). Nothing else would notice if a CLI module began
 * importing them statically again, for instance through a value import
 * from the package's index: only `npm run bench:cli` would get slower. So
 * this test follows the static imports from the CLI's entry through the
 * sources and fails when one of the lazily loaded modules is reached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'src/cli/main.ts');

/** Modules the CLI loads with `import()` when a command needs them, never at start. */
const LAZY = ['src/state/history.ts', 'src/state/history-file.ts', 'src/cli/check-portfolio.ts'];

interface ModuleImports {
  /** Modules whose values this one imports or re-exports (type-only imports are erased). */
  readonly statics: string[];
  /** Modules this one loads with `import()`. */
  readonly dynamics: string[];
}

function sourceOf(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // a package or node: built-in
  const file = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  if (existsSync(file)) return file;
  const index = join(resolve(dirname(from), specifier), 'index.ts');
  return existsSync(index) ? index : undefined;
}

/** Whether an import or re-export brings in values, not only types. */
function bringsValues(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) return true; // export * from
    return clause.elements.length === 0 || clause.elements.some((e) => !e.isTypeOnly);
  }
  const clause = node.importClause;
  if (clause === undefined) return true; // import './x.js' runs the module
  if (clause.isTypeOnly) return false;
  if (clause.name !== undefined) return true;
  const bindings = clause.namedBindings;
  if (bindings === undefined) return true;
  if (ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

function importsOf(file: string): ModuleImports {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const statics: string[] = [];
  const dynamics: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      bringsValues(node)
    ) {
      const target = sourceOf(file, node.moduleSpecifier.text);
      if (target !== undefined) statics.push(target);
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = sourceOf(file, node.arguments[0].text);
      if (target !== undefined) dynamics.push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { statics, dynamics };
}

/** Every module reached from `entry` by static value imports, with the path that reached it. */
function staticGraph(entry: string): {
  reached: Map<string, string[]>;
  dynamics: Set<string>;
} {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const dynamics = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const { statics, dynamics: lazy } = importsOf(file);
    for (const target of lazy) dynamics.add(target);
    for (const target of statics) {
      if (reached.has(target)) continue;
      reached.set(target, [...reached.get(file)!, target]);
      queue.push(target);
    }
  }
  return { reached, dynamics };
}

const rel = (file: string) => relative(ROOT, file);

describe('the command line loads history and portfolio code only when asked', () => {
  const { reached, dynamics } = staticGraph(ENTRY);

  it.each(LAZY)('%s is not reached by static imports from src/cli/main.ts', (module) => {
    const path = reached.get(join(ROOT, module));
    expect(path?.map(rel), 'the chain of static imports that loads it at start').toBeUndefined();
  });

  it.each(LAZY)('%s is loaded with import() by the CLI', (module) => {
    // Guards the test itself: the lazy modules are still reached, only later.
    expect([...dynamics].map(rel)).toContain(module);
  });

  it('follows the CLI through its modules (the graph is not empty)', () => {
    const files = [...reached.keys()].map(rel);
    expect(files).toContain('src/cli/check.ts');
    expect(files).toContain('src/check/evaluate.ts');
  });
});
