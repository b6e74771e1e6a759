import type { Page } from '@playwright/test';
import { keyStateOperations } from '../src/catalog/operations/operations.ts';
import { test, expect, expectNoAxeViolations } from './journey.ts';

const main = (page: Page) => page.getByRole('main');
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('an operation’s page from a cold load: what it does, its errors, its key states', async ({ page }) => {
  await page.goto('./?op=Decrypt');
  await expect(main(page).getByRole('heading', { level: 2, name: 'Decrypt' })).toBeVisible();
  const errors = main(page).getByRole('table', { name: /documented errors of Decrypt/ });
  await expect(errors.getByRole('row', { name: /409 Rejected\.Disabled/ })).toBeVisible();
  const states = main(page).getByRole('table', { name: 'Decrypt by key state' });
  await expect(states.getByRole('cell', { name: 'Rejected.PendingDeletion' })).toBeVisible();
  await states.getByRole('link', { name: 'Rejected.Disabled' }).click();
  await expect(page.getByRole('dialog', { name: /Rejected\.Disabled/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('op')).toBe('Decrypt');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Decrypt' })).toBeVisible();
});

test('the key-state matrix: every operation the table knows, each cell a way to the entry, by keyboard', async ({
  page,
}) => {
  await page.goto('./?view=key-states');
  const matrix = main(page).getByRole('table', { name: /each operation returns on a key in each state/ });
  await expect(matrix.getByRole('row')).toHaveCount(keyStateOperations.length + 1);
  const enableKey = matrix.getByRole('row', { name: /^EnableKey/ });
  await expect(enableKey.getByRole('cell').nth(0)).toHaveText('Succeeds');
  const refused = enableKey.getByRole('link', { name: 'Rejected.StateModifiedFailed' }).first();
  await refused.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Rejected\.StateModifiedFailed/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await enableKey.getByRole('link', { name: 'EnableKey' }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'EnableKey' })).toBeVisible();
  await page.goBack();
  await expect(matrix).toBeVisible();
});

test('search offers the operation, and an entry lists the operations that return it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: /Search/ }).fill('decrypt');
  const offered = main(page)
    .getByText(/^Operations:/)
    .getByRole('link');
  await expect(offered.first()).toHaveText('Decrypt');
  await offered.first().click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Decrypt' })).toBeVisible();

  await page.goto('./?code=Rejected.Unavailable');
  const dialog = page.getByRole('dialog', { name: /Rejected\.Unavailable/ });
  const returning = dialog.getByRole('table', { name: /Operations documenting Rejected\.Unavailable/ });
  await expect(returning.getByRole('row', { name: /GenerateDataKey 409/ })).toBeVisible();
  await returning.getByRole('link', { name: 'GenerateDataKey' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(main(page).getByRole('heading', { level: 2, name: 'GenerateDataKey' })).toBeVisible();
});

test('an operation that does not exist says so and offers the nearest', async ({ page }) => {
  await page.goto('./?op=Decrpyt');
  await expect(main(page).getByRole('heading', { name: 'Decrpyt is not a KMS operation' })).toBeVisible();
  await main(page).getByRole('link', { name: 'Decrypt', exact: true }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Decrypt' })).toBeVisible();
});

test('the operations and key-state pages fit a 360-px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const view of ['./?op=GenerateDataKey', './?view=key-states', './?view=operations']) {
    await page.goto(view);
    await expect(main(page).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await overflow(page), view).toBeLessThanOrEqual(360);
  }
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`axe finds nothing on the operation, operations and key-state pages in ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const view of ['./?op=Decrypt', './?view=operations', './?view=key-states']) {
      await page.goto(view);
      await expect(main(page).getByRole('heading', { level: 2 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
