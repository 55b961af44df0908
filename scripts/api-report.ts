/**
 * `npm run api`: the public surface of every entry of the package, one file
 * per entry in `api/`, listing each export with its kind and its declared
 * type, so a change to the public API shows in review as a change to these
 * files. `npm run api -- --check` fails when the files are out of date.
 *
 * Uses the TypeScript compiler API only: a signature is printed as the
 * checker sees it, without truncation, so a change to a parameter, a return
 * type or an interface's member changes the report.
 *
 * ```sh
 * npm run api              # write api/*.api.md
 * npm run api -- --check   # fail when they differ from the sources
 * ```
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One public entry: its import specifier, its source file and its report's file name. */
export interface ApiEntry {
  readonly specifier: string;
  readonly source: string;
  readonly file: string;
}

/** The package's public entries, as package.json's `exports` names them. */
export const API_ENTRIES: readonly ApiEntry[] = [
  { specifier: 'coproduce', source: 'src/index.ts', file: 'coproduce.api.md' },
  { specifier: 'coproduce/schemas', source: 'src/schemas.ts', file: 'coproduce-schemas.api.md' },
  { specifier: 'coproduce/report', source: 'src/report/index.ts', file: 'coproduce-report.api.md' },
  { specifier: 'coproduce/testing', source: 'src/testing.ts', file: 'coproduce-testing.api.md' },
  { specifier: 'coproduce/node', source: 'src/node/index.ts', file: 'coproduce-node.api.md' },
];

/** One export of an entry. */
export interface ApiExport {
  readonly name: string;
  readonly kind: string;
  readonly signature: string;
}

const FORMAT =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrayAsGenericType;

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function program(sources: readonly string[], root: string): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  return ts.createProgram(
    sources.map((source) => join(root, source)),
    config.options,
  );
}

/** A declaration as written, without comments or method bodies. */
function declarationText(node: ts.Node): string {
  const source = node.getSourceFile();
  let printed: string;
  if (ts.isClassDeclaration(node)) {
    const members = node.members
      .filter(
        (member) =>
          !ts.isClassStaticBlockDeclaration(member) &&
          !(ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Private) &&
          !(member.name && ts.isPrivateIdentifier(member.name)),
      )
      .map((member) => {
        if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member)) {
          return printer.printNode(
            ts.EmitHint.Unspecified,
            ts.isMethodDeclaration(member)
              ? ts.factory.updateMethodDeclaration(
                  member,
                  member.modifiers,
                  member.asteriskToken,
                  member.name,
                  member.questionToken,
                  member.typeParameters,
                  member.parameters,
                  member.type,
                  undefined,
                )
              : ts.factory.updateConstructorDeclaration(
                  member,
                  member.modifiers,
                  member.parameters,
                  undefined,
                ),
            source,
          );
        }
        if (ts.isPropertyDeclaration(member)) {
          return printer.printNode(
            ts.EmitHint.Unspecified,
            ts.factory.updatePropertyDeclaration(
              member,
              member.modifiers,
              member.name,
              member.questionToken ?? member.exclamationToken,
              member.type,
              undefined,
            ),
            source,
          );
        }
        return printer.printNode(ts.EmitHint.Unspecified, member, source);
      });
    const heritage = (node.heritageClauses ?? [])
      .map((clause) => printer.printNode(ts.EmitHint.Unspecified, clause, source).trim())
      .join(' ');
    const body = members.map((member) => `    ${member.replace(/\s+/g, ' ')}`).join('\n');
    printed = `class ${node.name?.text ?? ''}${heritage ? ` ${heritage}` : ''} {\n${body}\n}`;
  } else {
    printed = printer.printNode(ts.EmitHint.Unspecified, node, source);
  }
  return printed.replace(/^export\s+/, '').trim();
}

function kindOf(symbol: ts.Symbol): string {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Enum) return 'enum';
  if (flags & ts.SymbolFlags.Variable) {
    const declaration = symbol.valueDeclaration;
    const list = declaration?.parent;
    return list && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const
      ? 'const'
      : 'let';
  }
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  if (flags & ts.SymbolFlags.Module) return 'namespace';
  return 'other';
}

/** A function's declarations as written, without bodies; an undeclared return type as inferred. */
function functionText(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const declarations = (symbol.declarations ?? []).filter(ts.isFunctionDeclaration);
  // With overloads, the implementation's signature is not part of the API.
  const overloads = declarations.filter((declaration) => declaration.body === undefined);
  return (overloads.length > 0 ? overloads : declarations)
    .map((declaration) => {
      const withoutBody = ts.factory.updateFunctionDeclaration(
        declaration,
        declaration.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword),
        declaration.asteriskToken,
        declaration.name,
        declaration.typeParameters,
        declaration.parameters,
        declaration.type ??
          ts.factory.createTypeReferenceNode(
            checker.typeToString(
              checker.getReturnTypeOfSignature(
                checker.getSignatureFromDeclaration(declaration) as ts.Signature,
              ),
              undefined,
              FORMAT,
            ),
          ),
        undefined,
      );
      return printer.printNode(ts.EmitHint.Unspecified, withoutBody, declaration.getSourceFile());
    })
    .join('\n');
}

function signatureOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const kind = kindOf(symbol);
  if (kind === 'function') return functionText(checker, symbol);
  if (kind === 'const' || kind === 'let') {
    const declaration = symbol.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.type) {
      return `${kind} ${symbol.name}: ${printer.printNode(ts.EmitHint.Unspecified, declaration.type, declaration.getSourceFile())}`;
    }
    // Inferred: printed as a type node, one member a line, so a diff shows the member that changed.
    const node = checker.typeToTypeNode(
      checker.getTypeOfSymbol(symbol),
      declaration,
      ts.NodeBuilderFlags.NoTruncation |
        ts.NodeBuilderFlags.MultilineObjectLiterals |
        ts.NodeBuilderFlags.UseSingleQuotesForStringLiteralType,
    );
    if (!node) throw new Error(`cannot print the type of ${symbol.name}`);
    return `${kind} ${symbol.name}: ${printer.printNode(ts.EmitHint.Unspecified, node, declaration?.getSourceFile() ?? ts.createSourceFile('x.ts', '', ts.ScriptTarget.ES2022))}`;
  }
  return (symbol.declarations ?? []).map(declarationText).join('\n');
}

/** The exports of each entry, sorted by name. */
export function collectApi(
  entries: readonly ApiEntry[] = API_ENTRIES,
  root = ROOT,
): Map<ApiEntry, ApiExport[]> {
  const built = program(
    entries.map((entry) => entry.source),
    root,
  );
  const checker = built.getTypeChecker();
  const result = new Map<ApiEntry, ApiExport[]>();
  for (const entry of entries) {
    const source = built.getSourceFile(join(root, entry.source));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry.source}`);
    const exports = checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // A type from a module the entry cannot name is printed as import("<path>"):
      // paths relative to the package, so the report is the same on every machine.
      const signature = signatureOf(checker, symbol).replaceAll(
        `import("${root.replace(/[\\/]+$/, '')}/`,
        'import("./',
      );
      return { name: exported.name, kind: kindOf(symbol), signature };
    });
    exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    result.set(entry, exports);
  }
  return result;
}

/** The text of one entry's report. */
export function formatApi(entry: ApiEntry, exports: readonly ApiExport[]): string {
  const counts = new Map<string, number>();
  for (const e of exports) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const summary = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const lines = [
    `# API report: \`${entry.specifier}\``,
    '',
    `<!-- Written by scripts/api-report.ts from ${entry.source}; do not edit. Run \`npm run api\` after a deliberate change to the public API. -->`,
    '',
    `${exports.length} exports: ${summary}.`,
    '',
  ];
  for (const e of exports) {
    lines.push(`## ${e.name} (${e.kind})`, '', '```ts', e.signature, '```', '');
  }
  return lines.join('\n');
}

/** Files that differ from what the sources give, or that no entry writes. */
export function apiDrift(
  entries: readonly ApiEntry[] = API_ENTRIES,
  root = ROOT,
  dir = join(root, 'api'),
): string[] {
  const drift: string[] = [];
  for (const [entry, exports] of collectApi(entries, root)) {
    const file = join(dir, entry.file);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === undefined) drift.push(`${entry.file} is missing`);
    else if (current !== formatApi(entry, exports)) drift.push(`${entry.file} is out of date`);
  }
  const known = new Set(entries.map((entry) => entry.file));
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.api.md') && !known.has(name)) drift.push(`${name} names no entry`);
    }
  }
  return drift;
}

/** Writes every entry's report. */
export function writeApi(
  entries: readonly ApiEntry[] = API_ENTRIES,
  root = ROOT,
  dir = join(root, 'api'),
): void {
  mkdirSync(dir, { recursive: true });
  for (const [entry, exports] of collectApi(entries, root)) {
    writeFileSync(join(dir, entry.file), formatApi(entry, exports));
  }
}

function isMain(): boolean {
  return process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
}

if (isMain()) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  if (values.check) {
    const drift = apiDrift();
    if (drift.length > 0) {
      console.error('The public API differs from the API report:');
      for (const line of drift) console.error(`  ${line}`);
      console.error(
        'If the change is deliberate, run `npm run api` and commit api/*.api.md with it.',
      );
      process.exitCode = 1;
    } else {
      console.log('The API report matches the sources.');
    }
  } else {
    writeApi();
    console.log(`Wrote the API report for ${API_ENTRIES.length} entries to api/.`);
  }
}
