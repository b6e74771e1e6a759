// The app built around the scaled catalog (scaled/build.ts): it must stay usable when the catalog grows
// from tens of codes to thousands.
import { BASE_PATH, SCALED_PORT } from '../playwright.config.ts';
import { SCALED_SIZE } from '../scaled/scaledCatalog.ts';
import { test, expect, rows } from './journey.ts';

test.use({ baseURL: `http://127.0.0.1:${SCALED_PORT}${BASE_PATH}` });

// The table shows this many rows, then this many more at each click.
const PAGE = 100;

test('a catalog of thousands shows 100 rows at a time, and search still finds the meant code', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByText(`${SCALED_SIZE} of ${SCALED_SIZE} codes`)).toBeVisible();
  await expect(rows(page)).toHaveCount(PAGE);
  await page.getByRole('button', { name: `Show ${PAGE} more (${SCALED_SIZE - PAGE} not shown)` }).click();
  await expect(rows(page)).toHaveCount(2 * PAGE);
  // The keyboard lands on the first row added.
  await expect(rows(page).nth(PAGE).getByRole('link')).toBeFocused();

  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound', { timeout: 20_000 });
  await expect(page.locator('.table-scroll')).toHaveAttribute('aria-busy', 'false');
  await expect(rows(page)).toHaveCount(PAGE);
});

test('typing fast over thousands of codes ends on the results of what was typed, not of a letter before', async ({
  page,
}) => {
  await page.goto('./');
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.pressSequentially('Rejected.Disab', { delay: 40 });
  await search.press('Backspace');
  await search.press('Backspace');
  await search.pressSequentially('abled');
  await expect(page.locator('.table-scroll')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(rows(page).first().getByRole('link')).toHaveText('Rejected.Disabled');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Rejected.Disabled');
});
