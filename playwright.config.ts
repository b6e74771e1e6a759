import { defineConfig, devices } from '@playwright/test';
import { SCALED_SITE } from './scaled/scaledCatalog.ts';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// The build is served under a sub-path, as GitHub Pages serves it, to prove the relative base works.
export const BASE_PATH = '/kms-error-explorer/';
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Where the app built around the scaled catalog is served (e2e/scale.spec.ts). */
export const SCALED_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // On CI an HTML report too, which the workflow keeps when a journey fails.
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx vite preview --base ${BASE_PATH} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Built here, not by `npm run build`: it is a test fixture, never shipped.
      command: `npx tsx scaled/build.ts && npx vite preview --outDir ${SCALED_SITE} --base ${BASE_PATH} --port ${SCALED_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${SCALED_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
