// The figures measured in the browser: the production build (and the scaled build) served as
// GitHub Pages would serve it, driven by Playwright in the tests' Chromium.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { BASE_PATH as BASE } from '../playwright.config.ts';
import { catalog } from '../src/catalog/catalog.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { add, median } from './figures.ts';
import { lighthouseRun } from './lighthouse.ts';
import { scaledLog } from '../scaled/scaledLog.ts';

// Its own port, apart from the browser tests', so both can run at once.
const PORT = 4181;
const URL_ = `http://127.0.0.1:${PORT}${BASE}`;
// Each language's page.
const PAGES = [
  { name: 'English page', url: URL_ },
  { name: 'Chinese page', url: `${URL_}zh-CN/` },
] as const;
// What is typed on each: keystrokes, and on the Chinese page also Chinese, which an input method commits
// as text without keystrokes of its own (so it yields only the time to results).
const TYPING = [
  { ...PAGES[0], typed: 'forbiden key not found' },
  { ...PAGES[1], typed: 'forbiden key not found' },
  { name: 'Chinese page, Chinese committed by an input method', url: PAGES[1].url, typed: '密钥已禁用' },
];

async function firstLoadBytes(page: Page, url: string, name: string) {
  let loaded = false;
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (!loaded && response.url().startsWith(`http://127.0.0.1:${PORT}`))
      sizes.push(
        response
          .body()
          .then((b) => gzipSync(b, { level: 9 }).length)
          .catch(() => 0),
      );
  });
  // Not 'load': the app's code is requested after the first paint, which may come after the load event.
  await page.goto(url, { waitUntil: 'networkidle' });
  loaded = true;
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  add({
    figure: `first load, everything transferred (gzip), ${name}`,
    value: total / 1000,
    unit: 'KB',
    target: 100,
  });
}

async function typingLatency(
  page: Page,
  { url, name, typed }: { url: string; name: string; typed: string },
  entries: string,
  throttle: number,
) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; duration: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
        if (entry.interactionId) w.__events.push({ id: entry.interactionId, duration: entry.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.getByRole('searchbox').focus();
  await page.waitForTimeout(500);
  // Latin letters as keystrokes; Chinese as an input method commits it, a character at a time.
  const keystrokes = /^[\x20-\x7e]*$/.test(typed);
  if (keystrokes) await page.keyboard.type(typed, { delay: 120 });
  else
    for (const character of typed)
      await page.keyboard.insertText(character).then(() => page.waitForTimeout(120));
  const finished = Date.now();
  // The table is busy while its rows answer an older query than the one typed (or it says none match).
  await page.locator('.table-scroll[aria-busy="false"], .no-results').first().waitFor({ timeout: 60_000 });
  const settled = Date.now() - finished;
  await page.waitForTimeout(1000);
  const events = await page.evaluate(
    () => (window as unknown as { __events: { id: number; duration: number }[] }).__events,
  );
  const perInteraction = new Map<number, number>();
  for (const e of events) perInteraction.set(e.id, Math.max(perInteraction.get(e.id) ?? 0, e.duration));
  const worst = Math.max(0, ...perInteraction.values());
  if (keystrokes) {
    add({
      figure: `typing in the search box, ${name}, ${entries} entries, CPU ${throttle}x slower (median keystroke)`,
      value: median([...perInteraction.values()]),
      unit: 'ms',
    });
    add({
      figure: `typing in the search box, ${name}, ${entries} entries, CPU ${throttle}x slower (worst keystroke)`,
      value: worst,
      unit: 'ms',
      target: 100,
    });
  }
  add({
    figure: `search results after the last keystroke, ${name}, ${entries} entries, CPU ${throttle}x slower`,
    value: settled,
    unit: 'ms',
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

async function bigPaste(page: Page) {
  await page.goto(URL_, { waitUntil: 'networkidle' });
  // Handing 5 MB from Node to the page takes Playwright a task of its own (a few hundred ms of
  // deserialising); it is done first, so the figure below measures the page, not the harness.
  await page.evaluate(
    (text) => ((window as unknown as { bigPaste: string }).bigPaste = text),
    scaledLog(5 * 1024 * 1024),
  );
  await page.waitForTimeout(500);
  const { ms, longest } = await page.evaluate(async () => {
    const text = (window as unknown as { bigPaste: string }).bigPaste;
    const tasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
    });
    const box = document.querySelector('textarea')!;
    box.focus();
    const start = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await new Promise<void>((resolve) => {
      // Results are shown when the count and the first finding are on screen.
      const check = () =>
        /^Found/.test(document.querySelector('.result-status')?.textContent ?? '') &&
        document.querySelector('.finding')
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    const ms = performance.now() - start;
    await new Promise((r) => setTimeout(r, 200));
    return { ms, longest: Math.max(0, ...tasks) };
  });
  add({ figure: '5 MB paste, time to results', value: ms / 1000, unit: 's', target: 1.5 });
  // The Long Tasks API reports only tasks of 50 ms or more: 0 means none that long.
  add({ figure: '5 MB paste, longest main-thread task', value: longest, unit: 'ms', target: 100 });
}

// Serves a built site under BASE, as GitHub Pages would; returns a function that stops the server.
async function serve(site: string, port: number): Promise<() => void> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      site,
      '--base',
      BASE,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}${BASE}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return () => process.kill(-server.pid!);
}

/** Serves dist/ and the scaled site, and measures the first load, typing, a big paste and Lighthouse. */
export async function measureBrowser(scaledSite: string, scaledSize: number) {
  console.log('Browser: the production build, served locally');
  const stopServers = [await serve('dist', PORT), await serve(scaledSite, PORT + 1)];
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const fresh = async () => {
        const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
        // tsx keeps function names with a helper the page lacks; give the page a harmless one.
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        return page;
      };
      for (const { url, name } of PAGES) await firstLoadBytes(await fresh(), url, name);
      for (const typing of TYPING) await typingLatency(await fresh(), typing, String(catalog.length), 4);
      const scaled = { ...TYPING[0]!, url: `http://127.0.0.1:${PORT + 1}${BASE}` };
      await typingLatency(await fresh(), scaled, scaledSize.toLocaleString('en'), 4);
      await bigPaste(await fresh());
    } finally {
      await browser.close();
    }
    for (const { url, name } of PAGES) await lighthouseRun(url, name);
  } finally {
    stopServers.forEach((stop) => stop());
  }
}
