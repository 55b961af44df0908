/**
 * The fact library: the declarative facts shipped in `rules/facts/`,
 * compiled once into facts of the catalogue.
 *
 * @module
 */
import { CoproduceError, type ProblemDetail, problem } from '../../model/errors.js';
import { zodProblems } from '../../model/zod-problems.js';
import type { FactDefinition } from '../facts/types.js';
import { compileDeclaredFact } from './compile.js';
import { type FactLibraryFile, FactLibrarySchema } from './schema.js';

/**
 * Compiles the files of a fact library into facts of the catalogue, each
 * tagged with its file's topic.
 *
 * With `vetted`, the files are taken as they are instead of parsed: for
 * the library shipped with coproduce, which cannot change once released and
 * which `test/check/generated.test.ts` holds to reading as it is written.
 * Parsing it at every start cost more than compiling it.
 *
 * @throws {@link CoproduceError} `invalid-rule` listing every problem with
 * its file and path.
 * @internal
 * @example
 * ```ts
 * import { builtinFactFiles } from '../builtin-rules.js';
 *
 * compileFactLibrary(builtinFactFiles).map((fact) => fact.id);
 * ```
 */
export function compileFactLibrary(
  files: readonly { readonly file: string; readonly data: unknown }[],
  { vetted = false }: { readonly vetted?: boolean } = {},
): FactDefinition[] {
  const problems: ProblemDetail[] = [];
  const facts: FactDefinition[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const parsed = vetted
      ? { success: true as const, data: data as FactLibraryFile }
      : FactLibrarySchema.safeParse(data);
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error, { schema: FactLibrarySchema }).map((p) => ({ ...p, file })),
      );
      continue;
    }
    for (const [id, definition] of Object.entries(parsed.data.facts)) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        problems.push(
          problem(['facts', id], `the fact "${id}" is also declared in ${earlier}`, { file }),
        );
        continue;
      }
      seen.set(id, file);
      const result = compileDeclaredFact(id, definition);
      for (const p of result.problems)
        problems.push(problem(['facts', id, ...p.path], p.message, { file }));
      if (result.fact) facts.push(Object.freeze({ ...result.fact, topic: parsed.data.topic }));
    }
  }
  if (problems.length > 0) {
    throw new CoproduceError(
      'invalid-rule',
      'The fact library shipped with coproduce is broken:',
      problems,
    );
  }
  return facts;
}
