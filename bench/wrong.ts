/**
 * The wrong-document benchmark (issue 12): a project document wrong at
 * about a million values — members and activities at the list limit, each
 * wrong in several ways — read as a user reads it, from its JSON text, and
 * refused with its capped list of problems. Prints the time of
 * `parseProjectJson` (the text already in memory) beside its budget.
 *
 * `npm run bench -- --only=wrong`.
 */
import { Bench } from 'tinybench';
import { CoproduceError, PROJECT_LIMITS, parseProjectJson } from '../src/index.js';

/** About a million values, nearly every one of them wrong. */
function wrongText(): string {
  const length = PROJECT_LIMITS.maxListLength - 1;
  const members = Array.from({ length }, (_, i) =>
    i % 2 === 0
      ? { id: i, displayName: [i], joined: null, roles: 'resident', notes: { length: 1 }, x: 1 }
      : 'member',
  );
  const activities = Array.from({ length }, (_, i) =>
    i % 3 === 0 ? { id: ['a'], kind: 'nothing', start: 3, attendance: 4 } : null,
  );
  return JSON.stringify({
    schemaVersion: 2,
    id: 'wrong-everywhere',
    title: 'Wrong everywhere',
    stage: 'planning',
    timeZone: 'Europe/London',
    group: { requiredPerspectives: [], members },
    activities,
  });
}

/**
 * Runs the benchmark and prints its figures.
 *
 * @example `await benchWrongDocument();`
 */
export async function benchWrongDocument(): Promise<void> {
  const text = wrongText();
  let last = '';
  const bench = new Bench({ time: 3000, iterations: 5, warmupIterations: 1 });
  bench
    .add('JSON.parse of the text', () => {
      JSON.parse(text);
    })
    .add('parseProjectJson refusing it', () => {
      try {
        parseProjectJson(text);
      } catch (error) {
        if (!(error instanceof CoproduceError)) throw error;
        last = error.problems.at(-1)?.message ?? '';
      }
    });
  await bench.run();
  const [jsonParse, refuse] = bench.tasks.map(
    (task) => (task.result as { latency?: { p50?: number } } | undefined)?.latency?.p50,
  );
  const ms = (value: number | undefined) =>
    value === undefined ? 'n/a' : `${value.toFixed(0)} ms`;
  console.log(
    `\n## A document wrong at about a million values (${(text.length / 1e6).toFixed(1)} MB)`,
  );
  console.log(`JSON.parse of the text:          ${ms(jsonParse)}`);
  console.log(
    `parseProjectJson, refused:       ${ms(refuse)} (budget < 1,000 ms, JSON.parse included)`,
  );
  console.log(`last problem listed:             ${last}`);
}
