// The Chinese page (zh-CN/): the same journeys as the English page, in Chinese, and the ways between them.
import { countLineZh } from './counts.ts';
import { expect, expectNoAxeViolations, rows, test } from './journey.ts';

const ZH = 'zh-CN/';
const result = (page: import('@playwright/test').Page) => page.getByRole('region', { name: '解析结果' });
const search = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: '搜索错误码' });

test('the Chinese page is prerendered in Chinese and names the English one as its alternate', async ({
  browser,
  baseURL,
}) => {
  // Without JavaScript: what the build wrote.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${baseURL}${ZH}`);
  await expect(still.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(still).toHaveTitle('KMS 错误码查询');
  await expect(still.getByRole('heading', { name: '浏览错误码目录' })).toBeVisible();
  await expect(still.getByText(countLineZh())).toBeVisible();
  await expect(still.getByRole('contentinfo')).toContainText('粘贴的内容只留在这个浏览器标签页里');
  // The same strict policy as the English page: no connection, no inline script.
  const policy = await still.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("connect-src 'none'");
  expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/]+=*';/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  await context.close();
});

test('each page names both languages as alternates, with absolute addresses', async ({ page, baseURL }) => {
  for (const [path, lang] of [
    ['./', 'en'],
    [ZH, 'zh-CN'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const alternates = await page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
    expect(alternates).toEqual([
      ['en', baseURL],
      ['zh-CN', `${baseURL}${ZH}`],
      ['x-default', baseURL],
    ]);
  }
});

test('Chinese words find their code first and the match is marked', async ({ page }) => {
  await page.goto(ZH);
  await search(page).fill('密钥不存在');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await expect(rows(page).first().locator('mark').first()).toHaveText('密钥不存在');
  await expect(page.getByText(countLineZh('密钥不存在'))).toBeVisible();
  // English and codes work on the Chinese page too.
  await search(page).fill('keynotfound');
  await expect(rows(page).first().getByRole('link')).toHaveText('Forbidden.KeyNotFound');
  await search(page).fill('签名');
  await expect(rows(page).first().getByRole('link')).toHaveText('SignatureDoesNotMatch');
});

test('filters, the count and the detail view are in Chinese', async ({ page }) => {
  await page.goto(ZH);
  await page.getByLabel('HTTP 状态码').selectOption('404');
  await expect(page.getByText(countLineZh('', { status: '404' }))).toBeVisible();
  await page.getByLabel('错误码类别').selectOption('Forbidden');
  await expect(page.getByText(countLineZh('', { status: '404', family: 'Forbidden' }))).toBeVisible();
  await rows(page).getByRole('link', { name: 'Forbidden.KeyNotFound' }).click();
  const dialog = page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ });
  await expect(dialog.getByRole('heading', { name: '怎么处理' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '可能的原因' })).toBeVisible();
  // The API's message as it returns it, with a Chinese line saying what it means.
  await expect(dialog).toContainText('The specified Key is not found.');
  await expect(dialog.locator('.says[lang="zh-CN"]').first()).toContainText('密钥');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('the decoder reads a Chinese log and answers in Chinese', async ({ page }) => {
  await page.goto(ZH);
  const log =
    '2026-11-29 10:00:02 [错误] 调用 KMS 解密失败，错误码：Forbidden.KeyNotFound，错误信息：The specified Key is not found.，请求ID：7A9C3E11-4B2D-4F6A-8E0B-1C2D3E4F5A6B';
  await page.getByRole('textbox', { name: /粘贴错误/ }).fill(log);
  await expect(result(page).getByRole('status').first()).toHaveText('找到 1 个错误。');
  const card = result(page).getByRole('article').first();
  await expect(card.getByRole('heading', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  await expect(card).toContainText('完全匹配');
  await expect(card).toContainText('下一步');
  await expect(card).toContainText('7A9C3E11-4B2D-4F6A-8E0B-1C2D3E4F5A6B');
  await expect(card.getByRole('button', { name: '复制到工单' })).toBeVisible();
});

test('a shared paste opens in Chinese on the Chinese page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ZH);
  await page
    .getByRole('textbox', { name: /粘贴错误/ })
    .fill('{"Code":"Rejected.Disabled","Message":"The key is disabled."}');
  await result(page).getByRole('button', { name: '复制分享链接' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toMatch(/\/zh-CN\/$/);
  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByRole('note')).toContainText('有人与你分享');
  await expect(result(opened).getByRole('heading', { name: /Rejected\.Disabled/ })).toBeVisible();
  await opened.close();
});

test('the keyboard alone searches, opens and closes an entry on the Chinese page', async ({ page }) => {
  await page.goto(ZH);
  await page.locator('body').press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('待删除');
  await expect(rows(page).first().getByRole('link')).toHaveText('Rejected.PendingDeletion');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Rejected\.PendingDeletion/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the language switch keeps the view both ways and remembers nothing', async ({ page }) => {
  // From an open entry: the dialog has the link, as the header's is behind it.
  await page.goto('./?q=keynotfound&status=404&code=Forbidden.KeyNotFound');
  await page.getByRole('dialog').getByRole('link', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(new URL(page.url()).pathname).toMatch(/\/zh-CN\/$/);
  await expect(page.getByRole('dialog', { name: /Forbidden\.KeyNotFound/ })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('heading', { name: '怎么处理' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await expect(search(page)).toHaveValue('keynotfound');
  await expect(page.getByLabel('HTTP 状态码')).toHaveValue('404');

  await page.goto(`${ZH}?op=Decrypt`);
  await expect(page.getByRole('heading', { name: 'Decrypt', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('op')).toBe('Decrypt');
  await expect(page.getByRole('heading', { name: 'Decrypt', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
    0,
    0,
    '',
  ]);
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('is told of the Chinese page on the English one, and stays where it is', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByText('这个页面也有中文版。')).toBeVisible();
    expect(new URL(page.url()).pathname).not.toMatch(/zh-CN/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a 360-px phone never scrolls the Chinese page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ZH);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await overflow()).toBeLessThanOrEqual(360);
  await page.goto(`${ZH}?code=Forbidden.KmsServiceNotEnabled`);
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(360);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Chinese page's views in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${ZH}?q=密钥`);
    await expect(rows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${ZH}?code=Rejected.PendingDeletion`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${ZH}?view=key-states`);
    await expect(page.getByRole('heading', { name: '各 API 操作在各密钥状态下的结果' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('after one visit the Chinese page works offline, as itself', async ({ page, context }) => {
  await page.goto(ZH);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto(`${ZH}?q=签名`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(rows(page).first().getByRole('link')).toHaveText('SignatureDoesNotMatch');
  await page.getByRole('textbox', { name: /粘贴错误/ }).fill('错误码：Rejected.Disabled，请求ID：R-1');
  await expect(result(page).getByRole('heading', { name: /Rejected\.Disabled/ })).toBeVisible();
  // Named without its slash, as a link typed by hand may name it.
  await page.goto('zh-CN?q=限流');
  await expect(rows(page).first().getByRole('link')).toHaveText('Throttling');
});

// Everything a page, its workers and its service worker fetch while a reader searches, opens an entry,
// decodes, downloads and visits the other views: none of it may be the other language's.
for (const [path, own, other] of [
  ['./', 'en', 'zh-CN'],
  [ZH, 'zh-CN', 'en'],
] as const) {
  test(`the ${own} page never downloads the ${other} words`, async ({ page, context }) => {
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(path);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByRole('searchbox').fill('key');
    await expect(rows(page).first()).toBeVisible();
    await rows(page).first().getByRole('link').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox').first().fill('{"Code":"Forbidden.KeyNotFound","RequestId":"R-1"}');
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.goto(`${path}?view=operations`);
    await page.goto(`${path}?view=key-states`);
    await page.goto(`${path}?op=Decrypt`);
    await expect(page.getByRole('heading', { name: 'Decrypt', level: 2 })).toBeVisible();

    expect(fetched.filter((file) => file.includes(`/assets/${own}/`)).length).toBeGreaterThan(0);
    expect(fetched.filter((file) => file.includes(`/assets/${other}/`))).toEqual([]);
  });
}

test('the suggestion of the other page appears without moving anything', async ({ page }) => {
  // Where the header's links and the content stand in the page as served, before the app has started.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const places = [...document.querySelectorAll('header.site a, main')].map((element) =>
        JSON.stringify(element.getBoundingClientRect()),
      );
      (window as unknown as { servedPlaces: string[] }).servedPlaces = places;
    });
  });
  // This browser prefers English, so the Chinese page suggests the English one once its app has started.
  await page.goto(ZH);
  await expect(page.getByText('This page is also available in English.')).toBeVisible();
  const [served, shown] = await page.evaluate(() => [
    (window as unknown as { servedPlaces: string[] }).servedPlaces,
    [...document.querySelectorAll('header.site a, main')].map((element) =>
      JSON.stringify(element.getBoundingClientRect()),
    ),
  ]);
  expect(served.length).toBeGreaterThan(3);
  expect(shown).toEqual(served);
});
