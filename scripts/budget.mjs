// The first view's byte budget, checked on every build (bytes are deterministic, unlike timings):
// dist/index.html plus every same-origin file it references (scripts, module preloads, styles, icons,
// manifest), each gzipped at level 9, must total at most 100 KB. Lazy chunks (search, details, decoder
// results, the decoder's worker) load later and are not part of the first view.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 100_000;
const html = readFileSync('dist/index.html', 'utf8');
const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
  .map((match) => match[1])
  .filter((url) => !/^[a-z]+:|^\/\//i.test(url));
const files = ['index.html', ...new Set(referenced.map((url) => url.replace(/^\.?\//, '')))];
const sizes = files.map((file) => [file, gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length]);
const total = sizes.reduce((sum, [, size]) => sum + size, 0);

for (const [file, size] of sizes) console.log(`${String(size).padStart(8)} B  ${file}`);
console.log(`${String(total).padStart(8)} B  first view, gzip (budget ${BUDGET} B)`);
if (total > BUDGET) {
  console.error(`budget: the first view is ${total - BUDGET} bytes over budget`);
  process.exit(1);
}
