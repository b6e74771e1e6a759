// The fixture every journey uses: its navigations wait for the app to be live; it fails the test on any
// console error or uncaught page error, and offers an axe check that fails on any violation.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ errors: string[] }>({
  // The prerendered page paints before the app's code arrives (src/app/boot.ts), and clicks or keys before
  // then do nothing: a journey's navigation waits until the app handles input, as a reader's eyes would.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('#root[data-live]').waitFor({ state: 'attached' });
      return response;
    };
    await use(page);
  },
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      await use(errors);
      expect(errors, 'console or page errors during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails with the list of violations when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

// The decoder as a reader finds it, and the pastes its journeys use (decoder.spec.ts, share.spec.ts).
export const fixture = (name: string) =>
  readFileSync(new URL(`../src/decode/fixtures/${name}`, import.meta.url), 'utf8');
export const result = (page: Page) => page.getByRole('region', { name: 'Decoded result' });
// The result's own status line comes first; copy buttons have small status lines of their own.
export const status = (page: Page) => result(page).getByRole('status').first();
// The first decoded error's card (the share panel below repeats the paste in its preview).
export const card = (page: Page) => result(page).getByRole('article').first();
export const pasteBox = (page: Page) => page.getByRole('textbox', { name: /Paste/ });

/** Pastes text into the box as a person does: through the clipboard and Ctrl/⌘+V. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await pasteBox(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** The catalog table's rows. */
export const rows = (page: Page) => page.locator('table.codes tbody tr');
