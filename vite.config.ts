/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
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
// <style> by its hash (never 'unsafe-inline'), and the CSS file leaves the build.
function inlineStyleAndPolicy(): Plugin {
  return {
    name: 'inline-style-and-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== 'asset')
          throw new Error('inline-style: no stylesheet link in index.html');
        const css = String(asset.source);
        delete bundle![link[1]!];
        const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
        return html
          .replace(link[0], () => `<style>${css}</style>`)
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy(hash)}" />`,
          );
      },
    },
  };
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
        const files = [...new Set(['./', 'index.html', ...publicFiles, ...Object.keys(bundle)])];
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

// A relative base lets one build work at https://<user>.github.io/<repo>/ or any other sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), publishCatalog(), inlineStyleAndPolicy(), serviceWorker(), ...scaledPlugins],
  build: {
    // Every browser the app supports has native modulepreload; the polyfill would only add bytes.
    // The stylesheet is inlined (inlineStyleAndPolicy): no chunk may ask for the CSS file it replaced.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps) => deps.filter((dep) => !dep.endsWith('.css')),
    },
    ...scaledBuild,
  },
  // Workers are bundled apart from the page: they must get the same catalog.
  worker: { plugins: () => [...scaledPlugins] },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
