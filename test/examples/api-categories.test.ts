/**
 * The typedoc site groups the API by category. Every export of the public
 * entries needs a `@category` tag naming one of them in its TSDoc, or it
 * lands in "Other".
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { API_ENTRIES } from '../../scripts/api-report.js';
import { ROOT } from './snippets.js';

const CATEGORIES = ['Model', 'State', 'Check', 'Customisation', 'Node', 'Report'];
const ENTRIES = API_ENTRIES.map((entry) => join(ROOT, entry.source));

function categoriesOfExports(): { name: string; categories: string[] }[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram(ENTRIES, config.options);
  const checker = program.getTypeChecker();
  const found: { name: string; categories: string[] }[] = [];
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const categories = (symbol.declarations ?? []).flatMap((declaration) =>
        ts
          .getJSDocTags(declaration)
          .filter((tag) => tag.tagName.text === 'category')
          .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? ''),
      );
      found.push({ name: exported.name, categories });
    }
  }
  return found;
}

describe('the API reference', () => {
  it('puts every public export in one of the categories', () => {
    const wrong = categoriesOfExports()
      .filter(
        ({ categories }) =>
          categories.length === 0 || !categories.every((c) => CATEGORIES.includes(c)),
      )
      .map(({ name, categories }) => `${name}: ${categories.join(', ') || 'no @category'}`);
    expect(wrong, `add "@category ${CATEGORIES.join(' | ')}" to their TSDoc`).toEqual([]);
  }, 60_000);
});
