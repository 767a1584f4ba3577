/**
 * npm run bench [-- --quick] [-- any bench/run.ts flag]
 *
 * Runs the benchmark parts one after another, each in its own process, and hands every
 * flag to the part that knows it (`npm run bench -- --quick` used to reach only the last
 * part, so the "quick" run was the full one): bench/run.ts (latency, upstream requests,
 * CPU, throughput, case store), then bench/flood.ts (agents under a public flood).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const argv = process.argv.slice(2);
const { values } = parseArgs({ args: argv, strict: false, options: { quick: { type: 'boolean' } } });
const quick = values.quick === true;

const parts: Array<[string, string[]]> = [
  ['bench/run.ts', argv],
  // The flood has its own, shorter settings; of the shared flags it takes only --quick.
  ['bench/flood.ts', quick ? ['--quick'] : []],
];

const started = performance.now();
for (const [script, args] of parts) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.error(`[bench] all parts done in ${Math.round((performance.now() - started) / 1000)} s`);
