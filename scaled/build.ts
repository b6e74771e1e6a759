// Builds the app around a scaled catalog (scaledCatalog.ts) into scaled/site/, prerendered like dist/:
// the scale journey (e2e/scale.spec.ts) and the bench use it. Never part of dist/: what ships always
// carries the real catalog.
//   npx tsx scaled/build.ts
import { execSync } from 'node:child_process';
import { SCALED_SITE, SCALED_SIZE } from './scaledCatalog.ts';

const env = { ...process.env, SCALED_CATALOG_SIZE: String(SCALED_SIZE) };
const run = (command: string) => execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env });
run('npx vite build --logLevel error');
const ssr = 'node_modules/.prerender-scaled';
run(`npx vite build --logLevel error --ssr src/app/prerender.tsx --outDir ${ssr} --emptyOutDir`);
run(`node scripts/prerender.mjs ${SCALED_SITE} ${ssr}`);
console.log(`scaled: ${SCALED_SITE}/ holds the app with ${SCALED_SIZE} entries`);
