// The page as built: served under a sub-path as GitHub Pages serves it, prerendered so it paints before
// any app code, then adopted by the app rather than drawn again.
import { catalog } from '../src/catalog/catalog.ts';
import { countLine, TOTAL } from './counts.ts';
import { test, expect, rows } from './journey.ts';

test('the build serves under a sub-path and publishes catalog.json', async ({ page, request }) => {
  await page.goto('./');
  expect(new URL(page.url()).pathname).toBe('/kms-error-explorer/');
  await expect(page.getByRole('heading', { name: 'KMS Error Explorer' })).toBeVisible();
  const response = await request.get('catalog.json');
  expect(response.ok()).toBe(true);
  const entries = (await response.json()) as {
    code: string;
    httpStatus: number;
    message: string;
    aliases: string[];
  }[];
  expect(entries).toHaveLength(TOTAL);
  for (const entry of catalog)
    expect(entries.find((e) => e.code === entry.code)?.aliases).toEqual(entry.aliases.map((a) => a.code));
});

test('the page and the catalog table paint without JavaScript, then hydrate', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'KMS Error Explorer' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'KMS error codes' }).getByRole('row')).toHaveCount(TOTAL + 1);
  await expect(page.getByText(countLine())).toBeVisible();
  await context.close();
});

test('with JavaScript the app adopts the prerendered page rather than drawing it again', async ({ page }) => {
  // Marked before the app's code arrives: it waits for the first paint, which follows DOMContentLoaded.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as { prerendered?: Element | null }).prerendered = document.querySelector('header.site p');
    }),
  );
  await page.goto('./');
  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  const adopted = await page.evaluate(
    () =>
      (window as { prerendered?: Element | null }).prerendered === document.querySelector('header.site p'),
  );
  expect(adopted).toBe(true);
});

test('the prerendered page paints before any of the app code is requested', async ({
  page,
  request,
  baseURL,
}) => {
  // The page's entry: its script and the module it shares with the other language's entry (the rule for
  // when to start, and the loader), which the page as served preloads beside it.
  const html = await (await request.get('./')).text();
  const entry = [
    ...html.matchAll(/<(?:script|link rel="modulepreload")[^>]*?(?:src|href)="([^"]+\.js)"/g),
  ].map((match) => new URL(match[1]!, baseURL).href);
  expect(entry.length).toBeGreaterThan(0);
  await page.goto('./');
  const { paint, scripts } = await page.evaluate(
    (entry) => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && !entry.includes(r.name))
        .map((r) => r.startTime),
    }),
    entry,
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const start of scripts) expect(start).toBeGreaterThanOrEqual(paint);
});
