// The windowed visit table on a day larger than a screen (docs/office.md "Windowed visit table"):
// only the rows near the screen are in the page, the table still says how many rows it has and
// each row its place, and the keyboard reaches every visit (End, Home, arrows, Tab).
import { chromium, type Browser, type Page } from '@playwright/test';
import { expect, expectAccessible, fillSignIn, screenshots, test } from './fixtures';
import { startServer, type RunningServer } from './server';
import { totp } from './totp';

test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let browser: Browser;
let page: Page;
let visitIds: string[];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // About 250 visits a day: several screens of rows.
  server = await startServer({ people: 100, workers: 25, days: 1 });
  browser = await chromium.launch({ executablePath: process.env.CAREROUND_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  page = await context.newPage();
  await page.goto(`${server.baseURL}/office/`);
  await fillSignIn(page, server.login('coordinator'));
  const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.getByRole('button', { name: /go to today's board/ }).click();
  const report = server.cli(['report', 'visits', '--org', server.orgId]) as { visits: { visit_id: string }[] };
  visitIds = report.visits.map((v) => v.visit_id);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const table = () => page.locator('table.visits');
const focusedRow = () => page.evaluate(() => {
  const row = document.activeElement?.closest('tr[data-visit]');
  return row ? { id: row.getAttribute('data-visit'), index: Number(row.getAttribute('aria-rowindex')) } : null;
});

test('a day larger than the screen is in the page only near the screen, with its size and places', async () => {
  expect(visitIds.length).toBeGreaterThan(150);
  await expect(table()).toHaveAttribute('aria-rowcount', String(visitIds.length + 1));
  const rendered = page.locator('table.visits tbody tr[data-visit]');
  await expect(rendered.first()).toHaveAttribute('aria-rowindex', '2');
  const count = await rendered.count();
  expect(count).toBeGreaterThan(10);
  expect(count).toBeLessThan(visitIds.length);
  await expect(page.getByText(`${visitIds.length} of ${visitIds.length} visits shown`)).toBeVisible();
  // Rows in the page are the server's rows, in its order.
  expect(await rendered.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-visit')))).toEqual(visitIds.slice(0, count));
  await expectAccessible(page);
  await screenshots(page, 'board-windowed');
});

test('the keyboard reaches every visit: End, Home, arrows and Tab', async () => {
  await page.locator('table.visits tbody tr[data-visit] a').first().focus();
  expect(await focusedRow()).toEqual({ id: visitIds[0], index: 2 });
  await page.keyboard.press('End');
  await expect.poll(focusedRow).toEqual({ id: visitIds[visitIds.length - 1], index: visitIds.length + 1 });
  await expect(page.locator(`tr[data-visit="${visitIds[0]}"]`)).toHaveCount(0); // the top left the page
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedRow).toEqual({ id: visitIds[visitIds.length - 2], index: visitIds.length });
  await page.keyboard.press('Home');
  await expect.poll(focusedRow).toEqual({ id: visitIds[0], index: 2 });
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedRow).toEqual({ id: visitIds[1], index: 3 });
  await page.keyboard.press('PageDown');
  const paged = await focusedRow();
  expect(paged!.index).toBeGreaterThan(4);
  expect(paged!.id).toBe(visitIds[paged!.index - 2]);
  // Tab from row to row past the first window: each next link is there when it is reached.
  await page.keyboard.press('Home');
  for (let i = 1; i < 80; ++i) {
    await page.keyboard.press('Tab');
    expect(await focusedRow()).toEqual({ id: visitIds[i], index: i + 2 });
  }
  await expectAccessible(page);
});
