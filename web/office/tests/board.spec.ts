// The live day board in Debian's chromium against the real server: a record pushed by an
// enrolled phone through the device API shows on an open board without a reload; the filters;
// the worker lanes. Signed in as the demo's supervisor (console.spec.ts uses the coordinator).
import type { Page } from '@playwright/test';
import { enrolDevice, pushVisitEvent, type Device } from './deviceclient';
import { expect, expectAccessible, fillSignIn, screenshots, test } from './fixtures';
import type { RunningServer } from './server';
import { totp } from './totp';

test.describe.configure({ mode: 'serial' });

interface ReportVisit {
  visit_id: string;
  person_id: string;
  planned_start: string;
  status: string;
  actual_start: string | null;
  workers: { id: string; name: string }[];
}

let supervisorSecret = '';

async function signInAsSupervisor(page: Page, server: RunningServer): Promise<void> {
  const supervisor = server.login('supervisor');
  if (!supervisorSecret) {
    await fillSignIn(page, supervisor);
    supervisorSecret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from the app').fill(totp(supervisorSecret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('button', { name: /go to today's board/ }).click();
  } else {
    // Each authenticator step signs in once: the next sign-in uses a later step.
    const step = Math.floor(Date.now() / 30_000) + (signInAsSupervisor.steps += 1);
    await fillSignIn(page, supervisor, totp(supervisorSecret, step * 30_000));
  }
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
}
signInAsSupervisor.steps = 0;

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

test('a check-in pushed by a phone shows on an open board within 5 seconds, without a reload', async ({ console: page, server }) => {
  await signInAsSupervisor(page, server);
  await expect(page.locator('[data-live="live"]')).toBeVisible();

  const worker = server.login('care_worker');
  const phone: Device = await enrolDevice(server.baseURL, worker.login, worker.password);
  const report = server.cli(['report', 'visits', '--org', server.orgId]) as { visits: ReportVisit[] };
  const visit = report.visits.find((v) => !v.actual_start && v.workers.some((w) => w.id === phone.userId));
  expect(visit, 'the demo worker has a visit not yet started today').toBeTruthy();
  const row = page.locator(`table.visits tr[data-visit="${visit!.visit_id}"]`);
  await expect(row.locator('td.actual')).toHaveText('—');

  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const pushed = await pushVisitEvent(server.baseURL, phone, {
    type: 'visit.checkin',
    visitId: visit!.visit_id,
    personId: visit!.person_id,
    careDay: ukDate.format(new Date(visit!.planned_start)),
    payload: { verification: 'no_fix' },
  });
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  expect(pushed.json.accepted).toBe(1);

  await expect(row.locator('td.actual')).toContainText(worker.display_name, { timeout: 5_000 });
  await expect(row.locator('td.actual')).toContainText('No location fix');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
