import { countLine } from './counts.ts';
import { test, expect, expectNoAxeViolations, rows } from './journey.ts';

test('search narrows the table, ranks the meant code first and highlights the match', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText(countLine())).toBeVisible();
  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await expect(rows(page).first().locator('mark').first()).toHaveText(/KeyNotFound/i);
  await expect(page.getByText(countLine('keynotfound'))).toBeVisible();
  expect(new URL(page.url()).searchParams.get('q')).toBe('keynotfound');

  await page.getByRole('searchbox', { name: /Search/ }).fill('Rejetced');
  await expect(rows(page).first().getByRole('link')).toHaveText('Rejected.PendingDeletion');
  await expect(rows(page).first()).toContainText('also spelled Rejetced.PendingDeletion');
});

test('filters combine, count live, live in the URL and survive reload, back and forward', async ({
  page,
}) => {
  await page.goto('./');
  const statusFilter = page.getByLabel('HTTP status');
  const familyFilter = page.getByLabel('Code family');
  await statusFilter.selectOption({ label: `404 (${countLine('', { status: '404' }).split(' ')[0]})` });
  await expect(page.getByText(countLine('', { status: '404' }))).toBeVisible();
  await familyFilter.selectOption('Forbidden');
  await expect(page.getByText(countLine('', { status: '404', family: 'Forbidden' }))).toBeVisible();
  expect(page.url()).toContain('status=404&prefix=Forbidden');

  await page.reload();
  await expect(page.getByText(countLine('', { status: '404', family: 'Forbidden' }))).toBeVisible();
  await expect(statusFilter).toHaveValue('404');

  await page.goBack();
  await expect(page.getByText(countLine('', { status: '404' }))).toBeVisible();
  await expect(familyFilter).toHaveValue('');
  await page.goForward();
  await expect(page.getByText(countLine('', { status: '404', family: 'Forbidden' }))).toBeVisible();

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByText(countLine())).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test('a status class filter and the search work together', async ({ page }) => {
  await page.goto('./?q=service&status=5xx');
  await expect(rows(page).first().getByRole('link')).toHaveText(/^Service/);
  for (const status of await rows(page).locator('td.status').allTextContents())
    expect(status).toMatch(/^HTTP 5/);
});

test('a link opens the detail view, an alias link opens the canonical entry', async ({ page }) => {
  await page.goto('./?code=Forbidden.KeyNotFound');
  const dialog = page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(dialog.getByText('"Code": "Forbidden.KeyNotFound"')).toBeVisible();
  await expect(dialog.getByText('<Code>Forbidden.KeyNotFound</Code>')).toBeVisible();

  await page.goto('./?code=Rejetced.PendingDeletion');
  const aliased = page.getByRole('dialog', { name: /Rejected\.PendingDeletion/ });
  await expect(aliased).toBeVisible();
  await expect(aliased.getByText(/You followed Rejetced\.PendingDeletion/)).toBeVisible();
  await expect(aliased.getByText(/CancelKeyDeletion/).first()).toBeVisible();

  await aliased.getByRole('button', { name: 'Close' }).click();
  await expect(aliased).toBeHidden();
  // The dialog hides at once; its close event, which updates the URL, follows in a later task.
  await expect.poll(() => new URL(page.url()).searchParams.get('code')).toBeNull();

  // A click on a row's link opens its entry once: one Back closes it.
  await page.getByRole('link', { name: 'Rejected.Disabled' }).click();
  await expect(page.getByRole('dialog', { name: /Rejected\.Disabled/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('Back closes an entry and Forward opens it again, as often as asked', async ({ page }) => {
  await page.goto('./?q=disabled');
  const dialog = page.getByRole('dialog', { name: /Rejected\.Disabled/ });
  await page.getByRole('link', { name: 'Rejected.Disabled' }).click();
  await expect(dialog).toBeVisible();
  for (let round = 0; round < 2; round++) {
    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=disabled');
    await page.goForward();
    await expect(dialog).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('code')).toBe('Rejected.Disabled');
  }
  // Closing with its button is a step of its own: Back opens the entry again.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('code')).toBeNull();
  await page.goBack();
  await expect(dialog).toBeVisible();
});

test('the keyboard alone finds, opens and closes an entry', async ({ page }) => {
  await page.goto('./');
  await page.locator('body').press('/');
  const search = page.getByRole('searchbox', { name: /Search/ });
  await expect(search).toBeFocused();
  await page.keyboard.type('key not found');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Forbidden.KeyNotFound' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page.getByText(countLine())).toBeVisible();
});

test('copy buttons put the code, the bodies and the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?code=Rejected.Disabled');
  const dialog = page.getByRole('dialog');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  expect(await clipboard()).toBe('Rejected.Disabled');
  await dialog.getByRole('button', { name: 'Copy JSON body' }).click();
  expect(JSON.parse(await clipboard())).toMatchObject({ Code: 'Rejected.Disabled' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  const link = await clipboard();
  expect(link).toContain('/kms-error-explorer/?code=Rejected.Disabled');
  await page.goto(link);
  await expect(page.getByRole('dialog', { name: /Rejected\.Disabled/ })).toBeVisible();
});

test('no results say so and offer the nearest codes', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: /Search/ }).fill('qqqqzzzz');
  await expect(page.getByText(/No code matches/)).toBeVisible();
  const nearest = page.locator('.no-results').getByRole('button').first();
  const code = await nearest.textContent();
  await nearest.click();
  await expect(page.getByRole('dialog', { name: new RegExp(code!.replace(/\./g, '\\.')) })).toBeVisible();
});

test('columns sort, and the CSV downloads the rows in the order the table shows them', async ({ page }) => {
  await page.goto('./?prefix=Rejected');
  const statuses = async () =>
    (await rows(page).locator('td.status').allTextContents()).map((text) =>
      Number(text.replace('HTTP ', '')),
    );
  const unsorted = await statuses();
  await page.getByRole('button', { name: /^HTTP/ }).click();
  await expect(page.getByRole('columnheader', { name: /^HTTP/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first().locator('td.status')).toHaveText(`HTTP ${Math.min(...unsorted)}`);
  await page.getByRole('button', { name: /^HTTP/ }).click();
  await expect(rows(page).first().locator('td.status')).toHaveText(`HTTP ${Math.max(...unsorted)}`);
  expect(await statuses()).toEqual([...unsorted].sort((a, b) => b - a));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += chunk;
    return text;
  });
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^code,httpStatus,message/);
  const shown = await rows(page).locator('th.code a').allTextContents();
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shown);
});

test('a 360-px phone never scrolls the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await overflow()).toBeLessThanOrEqual(360);
  await page.goto('./?code=Forbidden.KmsServiceNotEnabled');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(360);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the main and detail views in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./?q=key');
    await expect(rows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('./?code=Rejected.PendingDeletion');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
