import {
  card,
  expect,
  expectNoAxeViolations,
  fixture,
  paste,
  pasteBox,
  result,
  status,
  test,
} from './journey.ts';

test('a pasted JSON body decodes to its entry: status, who acts, retry and the next step first', async ({
  page,
}) => {
  await page.goto('./');
  await pasteBox(page).fill(fixture('raw-http-json-response.txt'));
  await expect(status(page)).toHaveText('Found 1 error.');
  await expect(card(page).getByRole('heading', { name: 'Forbidden.KeyNotFound' })).toBeVisible();
  await expect(card(page).getByText('Exact match')).toBeVisible();
  for (const badge of ['HTTP 404', 'Who acts: Caller', 'Fix first, then retry'])
    await expect(card(page).locator('.badges').getByText(badge)).toBeVisible();
  await expect(card(page).getByRole('heading', { name: 'Next step' })).toBeVisible();
  await card(page)
    .getByText(/Fields in the text/)
    .click();
  await expect(
    card(page).locator('.fields').getByText('6A1D9E4F-2B7C-4085-93E2-F0C8B5A1D7E6').first(),
  ).toBeVisible();
  // The Recommend URL of a KMS error is a link to Alibaba's troubleshooting page, in a new tab.
  await expect(card(page).getByRole('link', { name: /Its Recommend link/ })).toHaveAttribute(
    'href',
    /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=Forbidden\.KeyNotFound/,
  );
  await expect(page.locator('table.codes tr.decoded').getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await card(page).getByRole('button', { name: 'Open Forbidden.KeyNotFound' }).click();
  await expect(page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  expect(page.url()).not.toContain('6A1D9E4F');
});

test('an XML body and an SDK exception decode, with disagreements shown', async ({ page }) => {
  await page.goto('./');
  await pasteBox(page).fill(fixture('raw-xml-error-body.txt'));
  await expect(card(page).getByRole('heading', { name: /InvalidParameter/ })).toBeVisible();
  await expect(card(page).locator('.where').getByText('KeyId', { exact: true })).toBeVisible();

  await pasteBox(page).fill(fixture('python-core-traceback.txt'));
  await expect(card(page).getByRole('heading', { name: /MissingParameter/ })).toBeVisible();

  await pasteBox(page).fill('{"HttpStatus": 500, "Code": "Rejetced.PendingDeletion"}');
  await expect(card(page).getByText('Matched (a known misspelling)')).toBeVisible();
  await expect(
    card(page).getByText(/shows HTTP 500, but Rejected\.PendingDeletion is documented with 409/),
  ).toBeVisible();
});

test('at 1366×900 the first result’s next step is in sight without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('./');
  await paste(page, fixture('go-tea-sdkerror.txt'));
  const step = card(page).locator('.next-step');
  await expect(step).toBeVisible();
  const box = (await step.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Once there is text, the examples make way for the result.
  await expect(page.getByRole('group', { name: 'Try an example' })).toHaveCount(0);
});

test('on a phone the page brings the first result’s next step into view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./');
  await paste(page, fixture('go-tea-sdkerror.txt'));
  const step = card(page).locator('.next-step');
  await expect(step).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('a log is triaged by code: a summary by count, each code’s guidance once and its errors as rows', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const line = (time: string, code: string, id: string) =>
    `2026-11-29 ${time} ERROR Decrypt failed: ${code} RequestId: ${id} HostId: kms.cn-shanghai.aliyuncs.com`;
  const log = [
    line('10:00:01', 'InternalFailure', 'R-01-AAAAAA'),
    line('10:00:02', 'Rejected.Throttling', 'R-02-AAAAAA'),
    line('10:00:03', 'Forbidden.KeyNotFound', 'R-03-AAAAAA'),
    line('10:00:04', 'Rejected.Throttling', 'R-04-AAAAAA'),
    line('10:00:05', 'Forbidden.KeyNotFound', 'R-05-AAAAAA'),
    line('10:00:06', 'Rejected.Throttling', 'R-06-AAAAAA'),
  ].join('\n');
  await page.goto('./');
  await pasteBox(page).fill(log);
  await expect(status(page)).toHaveText('Found 6 errors of 3 codes.');
  const summary = result(page).getByRole('table', { name: /Errors by code/ });
  await expect(summary.getByRole('rowheader').getByRole('link')).toHaveText([
    'Rejected.Throttling',
    'Forbidden.KeyNotFound',
    'InternalFailure',
  ]);
  const throttlingRow = summary.getByRole('row', { name: /Rejected\.Throttling/ });
  await expect(throttlingRow.getByRole('rowheader')).toContainText('HTTP 429 · No one (retry)');
  await expect(throttlingRow.getByRole('cell')).toHaveText(['3', '10:00:02–10:00:06']);

  // Each code once, with its errors as rows.
  await expect(result(page).getByRole('article')).toHaveCount(3);
  const throttling = result(page).getByRole('article', { name: /Rejected\.Throttling/ });
  await expect(throttling.getByRole('heading', { name: 'Next step' })).toHaveCount(1);
  await expect(throttling.getByRole('table').getByRole('row')).toHaveCount(4);
  await expect(throttling.getByRole('table')).toContainText('R-06-AAAAAA');

  // A summary row leads to its group.
  await summary.getByRole('link', { name: 'InternalFailure' }).click();
  await expect(result(page).getByRole('heading', { name: /^InternalFailure/ })).toBeFocused();

  await result(page).getByRole('button', { name: 'Copy incident summary' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('KMS errors: 6 in all, 3 codes, 2026-11-29 10:00:01 to 2026-11-29 10:00:06');
  expect(text).toContain('- 3 × Rejected.Throttling (HTTP 429');

  const download = page.waitForEvent('download');
  await result(page).getByRole('button', { name: 'Download CSV of all 6 errors' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let all = '';
    for await (const chunk of stream) all += chunk;
    return all;
  });
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(7);
  expect(lines.slice(1).map((row) => row.split(',')[5])).toEqual([
    'R-01-AAAAAA',
    'R-02-AAAAAA',
    'R-03-AAAAAA',
    'R-04-AAAAAA',
    'R-05-AAAAAA',
    'R-06-AAAAAA',
  ]);
});

test('every example decodes; an example is offered only while the box is empty', async ({ page }) => {
  await page.goto('./');
  const examples = page.getByRole('group', { name: 'Try an example' }).getByRole('button');
  const count = await examples.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    await examples.nth(i).click();
    await expect(pasteBox(page)).not.toHaveValue('');
    await expect(status(page)).toHaveText(/^Found [\d,]+ errors?( of \d+ codes?)?\.$/);
    await expect(result(page).locator('.finding').first()).toBeVisible();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(pasteBox(page)).toHaveValue('');
  }
});

test('what was typed is never lost: Clear can be undone, by its button or by Ctrl+Z', async ({ page }) => {
  await page.goto('./');
  const typed = 'ErrorCode: Rejected.Disabled RequestId: R-77-TYPED';
  await pasteBox(page).fill(typed);
  await expect(page.getByRole('group', { name: 'Try an example' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(pasteBox(page)).toHaveValue('');
  await expect(status(page)).toHaveText('Paste an error above, or try an example.');
  await page.getByRole('button', { name: 'Undo clear' }).click();
  await expect(pasteBox(page)).toHaveValue(typed);
  await expect(card(page).getByRole('heading', { name: 'Rejected.Disabled' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(pasteBox(page)).toHaveValue('');
  await pasteBox(page).press('ControlOrMeta+z');
  await expect(pasteBox(page)).toHaveValue(typed);
});

test('copy for ticket puts a plain summary on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await pasteBox(page).fill(fixture('go-tea-sdkerror.txt'));
  await card(page).getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('KMS error: Rejected.Disabled (HTTP 409)');
  expect(text).toContain('RequestId: B71E0C2D-5A4F-4E86-9D13-6F0A2C8E4B57');
  expect(text).toMatch(/Next step: /);
  expect(text).toMatch(/Reference: http.*code=Rejected\.Disabled/);
});

test('text that holds no error says why and what to try', async ({ page }) => {
  await page.goto('./');
  await pasteBox(page).fill('{"KeyId": "key-1", "KeyState": "Enabled"}');
  await expect(status(page)).toHaveText(/looks like JSON but has no Code/);
  await expect(result(page).getByText(/successful response has only data/)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a result on screen, in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await pasteBox(page).fill(fixture('multi-error-log.txt'));
    await expect(status(page)).toHaveText('Found 4 errors of 4 codes.');
    await expectNoAxeViolations(page);
  });
}
