/**
 * Fails when an export of a public entry has no TSDoc comment with an
 * `@example`, or when an example does not type-check against the API it
 * shows (see check-tsdoc-examples.ts). Typedoc checks links and exports;
 * this checks the examples.
 *
 * ```sh
 * tsx scripts/check-tsdoc.ts
 * ```
 */

import { relative } from 'node:path';
import ts from 'typescript';
import { publicEntries, reportExamples } from './check-tsdoc-examples.js';

/** The public entries: `src/index.ts`, `src/node/index.ts` and every other subpath package.json exports. */
const ENTRIES = publicEntries().map((entry) => relative(process.cwd(), entry.source));

/** The exports of the entries that lack an `@example`, as `entry: name`. */
export function exportsWithoutExamples(entries: readonly string[] = ENTRIES): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram(entries, config.options);
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const hasExample = (symbol.declarations ?? []).some((declaration) =>
        ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'),
      );
      if (!hasExample) missing.push(`${entry}: ${exported.name}`);
    }
  }
  return missing.sort();
}

const isMain = process.argv[1]?.endsWith('check-tsdoc.ts') ?? false;
if (isMain) {
  const missing = exportsWithoutExamples();
  if (missing.length > 0) {
    console.error(`${missing.length} export(s) have no TSDoc @example:`);
    for (const line of missing) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log('Every public export has a TSDoc @example.');
  }
  await reportExamples();
}
