/**
 * One `coproduce check` run for `bench/portfolio.ts`, in a process of its
 * own so its peak memory is its own: runs the command line with the
 * arguments given and prints, as one JSON line, the exit code, the wall
 * time, the CPU time of the process (worker threads included) and its peak
 * resident set size as the operating system counted it (not sampled).
 *
 * `node --import tsx bench/portfolio-cli.ts check <folder> --format json --out <file> …`
 */
import { main } from '../src/cli/main.js';

let said = '';
const start = performance.now();
const code = await main(process.argv.slice(2), {
  stdout: { write: () => true },
  stderr: {
    write: (text: string) => {
      said += text;
      return true;
    },
  },
  env: {},
  cwd: process.cwd(),
});
const wall = (performance.now() - start) / 1000;
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    code,
    wall,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    // Kilobytes, as getrusage gives it.
    peakRss: usage.maxRSS * 1024,
    said: code === 0 ? '' : said.slice(0, 2000),
  })}\n`,
);
