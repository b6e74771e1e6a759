import { test as plain, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countLine } from './counts.ts';
import { test, expect, rows } from './journey.ts';

test('after one visit the app works offline: reload, search and decode', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit's page is not controlled yet; once the worker has claimed it, the cache is full.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto('./?q=keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await page
    .getByRole('textbox', { name: /Paste/ })
    .fill(readFileSync(new URL('../src/decode/fixtures/go-tea-sdkerror.txt', import.meta.url), 'utf8'));
  await expect(
    page.getByRole('region', { name: 'Decoded result' }).getByRole('heading', { name: /Rejected\.Disabled/ }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Decoded result' })
    .getByRole('button', { name: 'Open Rejected.Disabled' })
    .click();
  await expect(page.getByRole('dialog', { name: /Rejected\.Disabled/ })).toBeVisible();
});

test('the page declares a strict Content-Security-Policy and an installable manifest', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  // The one inline stylesheet is allowed by its hash alone, and it applies.
  expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/]+=*';/);
  await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
  for (const icon of manifest.icons as { src: string }[])
    expect((await request.get(icon.src)).ok()).toBe(true);
});

// These journeys hold back or remove the app's files on the network, as a slow connection or a deploy
// would. The service worker would serve them from its cache instead, so it is kept out.
plain.describe('without the service worker', () => {
  plain.use({ serviceWorkers: 'block' });

  // Not the journey fixture: this test provokes an error on purpose, and React reports it on the console.
  plain(
    'a part of the app that no longer loads says so and offers a reload, never a blank page',
    async ({ page }) => {
      // A real failure mode: a tab outlived several deploys, and a lazy chunk is gone from the site.
      await page.route('**/assets/EntryDetails-*.js', (route) =>
        route.fulfill({ status: 404, body: 'gone' }),
      );
      await page.goto('./?code=Forbidden.KeyNotFound');
      await plain.expect(page.getByRole('alert')).toContainText('This page is out of date');
      await page.unroute('**/assets/EntryDetails-*.js');
      await page.getByRole('button', { name: 'Reload' }).click();
      await plain.expect(page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
      await plain.expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
    },
  );

  // Not the journey fixture: the browser reports the missing worker script on the console.
  plain('a search that cannot load says so, and the filters still work', async ({ page }) => {
    // A deploy replaced the assets while the page was open: the search worker's script is gone.
    await page.route('**/assets/searchWorker-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
    await plain.expect(page.getByRole('alert')).toContainText('Search is unavailable');
    await page.getByLabel('HTTP status').selectOption('404');
    await plain.expect(page.getByText(countLine('', { status: '404' }))).toBeVisible();
  });

  // Not the journey fixture, whose navigations wait for the app: here the app's code is held back.
  plain('what a reader types before the app has started is kept, not wiped', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const release = await holdAppCode(page);
    await page.goto('./');
    await page.getByRole('searchbox', { name: /Search/ }).pressSequentially('keynotfound');
    await page.getByRole('textbox', { name: /Paste/ }).pressSequentially('{"Code": "Rejected.Disabled"}');
    plain.expect(await page.locator('#root[data-live]').count()).toBe(0);

    release();
    await plain.expect(page.getByText(countLine('keynotfound'))).toBeVisible();
    await plain.expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('keynotfound');
    await plain.expect(page.getByRole('textbox', { name: /Paste/ })).toBeFocused();
    await plain
      .expect(
        page
          .getByRole('region', { name: 'Decoded result' })
          .getByRole('heading', { name: /Rejected\.Disabled/ }),
      )
      .toBeVisible();
    plain.expect(new URL(page.url()).searchParams.get('q')).toBe('keynotfound');
    plain.expect(errors).toEqual([]);
  });

  plain(
    'a search typed before the app has started joins the filters already in the URL',
    async ({ page }) => {
      const release = await holdAppCode(page);
      await page.goto('./?status=404');
      await page.getByRole('searchbox', { name: /Search/ }).pressSequentially('key');
      release();
      await plain.expect(page.getByLabel('HTTP status')).toHaveValue('404');
      await plain.expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('key');
      const url = new URL(page.url());
      plain.expect([url.searchParams.get('status'), url.searchParams.get('q')]).toEqual(['404', 'key']);
    },
  );

  // Not the journey fixture: the browser reports the missing worker script on the console.
  plain('a decoder that cannot load says so instead of decoding for ever', async ({ page }) => {
    await page.route('**/assets/decodeWorker-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    await page.locator('#root[data-live]').waitFor({ state: 'attached' });
    await page.getByRole('textbox', { name: /Paste/ }).fill('{"Code": "Rejected.Disabled"}');
    const result = page.getByRole('region', { name: 'Decoded result' });
    await plain
      .expect(result.getByRole('status'))
      .toHaveText('The decoder is unavailable: its code did not load, or it failed.');
    await plain.expect(result).toContainText('Nothing you pasted was sent anywhere');
  });
});

/** Holds the app's code back on the network, as a slow connection would; returns what lets it through. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/main-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
