// A reader keeps a tab open while a new version is deployed: that tab must go on working.
import { rmSync } from 'node:fs';
import { nextBuild, servedSite } from './deploy.ts';
import { test, expect } from './journey.ts';

test('a tab opened before a deploy still opens entries and decodes after it', async ({ page }) => {
  const site = await servedSite('dist');
  const next = nextBuild('dist');
  try {
    await page.goto(site.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const entryScript = () => page.locator('script[type="module"]').first().getAttribute('src');
    const first = await entryScript();

    // The deploy: the site now serves only the next build; the tab learns of its service worker.
    site.deploy(next);
    await page.evaluate(async () => {
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      await (await navigator.serviceWorker.getRegistration())!.update();
      await changed;
    });

    // The tab still runs the first build, whose lazy parts the site no longer has.
    await page.getByRole('link', { name: 'Rejected.Disabled' }).click();
    const dialog = page.getByRole('dialog', { name: /Rejected\.Disabled/ });
    await expect(dialog.getByRole('heading', { name: 'What to do' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('textbox', { name: /Paste/ })
      .fill('{"Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found."}');
    await expect(
      page
        .getByRole('region', { name: 'Decoded result' })
        .getByRole('heading', { name: /Forbidden\.KeyNotFound/ }),
    ).toBeVisible();

    // A page loaded after the deploy runs the next build.
    await page.reload();
    expect(await entryScript()).toBe(first!.replace(/\.js$/, 'n.js'));
  } finally {
    await site.stop();
    rmSync(next, { recursive: true, force: true });
  }
});
