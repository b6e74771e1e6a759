// npm run fuzz [-- RUNS]: the decoder's property tests, long (a million cases by default, split over
// the two properties), with a fresh seed each time. A failure prints the seed and path; replay it with
// FUZZ_SEED=<seed> npx vitest run src/decode/properties.test.ts
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 500_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} cases per property, seed ${seed}`);
const { status } = spawnSync('npx', ['vitest', 'run', 'src/decode/properties.test.ts', '--testTimeout=0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
if (status !== 0) console.error(`fuzz: failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
process.exit(status ?? 1);
