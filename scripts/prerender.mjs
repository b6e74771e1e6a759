// After `vite build`: renders the default view with the SSR build of src/prerender.tsx and puts it into
// dist/index.html, so the page shell and the catalog table paint before any JavaScript runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SSR_DIR = 'node_modules/.prerender';
// The built site: dist/, or the benchmark's bench/site-<size>/ when named.
const SITE = process.argv[2] ?? 'dist';
const PLACEHOLDER = '<div id="root"></div>';

const { render } = await import(pathToFileURL(`${SSR_DIR}/prerender.js`).href);
const page = readFileSync(`${SITE}/index.html`, 'utf8');
if (!page.includes(PLACEHOLDER)) throw new Error(`prerender: ${SITE}/index.html has no ${PLACEHOLDER}`);
writeFileSync(`${SITE}/index.html`, page.replace(PLACEHOLDER, `<div id="root">${render()}</div>`));
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerender: the default view is in ${SITE}/index.html`);
