// The first view's byte budget, checked on every build (bytes are deterministic, unlike timings), for
// each language's page (dist/index.html, dist/zh-CN/index.html): the page plus every same-origin file it references (scripts, module preloads, styles, icons,
// manifest), the scripts those scripts import, and the app the entry script imports after the first
// paint, each gzipped at level 9, must total at most 100 KB. Lazy chunks (search, details, decoder
// results, the decoder's worker) are imported later by the app and are not part of the first view.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100_000;
const PAGES = ['index.html', 'zh-CN/index.html'];

// Relative imports in a built script: static ones (`from"./x.js"`, `import"./x.js"`) or dynamic ones.
const STATIC = /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;
/** @type {(file: string, pattern: RegExp) => string[]} */
const importsOf = (file, pattern) =>
  [...readFileSync(`dist/${file}`, 'utf8').matchAll(pattern)].map((m) =>
    posix.join(posix.dirname(file), m[1] ?? ''),
  );
let over = false;
for (const page of PAGES) {
  const html = readFileSync(`dist/${page}`, 'utf8');
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => url !== '' && !/^[a-z]+:|^\/\//i.test(url));
  // Addresses relative to the page, as files of the site.
  const entries = [...new Set(referenced.map((url) => posix.join(posix.dirname(page), url)))];
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @param {string} file */
  const addWithStaticImports = (file) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    for (const imported of importsOf(file, STATIC)) addWithStaticImports(imported);
  };
  for (const file of entries.filter((f) => f.endsWith('.js'))) {
    addWithStaticImports(file);
    for (const imported of importsOf(file, DYNAMIC)) addWithStaticImports(imported);
  }
  const files = [page, ...new Set([...entries, ...scripts])];
  /** @type {[string, number][]} */
  const sizes = files.map((file) => [file, gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);

  for (const [file, size] of sizes) console.log(`${String(size).padStart(8)} B  ${file}`);
  console.log(`${String(total).padStart(8)} B  first view of ${page}, gzip (budget ${BUDGET} B)`);
  if (total > BUDGET) {
    console.error(`budget: the first view of ${page} is ${total - BUDGET} bytes over budget`);
    over = true;
  }
}
if (over) process.exit(1);
