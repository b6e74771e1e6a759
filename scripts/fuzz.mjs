// npm run fuzz [-- RUNS]: every property test that takes untrusted text, long (RUNS cases per property,
// 500,000 by default): the decoder's (never throws, never hangs, finds what was planted), the catalog
// coverage's, and the masking's (no secret survives). A fresh seed each time; a failure prints the seed
// and path; replay it with FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run <file>
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 500_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} cases per property, seed ${seed}`);
const FILES = [
  'src/decode/properties.test.ts',
  'src/decode/coverage.test.ts',
  'src/decode/secrets/named.test.ts',
];
const { status } = spawnSync('npx', ['vitest', 'run', ...FILES, '--testTimeout=0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
if (status !== 0) console.error(`fuzz: failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
process.exit(status ?? 1);
