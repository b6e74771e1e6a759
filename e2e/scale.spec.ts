// The app built around a synthetic catalog of 10,000 entries (scripts/build-scaled.mjs): it must stay
// usable when the catalog grows from 32 codes to thousands.
import { BASE_PATH, SCALED_PORT } from '../playwright.config.ts';
import { test, expect } from './journey.ts';

test.use({ baseURL: `http://127.0.0.1:${SCALED_PORT}${BASE_PATH}` });

test('a catalog of 10,000 codes shows 100 rows at a time, and search still finds the meant code', async ({
  page,
}) => {
  await page.goto('./');
  const rows = page.locator('table.codes tbody tr');
  await expect(page.getByText('10000 of 10000 codes')).toBeVisible();
  await expect(rows).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more (9900 not shown)' }).click();
  await expect(rows).toHaveCount(200);
  // The keyboard lands on the first row added.
  await expect(rows.nth(100).getByRole('link')).toBeFocused();

  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows.first().getByRole('link')).toHaveText('Forbidden.KeyNotFound', { timeout: 20_000 });
  await expect(page.locator('.table-scroll')).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(100);
});

test('typing fast over 10,000 codes ends on the results of what was typed, not of a letter before', async ({
  page,
}) => {
  await page.goto('./');
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.pressSequentially('Rejected.Disab', { delay: 40 });
  await search.press('Backspace');
  await search.press('Backspace');
  await search.pressSequentially('abled');
  await expect(page.locator('.table-scroll')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.locator('table.codes tbody tr').first().getByRole('link')).toHaveText(
    'Rejected.Disabled',
  );
  expect(new URL(page.url()).searchParams.get('q')).toBe('Rejected.Disabled');
});
