// After `vite build`: renders the default view with the SSR build of src/app/prerender.tsx and puts it into
// dist/index.html, so the page shell and the catalog table paint before any JavaScript runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// node scripts/prerender.mjs [site] [ssr-build]: the built site (dist/, or scaled/site/) and where
// its SSR build of src/app/prerender.tsx is; each site has its own, so two builds can run at once.
const SITE = process.argv[2] ?? 'dist';
const SSR_DIR = process.argv[3] ?? 'node_modules/.prerender';
const PLACEHOLDER = '<div id="root"></div>';

const { render } = await import(pathToFileURL(`${SSR_DIR}/prerender.js`).href);
const page = readFileSync(`${SITE}/index.html`, 'utf8');
if (!page.includes(PLACEHOLDER)) throw new Error(`prerender: ${SITE}/index.html has no ${PLACEHOLDER}`);
writeFileSync(`${SITE}/index.html`, page.replace(PLACEHOLDER, `<div id="root">${render()}</div>`));
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerender: the default view is in ${SITE}/index.html`);
