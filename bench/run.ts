// npm run bench: builds, serves and measures the targets of the performance issue, prints a table of
// figure, target and verdict, and writes the figures to bench/results/. It never fails on a missed
// target (only `npm test`'s byte budget fails the build); it exits non-zero only if measuring breaks.
import { execSync } from 'node:child_process';
import { measureBrowser } from './browser.ts';
import { report } from './figures.ts';
import { measureNode } from './node.ts';
import { SCALED_SITE, SCALED_SIZE } from '../scaled/scaledCatalog.ts';

console.log('Building…');
execSync('npm run build', { stdio: 'ignore' });
// The same app around the scaled catalog, built beside dist/ and never shipped.
execSync('npx tsx scaled/build.ts', { stdio: 'ignore' });
measureNode();
await measureBrowser(SCALED_SITE, SCALED_SIZE);
report();
