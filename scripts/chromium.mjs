// Where the browser tests' Chromium lives. Shared by scripts/ensure.mjs (which installs one when none is
// found) and playwright.config.ts (which launches it), so both agree on one answer.
import { existsSync } from 'node:fs';

export const CHROMIUM_ENV = 'CHROMIUM_PATH';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to launch: $CHROMIUM_PATH, then Debian's, else undefined (Playwright's own build). */
export function chromiumPath() {
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) return fromEnv;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Flags that keep Chromium from reaching for the network on its own (this machine has none). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
