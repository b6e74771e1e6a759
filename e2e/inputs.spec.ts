// What the decoder is given beyond a paste of one error: pastes of megabytes, files dropped or chosen (and
// one too large), and text written to break the page.
import { scaledLog } from '../scaled/scaledLog.ts';
import { expect, fixture, pasteBox, result, rows, status, test, card, paste } from './journey.ts';

test('a 5 MB paste is held out of the box and decoded in a worker while the page stays usable', async ({
  page,
}) => {
  await page.goto('./');
  await paste(page, scaledLog(5 * 1024 * 1024));
  await expect(page.getByText(/Decoding pasted text: 5\.0 MB/)).toBeVisible();
  await expect(pasteBox(page)).toHaveValue('');
  // The explorer answers while the worker decodes.
  await page.getByRole('searchbox', { name: /Search/ }).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await expect(status(page)).toHaveText(/^Found [\d,]+ errors of 4 codes\.$/, { timeout: 20_000 });
  // Four codes, each once, with its first rows; the rest come from the worker on request.
  await expect(result(page).locator('.finding')).toHaveCount(4);
  const group = result(page).locator('.finding').first();
  await expect(group.getByRole('table').locator('tbody tr')).toHaveCount(10);
  await group.getByRole('button', { name: /^Show 100 more/ }).click();
  await expect(group.getByRole('table').locator('tbody tr')).toHaveCount(110);
  // The keyboard lands on the first row added.
  await expect(group.getByRole('table').locator('tbody tr').nth(10)).toBeFocused();
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
  await expect(status(page)).toHaveText('Found 4 errors of 4 codes.');

  await page.getByLabel('choose a file').setInputFiles({
    name: 'huge.log',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(21 * 1024 * 1024, 'a'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    /huge\.log is 21\.0 MB; the decoder reads files up to 20 MB/,
  );
});

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
  await card(page)
    .getByText(/Fields in the text/)
    .click();
  await expect(card(page).getByText(payload).first()).toBeVisible();
  await expect(card(page).getByText('javascript:window.__pwned=3')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(result(page).locator('img, script')).toHaveCount(0);
});

test('hostile pastes still give the error they hold, and the page stays usable', async ({ page }) => {
  await page.goto('./');
  const hostile = [
    `${'{'.repeat(100_000)}{"Code":"Rejected.Disabled"}${'}'.repeat(100_000)}`,
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Error><Code>Rejected.Disabled</Code><Message>&b;</Message></Error>',
    '\u0000\ud800{"Code":"Rejected.Disabled","Message":"\u202eoverride"}\udfff',
  ];
  for (const text of hostile) {
    await pasteBox(page).fill(text);
    await expect(card(page).getByRole('heading', { name: 'Rejected.Disabled' })).toBeVisible();
  }
  await page.getByRole('searchbox', { name: /Search/ }).fill('disabled');
  await expect(rows(page).first().getByRole('link')).toHaveText('Rejected.Disabled');
});
