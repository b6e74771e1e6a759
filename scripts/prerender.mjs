// After `vite build`: renders each page's default view (English at the base, Chinese in zh-CN/) with the
// SSR build of src/app/prerender.tsx and puts it into the page, so the page shell and the catalog table
// paint before any JavaScript runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// node scripts/prerender.mjs [site] [ssr-build]: the built site (dist/, or scaled/site/) and where
// its SSR build of src/app/prerender.tsx is; each site has its own, so two builds can run at once.
const SITE = process.argv[2] ?? 'dist';
const SSR_DIR = process.argv[3] ?? 'node_modules/.prerender';
const PLACEHOLDER = '<div id="root"></div>';

const PAGES = [
  ['index.html', 'en'],
  ['zh-CN/index.html', 'zh-CN'],
];

const { render, renderFooter } = await import(pathToFileURL(`${SSR_DIR}/prerender.js`).href);
for (const [file, lang] of PAGES) {
  const page = readFileSync(`${SITE}/${file}`, 'utf8');
  if (!page.includes(PLACEHOLDER)) throw new Error(`prerender: ${SITE}/${file} has no ${PLACEHOLDER}`);
  writeFileSync(
    `${SITE}/${file}`,
    page.replace(PLACEHOLDER, `<div id="root">${render(lang)}</div>\n    ${renderFooter(lang)}`),
  );
}
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerender: the default views are in ${SITE}/${PAGES.map(([file]) => file).join(' and ')}`);
