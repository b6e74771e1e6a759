// How the page reads: codes whole at any width, a title per view, a way out of every dead end, and the
// keyboard doing what the page says it does.
import type { Page } from '@playwright/test';
import { TOTAL } from './counts.ts';
import { card, expect, fixture, paste, rows, test } from './journey.ts';

// Every shown code whose text moves to a new line anywhere but right after a dot.
function brokenCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.code-text')) {
      if (element.getClientRects().length === 0) continue;
      const chars: { char: string; top: number }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ char: text[i]!, top: range.getBoundingClientRect().top });
        }
      }
      for (let i = 1; i < chars.length; i++)
        if (chars[i]!.top > chars[i - 1]!.top + 2 && chars[i - 1]!.char !== '.') {
          broken.push(element.textContent ?? '');
          break;
        }
    }
    return broken;
  });
}

const widths = [
  { name: 'a 1366-px screen', viewport: { width: 1366, height: 900 }, scale: 1 },
  { name: 'a 360-px phone', viewport: { width: 360, height: 740 }, scale: 1 },
  { name: 'a 1366-px screen at 200 % zoom', viewport: { width: 683, height: 450 }, scale: 2 },
];
for (const { name, viewport, scale } of widths) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport, deviceScaleFactor: scale });

    test('no code breaks inside a word: in the table, a decoded card or the detail view', async ({
      page,
    }) => {
      await page.goto('./');
      await expect(rows(page)).toHaveCount(TOTAL);
      expect(await brokenCodes(page)).toEqual([]);
      await paste(page, '{"Code":"InvalidSecurityToken.MismatchWithAccessKey"}');
      await expect(card(page).getByRole('heading', { name: /MismatchWithAccessKey/ })).toBeVisible();
      expect(await brokenCodes(page)).toEqual([]);
      await page.goto('./?code=ServiceUnavailableTemporary');
      await expect(page.getByRole('dialog', { name: /ServiceUnavailableTemporary/ })).toBeVisible();
      expect(await brokenCodes(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    });
  });
}

test('each view has its own title', async ({ page }) => {
  const titles = [
    { url: './', title: 'KMS Error Explorer' },
    { url: './?code=Forbidden.KeyNotFound', title: 'Forbidden.KeyNotFound · KMS Error Explorer' },
    { url: './?op=Decrypt', title: 'Decrypt · Operations · KMS Error Explorer' },
    { url: './?view=operations', title: 'Operations · KMS Error Explorer' },
    { url: './?view=key-states', title: 'Key states · KMS Error Explorer' },
    {
      url: './?code=Rejected.KeyRotating',
      title: 'Rejected.KeyRotating (not in the catalog) · KMS Error Explorer',
    },
  ];
  for (const { url, title } of titles) {
    await page.goto(url);
    await expect(page).toHaveTitle(title);
  }
});

test('a link to a code the catalog lacks says so, and offers its family, guesses and ways out', async ({
  page,
}) => {
  await page.goto('./?code=Rejected.KeyRotating');
  const dialog = page.getByRole('dialog', { name: 'Rejected.KeyRotating' });
  await expect(dialog.getByText('Not in the catalog.')).toBeVisible();
  await expect(dialog.getByText(/the current state of what it acts on rejects it/)).toBeVisible();
  await expect(dialog.getByRole('link', { name: /troubleshooting page/ })).toHaveAttribute(
    'href',
    /troubleshoot\?q=Rejected\.KeyRotating/,
  );
  await expect(dialog.getByRole('link', { name: /Report it as missing/ })).toHaveAttribute(
    'href',
    /\/issues\/new\?title=Missing%20or%20wrong%3A%20Rejected\.KeyRotating/,
  );
  const guess = dialog
    .getByRole('button')
    .filter({ hasText: /^Rejected\./ })
    .first();
  const code = (await guess.textContent())!;
  await guess.click();
  await expect(page.getByRole('dialog', { name: code })).toBeVisible();
});

test('an entry reads in the order it is needed, with ways out', async ({ page }) => {
  await page.goto('./?code=Rejected.Disabled');
  const dialog = page.getByRole('dialog', { name: 'Rejected.Disabled' });
  await expect(dialog.getByRole('heading', { name: 'What to do' })).toBeVisible();
  const headings = await dialog.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.slice(0, 3)).toEqual(['What to do', 'Likely causes', 'Family and category']);
  await expect(dialog.getByRole('link', { name: /Alibaba's troubleshooting page/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(dialog.getByRole('link', { name: /common-errors|Responses/ }).first()).toBeVisible();
  await expect(dialog.getByRole('link', { name: /Report a missing or wrong detail/ })).toBeVisible();
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Report a missing or wrong code' }),
  ).toBeVisible();
});

test('the keyboard: a skip link to the search, and / from anywhere outside a text field', async ({
  page,
}) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the search' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');

  await page.getByLabel('HTTP status').focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toBeFocused();
  // In the paste box "/" is a character.
  await page.getByRole('textbox', { name: /Paste/ }).press('/');
  await expect(page.getByRole('textbox', { name: /Paste/ })).toHaveValue('/');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('no keyboard hints are shown', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('searchbox', { name: /Search/ })).toBeVisible();
    await expect(page.locator('.keyboard-hint')).toBeHidden();
  });
});

test('a pasted Recommend URL that is not Alibaba’s stays plain text', async ({ page }) => {
  await page.goto('./');
  await paste(
    page,
    fixture('raw-http-json-response.txt').replace('https://api.aliyun.com', 'https://evil.example'),
  );
  await expect(card(page).getByRole('link', { name: /Its Recommend link/ })).toHaveCount(0);
  await expect(card(page).getByRole('link', { name: /troubleshooting page/ })).toBeVisible();
});
