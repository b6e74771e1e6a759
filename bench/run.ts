// npm run bench: builds, serves and measures the targets of the performance issue, prints a table of
// figure, target and verdict, and writes the figures to bench/results/. It never fails on a missed
// target (only `npm test`'s byte budget fails the build); it exits non-zero only if measuring breaks.
import { execSync } from 'node:child_process';
import { measureBrowser } from './browser.ts';
import { report } from './figures.ts';
import { measureNode } from './node.ts';

// The same app built around a synthetic catalog of this size (scripts/build-scaled.mjs).
const SCALED_SIZE = 10_000;

console.log('Building…');
execSync('npm run build', { stdio: 'ignore' });
// The same app around a synthetic catalog, built beside dist/ and never shipped.
execSync(`node scripts/build-scaled.mjs ${SCALED_SIZE}`, { stdio: 'ignore' });
measureNode();
await measureBrowser(`bench/site-${SCALED_SIZE}`, SCALED_SIZE);
report();
