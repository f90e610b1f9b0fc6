// The office console in Debian's chromium against the real server: sign-in with a second factor,
// the day board against the server's own report, the role rules, CSRF, sign-out; axe on every
// page and screenshots of each.
import { expect, expectAccessible, fillSignIn, screenshots, test } from './fixtures';
import { totp } from './totp';

test.describe.configure({ mode: 'serial' });

let coordinatorSecret = '';
let recoveryCodes: string[] = [];

test('a coordinator enrols an authenticator on first sign-in and lands on the day board', async ({ console: page, server }) => {
  await expect(page.getByRole('heading', { name: 'CareRound office' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'signin');

  const coordinator = server.login('coordinator');
  await fillSignIn(page, coordinator);
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'enrol');

  const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill('000000' === totp(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible(); // a wrong code is refused in words

  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  await expect(page.locator('ul.codes li')).toHaveCount(10);
  await expectAccessible(page);
  await screenshots(page, 'recovery-codes');
  coordinatorSecret = secret;
  recoveryCodes = await page.locator('ul.codes li').allInnerTexts();

  await page.getByRole('button', { name: /go to today's board/ }).click();
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
});

test('the board shows the same day as the server report, and filters by status', async ({ console: page, server }) => {
  const coordinator = server.login('coordinator');
  await fillSignIn(page, coordinator, totp(coordinatorSecret, Date.now() + 30_000));
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
  await expect(page.locator('table.visits tbody tr[data-visit]').first()).toBeVisible();

  const report = server.cli(['report', 'visits', '--org', server.orgId]) as {
    counts: Record<string, number>;
    visits: unknown[];
  };
  const counts = page.getByRole('group', { name: 'Visits by status' });
  await expect(counts.getByRole('button', { name: /All visits/ })).toContainText(String(report.visits.length));
  for (const [status, count] of Object.entries(report.counts))
    await expect(counts.locator(`[data-status="${status}"] .number`)).toHaveText(String(count));
  await expect(page.locator('table.visits tbody tr[data-visit]')).toHaveCount(report.visits.length);
  await expectAccessible(page);
  await screenshots(page, 'board');

  const [status, count] = Object.entries(report.counts).sort((a, b) => a[1] - b[1])[0];
  await counts.locator(`[data-status="${status}"]`).click();
  await expect(page.locator('table.visits tbody tr[data-visit]')).toHaveCount(count);
  await expect(page.locator(`table.visits tbody tr[data-visit]:not([data-status="${status}"])`)).toHaveCount(0);
});

test('care workers and family members cannot sign in', async ({ console: page, server }) => {
  for (const role of ['care_worker', 'family_member']) {
    await fillSignIn(page, server.login(role));
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Visits on / })).toHaveCount(0);
    await page.reload();
  }
});

test('a state-changing request without the CSRF token is refused, and sign-out ends the session', async ({ console: page, server }) => {
  // Each authenticator step signs in once (no replay), so this sign-in uses a recovery code.
  const coordinator = server.login('coordinator');
  await page.getByRole('button', { name: 'Lost your phone? Use a recovery code' }).click();
  await page.getByLabel('Login').fill(coordinator.login);
  await page.getByLabel('Password').fill(coordinator.password);
  await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();

  const forged = await page.request.post(`${server.baseURL}/v1/office/session/sign-out`, {
    headers: { Origin: server.baseURL },
  });
  expect(forged.status()).toBe(403);
  expect((await page.request.get(`${server.baseURL}/v1/office/session`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  expect((await page.request.get(`${server.baseURL}/v1/office/session`)).status()).toBe(401);
  expect((await page.request.get(`${server.baseURL}/v1/office/visits`)).status()).toBe(401);
});

test('the console pages carry the strict browser headers', async ({ page, server }) => {
  const response = await page.request.get(`${server.baseURL}/office/`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect((await page.request.get(`${server.baseURL}/office/nothing-here.js`)).status()).toBe(404);
});
