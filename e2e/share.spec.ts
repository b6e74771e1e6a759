// What leaves the page: share links, the warnings and masking of credentials, requests and storage.
import { readFileSync } from 'node:fs';
import { scaledLog } from '../scaled/scaledLog.ts';
import { expect, fixture, pasteBox, result, status, test, rows } from './journey.ts';

test('a pasted credential is called out, and nothing that leaves the page carries it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Every credential in the fixture holds the marker SeCrEt; the account ID is its only 16-digit number.
  const leaks = (text: string) => [...text.matchAll(/[^\s]*SeCrEt[^\s]*|1234567890123456/g)].map((m) => m[0]);
  await page.goto('./');
  await pasteBox(page).fill(fixture('debug-dump-with-credentials.txt'));
  await expect(status(page)).toHaveText(/^Found 2 errors of \d codes?\.$/);
  const warning = result(page).getByRole('alert');
  await expect(warning).toContainText('This text contains an AccessKey secret. Treat it as exposed');
  await expect(warning).toContainText('This text contains a private key.');
  await expect(warning).toContainText('This text contains key material returned by KMS');
  await expect(warning).toContainText('This text contains an STS security token.');
  await expect(warning).toContainText('This text contains a password.');
  expect(leaks(await result(page).innerText())).toEqual([]);

  const preview = result(page).getByRole('textbox', { name: 'What the link carries' });
  await expect(preview).toHaveValue(/Forbidden\.NoPermission/);
  expect(leaks(await preview.inputValue())).toEqual([]);
  await expect(preview).toHaveValue(/7A9C3E11-4B2D-4F6A-8E0B-1C2D3E4F5A6B/);

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await result(page).getByRole('button', { name: 'Copy share link' }).click();
  const link = new URL(await clipboard());
  expect(link.search).toBe('');
  const shared = Buffer.from(link.hash.replace('#paste=', ''), 'base64url').toString('utf8');
  expect(shared).toBe(await preview.inputValue());

  for (const card of await result(page).getByRole('button', { name: 'Copy for ticket' }).all()) {
    await card.click();
    const ticket = await clipboard();
    expect(ticket).toMatch(/^KMS error: /);
    expect(leaks(ticket)).toEqual([]);
  }
  await result(page).getByRole('button', { name: 'Copy incident summary' }).click();
  const incident = await clipboard();
  expect(incident).toContain('Forbidden.NoPermission');
  expect(leaks(incident)).toEqual([]);
  const download = page.waitForEvent('download');
  await result(page).getByRole('button', { name: 'Download CSV of all 2 errors' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain('Forbidden.NoPermission');
  expect(leaks(csv)).toEqual([]);

  const opened = await context.newPage();
  await opened.goto(link.href);
  await expect(opened.getByRole('note')).toContainText('Shared with you');
  await expect(opened.getByRole('note')).toContainText('masked before it was shared');
  await expect(result(opened).getByRole('heading', { name: /Forbidden\.NoPermission/ })).toBeVisible();
  await opened.close();

  await result(page).getByRole('checkbox', { name: 'Share the code only' }).check();
  await expect(preview).toBeHidden();
  await result(page).getByRole('button', { name: 'Copy share link' }).click();
  const codeOnly = new URL(await clipboard());
  expect(codeOnly.hash).toBe('');
  expect(codeOnly.searchParams.get('code')).toBe('Forbidden.NoPermission');

  // Identifiers alone are no alarm, but the page still says they are masked.
  await pasteBox(page).fill(fixture('node-pop-core-error.txt'));
  await expect(result(page).getByRole('heading', { name: /InvalidAccessKeyId\.NotFound/ })).toBeVisible();
  await expect(result(page).getByRole('alert')).toHaveCount(0);
  await expect(
    result(page).getByText(/contains a request signature and an AccessKey ID: not secrets/),
  ).toBeVisible();
});

test('a log too long for a link shares its codes and counts, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await pasteBox(page).fill(scaledLog(50 * 1024));
  await expect(status(page)).toHaveText(/^Found [\d,]+ errors of 4 codes\.$/);
  await expect(
    result(page).getByText(/more than a link can carry .* carries only its codes and counts/),
  ).toBeVisible();
  const preview = result(page).getByRole('textbox', { name: 'What the link carries' });
  await expect(preview).toHaveValue(
    /KMS errors in a \d+ KB log, by code \(codes and counts only\):\n\s*\d+ × /,
  );
  await result(page).getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#summary=');

  const opened = await context.newPage();
  await opened.goto(link);
  const note = opened.getByRole('note');
  await expect(note).toContainText('the codes and counts of a log too long for a link');
  await note.getByRole('button', { name: 'Forbidden.KeyNotFound' }).click();
  await expect(opened.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  await opened.close();
});

test('pasted text never leaves the page: no request carries it, nothing is stored', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const marker = 'PRIVATE-4C467B38-MARKER';
  const requests: { url: string; method: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  await page.goto('./');
  await page.getByRole('searchbox', { name: /Search/ }).fill('permission');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.NoPermission');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  await download;
  await pasteBox(page).fill(`{"Code":"Forbidden.NoPermission","RequestId":"${marker}"}`);
  await expect(result(page).getByRole('heading', { name: /Forbidden\.NoPermission/ })).toBeVisible();
  await result(page).getByRole('button', { name: 'Copy for ticket' }).click();
  await result(page).getByRole('button', { name: 'Open Forbidden.NoPermission' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await result(page).getByRole('button', { name: 'Copy share link' }).click();

  const origin = new URL(page.url()).origin;
  for (const request of requests) {
    expect(new URL(request.url).origin, request.url).toBe(origin);
    expect(request.method, request.url).toBe('GET');
    expect(request.url).not.toContain(marker);
  }
  expect(page.url()).not.toContain(marker);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
});
