// Session expiry in the browser, on the server's test clock (never a real 15-minute wait): an idle
// session ends on the server, and whichever page asks next brings the sign-in back with the reason;
// within the idle window the console carries on. Its own server, since moving the clock would
// end every other file's sessions.
import { test as base } from '@playwright/test';
import { expect, expectAccessible, screenshots, signInWithNewSecondFactor } from './fixtures';
import { startServer, type RunningServer } from './server';

const test = base.extend<{ server: RunningServer }>({
  server: async ({}, use) => {
    const server = await startServer({ people: 4, workers: 2, days: 1 }, undefined, { testClock: true });
    await use(server);
    await server.stop();
  },
});

const minutes = (n: number) => n * 60_000;

test('an idle session ends after 15 minutes on the server: the next page asks to sign in again', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(`${server.baseURL}/office/`);
  await signInWithNewSecondFactor(page, server);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // 14 minutes idle: still signed in, and the request restarts the idle window.
  server.moveClock(minutes(14));
  await nav.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  await expect(page.locator('table.people tbody tr')).toHaveCount(4);

  // 16 more minutes with nothing asked: the server has ended the session.
  server.moveClock(minutes(14 + 16));
  // The header's own polling may meet the 401 first; either way the sign-in comes back.
  await page.evaluate(() => (window.location.hash = '#/alerts'));
  await expect(page.getByRole('status')).toHaveText('Your session has ended. Please sign in again.');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const gone = await page.request.get(`${server.baseURL}/v1/office/session`);
  expect(gone.status()).toBe(401);
  await expectAccessible(page);
  await screenshots(page, 'session-ended');
});
