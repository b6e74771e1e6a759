/// <reference types="vitest/config" />
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

// A relative base lets one build work at https://<user>.github.io/<repo>/ or any other sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), publishCatalog()],
  // Every browser the app supports has native modulepreload; the polyfill would only add bytes.
  build: { modulePreload: { polyfill: false } },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
