// Builds the app around a synthetic catalog (bench/synthetic.ts) into bench/site-<size>/, prerendered like
// dist/: the benchmark measures the page on it, and a browser journey checks the app at that size.
//   node scripts/build-scaled.mjs [size]      default 10,000 entries
// Never part of dist/: what ships always carries the real catalog.
import { execSync } from 'node:child_process';

const SCALED_SIZE = 10_000;

const size = Number(process.argv[2] ?? SCALED_SIZE);
const env = { ...process.env, BENCH_CATALOG_SIZE: String(size) };
const run = (command) => execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env });
run('npx vite build --logLevel error');
const ssr = `node_modules/.prerender-${size}`;
run(`npx vite build --logLevel error --ssr src/app/prerender.tsx --outDir ${ssr} --emptyOutDir`);
run(`node scripts/prerender.mjs bench/site-${size} ${ssr}`);
console.log(`build-scaled: bench/site-${size}/ holds the app with ${size} entries`);
