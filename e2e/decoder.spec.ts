import { scaledLog } from '../scaled/scaledLog.ts';
import {
  card,
  expect,
  expectNoAxeViolations,
  fixture,
  pasteBox,
  result,
  status,
  test,
  rows,
} from './journey.ts';

test('a pasted JSON body decodes to its entry, which opens in the explorer', async ({ page }) => {
  await page.goto('./');
  await pasteBox(page).fill(fixture('raw-http-json-response.txt'));
  await expect(status(page)).toHaveText('Found 1 error.');
  await expect(result(page).getByRole('heading', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  await expect(result(page).getByText('Exact code')).toBeVisible();
  await expect(result(page).getByText('6A1D9E4F-2B7C-4085-93E2-F0C8B5A1D7E6').first()).toBeVisible();
  await expect(page.locator('table.codes tr.decoded').getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await result(page).getByRole('button', { name: 'Open Forbidden.KeyNotFound' }).click();
  await expect(page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  expect(page.url()).not.toContain('6A1D9E4F');
});

test('an XML body and an SDK exception decode, with disagreements shown', async ({ page }) => {
  await page.goto('./');
  await pasteBox(page).fill(fixture('raw-xml-error-body.txt'));
  await expect(result(page).getByRole('heading', { name: /InvalidParameter/ })).toBeVisible();
  await expect(result(page).getByText('KeyId', { exact: true })).toBeVisible();

  await pasteBox(page).fill(fixture('python-core-traceback.txt'));
  await expect(result(page).getByRole('heading', { name: /MissingParameter/ })).toBeVisible();
  await expect(card(page).getByText('3F9D0A62-7C1B-4E85-B2A4-8D6E1F0C3B97')).toBeVisible();

  await pasteBox(page).fill('{"HttpStatus": 500, "Code": "Rejetced.PendingDeletion"}');
  await expect(result(page).getByText('Known other spelling')).toBeVisible();
  await expect(
    result(page).getByText(/shows HTTP 500, but Rejected\.PendingDeletion is documented with 409/),
  ).toBeVisible();
});

test('a multi-error log shows each error and a summary by code', async ({ page }) => {
  await page.goto('./');
  await pasteBox(page).fill(fixture('multi-error-log.txt'));
  await expect(status(page)).toHaveText('Found 4 errors.');
  const summary = result(page).getByRole('table');
  await expect(summary.getByRole('rowheader')).toHaveText([
    'Forbidden.KeyNotFound',
    'ServiceUnavailableTemporary',
    'InternalFailure',
    'IllegalTimestamp',
  ]);
  const download = page.waitForEvent('download');
  await result(page).getByRole('button', { name: 'Download summary CSV' }).click();
  expect((await download).suggestedFilename()).toBe('kms-errors-by-code.csv');
});

test('every example decodes', async ({ page }) => {
  await page.goto('./');
  const buttons = page.getByRole('group', { name: 'Try an example' }).getByRole('button');
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click();
    await expect(pasteBox(page)).not.toHaveValue('');
    await expect(status(page)).toHaveText(/^Found \d+ errors?\.$/);
    await expect(result(page).locator('.finding').first()).toBeVisible();
  }
});

test('copy for ticket puts a plain summary on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await pasteBox(page).fill(fixture('go-tea-sdkerror.txt'));
  await result(page).getByRole('button', { name: 'Copy for ticket' }).click();
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

test('a 5 MB paste is held out of the box and decoded in a worker while the page stays usable', async ({
  page,
}) => {
  await page.goto('./');
  const log = scaledLog(5 * 1024 * 1024);
  await pasteBox(page).focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, log);
  await expect(page.getByText(/Decoding pasted text: 5\.0 MB/)).toBeVisible();
  await expect(pasteBox(page)).toHaveValue('');
  // The explorer answers while the worker decodes.
  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await expect(status(page)).toHaveText(/^Found [\d,]+ errors\.$/, { timeout: 20_000 });
  await expect(result(page).getByText(/Showing the first 25 of/)).toBeVisible();
  await expect(result(page).locator('.finding')).toHaveCount(25);
  // The rest come from the worker a page at a time.
  await result(page).getByRole('button', { name: 'Show 25 more errors' }).click();
  await expect(result(page).getByText(/Showing the first 50 of/)).toBeVisible();
  await expect(result(page).getByRole('heading', { name: /^50\. / })).toBeVisible();
  // The keyboard lands on the first error added.
  await expect(result(page).getByRole('heading', { name: /^26\. / })).toBeFocused();
});

test('a dropped or chosen log file decodes; one over 20 MB is refused', async ({ page }) => {
  await page.goto('./');
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'app.log', { type: 'text/plain' }));
    return data;
  }, fixture('multi-error-log.txt'));
  await page.locator('.paste').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByText(/Decoding app\.log/)).toBeVisible();
  await expect(status(page)).toHaveText('Found 4 errors.');

  await page.getByLabel('choose a log file').setInputFiles({
    name: 'huge.log',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(21 * 1024 * 1024, 'a'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    /huge\.log is 21\.0 MB; the decoder reads files up to 20 MB/,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a result on screen, in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await pasteBox(page).fill(fixture('multi-error-log.txt'));
    await expect(status(page)).toHaveText('Found 4 errors.');
    await expectNoAxeViolations(page);
  });
}

test('HTML and script in every field are shown as text and never run', async ({ page }) => {
  await page.goto('./');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await pasteBox(page).fill(
    JSON.stringify({
      Code: `Rejected.${payload}`,
      Message: payload,
      RequestId: payload,
      HostId: payload,
      Recommend: 'javascript:window.__pwned=3',
      Extra: payload,
    }),
  );
  await expect(status(page)).toHaveText('Found 1 error.');
  await expect(card(page).getByText(payload).first()).toBeVisible();
  await expect(card(page).getByText('javascript:window.__pwned=3')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(result(page).locator('img, script')).toHaveCount(0);
});

test('hostile pastes are decoded or refused with a reason, and the page stays usable', async ({ page }) => {
  await page.goto('./');
  const hostile = [
    `${'{'.repeat(100_000)}{"Code":"Rejected.Disabled"}${'}'.repeat(100_000)}`,
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Error><Code>Rejected.Disabled</Code><Message>&b;</Message></Error>',
    '\u0000\ud800{"Code":"Rejected.Disabled","Message":"\u202eoverride"}\udfff',
  ];
  for (const text of hostile) {
    await pasteBox(page).fill(text);
    // Decoded, or refused with a reason: never stuck, never blank.
    await expect(status(page)).toHaveText(/^Found \d+ errors?\.$|^This looks like JSON but has no Code/);
  }
  await page.getByRole('searchbox', { name: /Search/ }).fill('disabled');
  await expect(rows(page).first().getByRole('link')).toHaveText('Rejected.Disabled');
});
