// One real server per test worker, and helpers that sign in as a person would.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type DemoLogin, type RunningServer } from './server';
import { totp } from './totp';

export const test = base.extend<{ console: Page }, { server: RunningServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  console: async ({ page, server }, use) => {
    await page.goto(`${server.baseURL}/office/`);
    await use(page);
  },
});
export { expect };

const here = dirname(fileURLToPath(import.meta.url));
const screenshotDir = process.env.CAREROUND_SCREENSHOT_DIR ?? join(here, '../../../docs/screenshots');

// A PNG of the page at the office's two usual sizes, for people to look at (docs/screenshots).
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(screenshotDir, `office-${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

// Axe on the page as it is: no serious or critical violation.
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export async function fillSignIn(page: Page, login: DemoLogin, code = ''): Promise<void> {
  await page.getByLabel('Login').fill(login.login);
  await page.getByLabel('Password').fill(login.password);
  await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Signs the coordinator in from a fresh second factor (the CLI's reset-office-2fa), so a spec
// does not depend on which other spec enrolled the account or used which code.
export async function signInAsCoordinator(page: Page, server: RunningServer): Promise<void> {
  const coordinator = server.login('coordinator');
  server.cli(['reset-office-2fa', '--login', coordinator.login]);
  await fillSignIn(page, coordinator);
  const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.getByRole('button', { name: /go to today's board/ }).click();
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
}
