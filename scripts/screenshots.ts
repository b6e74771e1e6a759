// The README's screenshots: the app decoding a log, light and dark, on a desktop and a phone; and the
// Chinese page, on a desktop and a phone.
//   npm run build && npx tsx scripts/screenshots.ts
// Serves dist/ as GitHub Pages would and writes docs/screenshots/*.png.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_PATH } from '../playwright.config.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const PORT = 4199;
const URL_ = `http://127.0.0.1:${PORT}${BASE_PATH}`;
const EN = { page: '', example: 'Multi-error log', summary: /Errors by code/ };
// Chinese needs a CJK font on the machine (fonts-noto-cjk on Debian), or it renders as boxes.
const ZH = { page: 'zh-CN/', example: '多个错误的日志', summary: /按错误码统计/ };
const SHOTS = [
  { name: 'desktop-light', viewport: { width: 1366, height: 900 }, dark: false, mobile: false, ...EN },
  { name: 'desktop-dark', viewport: { width: 1366, height: 900 }, dark: true, mobile: false, ...EN },
  { name: 'phone-light', viewport: { width: 390, height: 844 }, dark: false, mobile: true, ...EN },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, dark: true, mobile: true, ...EN },
  { name: 'zh-desktop-light', viewport: { width: 1366, height: 900 }, dark: false, mobile: false, ...ZH },
  { name: 'zh-phone-dark', viewport: { width: 390, height: 844 }, dark: true, mobile: true, ...ZH },
];

const server = spawn(
  'npx',
  ['vite', 'preview', '--base', BASE_PATH, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);
try {
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(URL_)
      .then((r) => r.ok)
      .catch(() => false));
    i++
  )
    await new Promise((resolve) => setTimeout(resolve, 200));
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      colorScheme: shot.dark ? 'dark' : 'light',
      deviceScaleFactor: 1,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
    });
    const page = await context.newPage();
    await page.goto(`${URL_}${shot.page}`);
    await page.locator('#root[data-live]').waitFor({ state: 'attached' });
    // The multi-error example, as a reader would load it; on a phone the page brings the result up.
    await page.getByRole('button', { name: shot.example }).click();
    await page.getByRole('table', { name: shot.summary }).waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
    await context.close();
  }
  await browser.close();
  console.log(`screenshots: ${SHOTS.length} written to docs/screenshots/`);
} finally {
  process.kill(-server.pid!);
}
