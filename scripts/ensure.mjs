// Installs what `npm start`, `npm test` and `npm run bench` need, and nothing when it is already there.
//   node scripts/ensure.mjs deps       npm packages: a clean install when node_modules is missing or
//                                      older than package-lock.json
//   node scripts/ensure.mjs chromium   a Chromium for Playwright: $CHROMIUM_PATH, /usr/bin/chromium,
//                                      Playwright's own download, else apt-get (as root) or
//                                      `npx playwright install chromium`
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { CHROMIUM_ENV, chromiumPath } from './chromium.mjs';

/** @param {string} command */
const run = (command) => execSync(command, { stdio: 'inherit' });

function ensureDeps() {
  const stamp = 'node_modules/.package-lock.json';
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= statSync('package-lock.json').mtimeMs;
  if (fresh) return;
  console.log('ensure: installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

async function playwrightChromiumExists() {
  const { chromium } = await import('@playwright/test');
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

async function ensureChromium() {
  const found = chromiumPath();
  if (found) {
    if (!existsSync(found)) throw new Error(`${CHROMIUM_ENV}=${found}, but no file is there.`);
    return;
  }
  if (await playwrightChromiumExists()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('ensure: installing Debian chromium for the browser tests…');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    return;
  }
  console.log('ensure: installing Playwright chromium for the browser tests…');
  run('npx playwright install chromium');
}

for (const what of process.argv.slice(2)) {
  if (what === 'deps') ensureDeps();
  else if (what === 'chromium') await ensureChromium();
  else throw new Error(`ensure: unknown target "${what}" (deps, chromium)`);
}
