/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { catalog } from './src/catalog/catalog.ts';
import { catalogJson } from './src/catalog/json.ts';

// Publishes the catalog beside the app, so scripts and other tools can use it without the UI.
function publishCatalog(): Plugin {
  return {
    name: 'publish-catalog',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'catalog.json', source: catalogJson(catalog) });
    },
  };
}

// GitHub Pages sets no headers, so the policy travels in a <meta>. Build only: the dev server injects
// inline scripts for hot reload. No third-party origin, no inline script, no eval, no connections.
function policy(styleHash: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' '${styleHash}'`,
    "img-src 'self'",
    "connect-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

// The stylesheet is inlined so the first paint waits for no request; the policy allows exactly that
// <style> by its hash (never 'unsafe-inline'), and the CSS file leaves the build. Both pages (English and
// zh-CN/) share one stylesheet: it leaves the build once both have inlined it.
function inlineStyleAndPolicy(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'inline-style-and-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const link = /<link rel="stylesheet" crossorigin href="(?:\.\.?\/)+(assets\/[^"]+\.css)">/.exec(html);
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== 'asset') throw new Error('inline-style: no stylesheet link in a page');
        const css = String(asset.source);
        inlined.add(link[1]!);
        const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
        return html
          .replace(link[0], () => `<style>${css}</style>`)
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy(hash)}" />`,
          );
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of inlined) delete bundle[file];
      },
    },
  };
}

// A lazy chunk's preload list names every chunk it needs, including those already loaded: the importing
// chunk's static imports, and the chunks every page loads to start (the app's main chunk, React). Naming
// them only adds bytes to each chunk that imports lazily, the first view's among them. The build's chunks
// are remembered here, before Vite writes the lists, so modulePreload.resolveDependencies can leave the
// loaded ones out.
let builtChunks: Rollup.OutputBundle | undefined;
let startedEverywhere: Set<string> | undefined;
function rememberChunks(): Plugin {
  return {
    name: 'remember-chunks',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        builtChunks = bundle;
        startedEverywhere = undefined;
      },
    },
  };
}
function staticClosure(file: string, into = new Set<string>()): Set<string> {
  const chunk = builtChunks?.[file];
  if (into.has(file) || chunk?.type !== 'chunk') return into;
  into.add(file);
  for (const imported of chunk.imports) staticClosure(imported, into);
  return into;
}
// What every page has loaded once its app started: each entry, the app it starts, and their imports.
function loadedOnEveryPage(): Set<string> {
  if (startedEverywhere) return startedEverywhere;
  const pages = Object.values(builtChunks ?? {}).flatMap((chunk) =>
    chunk.type === 'chunk' && chunk.isEntry ? [chunk] : [],
  );
  const started = pages.map((entry) => {
    const loaded = staticClosure(entry.fileName);
    for (const app of entry.dynamicImports) staticClosure(app, loaded);
    return loaded;
  });
  startedEverywhere = new Set([...(started[0] ?? [])].filter((file) => started.every((s) => s.has(file))));
  return startedEverywhere;
}
function alreadyLoaded(host: string): Set<string> {
  return new Set([...staticClosure(host), ...loadedOnEveryPage()]);
}

// Writes sw.js with the exact list of built files, so the precache is never stale or incomplete.
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    // After index.html is written, so files inlined into it are not listed.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const publicFiles = readdirSync('public');
        const files = [
          ...new Set(['index.html', 'zh-CN/index.html', ...publicFiles, ...Object.keys(bundle)]),
        ];
        // The version follows every byte the worker would cache (and its own code): a changed manifest or
        // icon is a new version as surely as a changed chunk.
        const hash = createHash('sha256');
        for (const [name, output] of Object.entries(bundle))
          hash.update(name).update(output.type === 'chunk' ? output.code : output.source);
        for (const name of publicFiles) hash.update(name).update(readFileSync(`public/${name}`));
        const template = readFileSync('src/app/serviceWorker.js', 'utf8');
        const version = hash.update(template).digest('hex').slice(0, 12);
        const source = template
          .replace('__VERSION__', `kms-error-explorer-${version}`)
          .replace('__FILES__', JSON.stringify(files));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}

// Never shipped: SCALED_CATALOG_SIZE builds the app around a scaled catalog into scaled/site/ (see
// scaled/build.ts), for the scale journey and the bench. What ships always carries the real catalog.
const scaledSize = Number(process.env.SCALED_CATALOG_SIZE ?? 0);
const scaledPlugins = scaledSize
  ? [(await import('./scaled/plugin.ts')).scaledCatalogPlugin(scaledSize)]
  : [];
const scaledBuild = scaledSize
  ? { outDir: (await import('./scaled/scaledCatalog.ts')).SCALED_SITE, chunkSizeWarningLimit: 100_000 }
  : {};

// The modules of one language's words: a chunk made only of them goes into assets/<language>/, so the
// service worker precaches a page's own language only and the journeys can check that a page never
// requests the other's. Everything else is shared by both pages.
const LANGUAGE_MODULES: Record<string, RegExp> = {
  'zh-CN': /\/src\/(catalog\/zh\/|ui\/text\/zh(Views)?\.ts|decode\/text\/zh\.ts|app\/start\.zh-CN\.ts)/,
  en: /\/src\/(catalog\/(guidance\/|catalog\.ts|text\/en(Labels)?\.ts|operations\/summaries\.ts)|ui\/text\/en(Views)?\.ts|decode\/text\/en\.ts|app\/start\.en\.ts)/,
};
function chunkFileName({ moduleIds }: { moduleIds: readonly string[] }): string {
  const own = moduleIds.filter((id) => !id.includes('/node_modules/'));
  const language = Object.keys(LANGUAGE_MODULES).find(
    (lang) => own.length > 0 && own.every((id) => LANGUAGE_MODULES[lang]!.test(id)),
  );
  return language ? `assets/${language}/[name]-[hash].js` : 'assets/[name]-[hash].js';
}

// A relative base lets one build work at https://<user>.github.io/<repo>/ or any other sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    rememberChunks(),
    publishCatalog(),
    inlineStyleAndPolicy(),
    serviceWorker(),
    ...scaledPlugins,
  ],
  build: {
    // Two pages, one per language: each pays for its own words only.
    rollupOptions: {
      input: { en: 'index.html', 'zh-CN': 'zh-CN/index.html' },
      output: { chunkFileNames: chunkFileName },
    },
    // Every browser the app supports has native modulepreload; the polyfill would only add bytes.
    // One stylesheet for both pages, inlined into each (inlineStyleAndPolicy): no chunk asks for CSS.
    cssCodeSplit: false,
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostId, hostType }) => {
        // A page's own preloads stay: nothing is loaded before them.
        if (hostType !== 'js') return deps;
        const loaded = alreadyLoaded(hostId);
        return deps.filter((dep) => !loaded.has(dep));
      },
    },
    ...scaledBuild,
  },
  // Workers are bundled apart from the page: they must get the same catalog. Modules, so a worker loads
  // the catalog of its page's language only (workers/language.ts).
  worker: {
    format: 'es',
    plugins: () => [...scaledPlugins],
    rollupOptions: { output: { chunkFileNames: chunkFileName } },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
