// The live day board in Debian's chromium against the real server: a record pushed by an
// enrolled phone through the device API shows on an open board without a reload; the filters;
// the worker lanes. Signed in as the demo's supervisor (console.spec.ts uses the coordinator).
import type { Page } from '@playwright/test';
import { enrolDevice, pushVisitEvent, type Device } from './deviceclient';
import { expect, expectAccessible, fillSignIn, screenshots, test } from './fixtures';
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

// One page for the whole file: the supervisor enrols an authenticator and signs in once (a code
// signs in once, and the next step is 30 s away), and each test goes on from where the last left
// the board, as a person at the office would.
let page: Page;

test.beforeAll(async ({ browser, server }) => {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  page = await context.newPage();
  await page.goto(`${server.baseURL}/office/`);
  await fillSignIn(page, server.login('supervisor'));
  const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.getByRole('button', { name: /go to today's board/ }).click();
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
});

test.afterAll(async () => {
  await page.context().close();
});

async function showDay(day: string): Promise<void> {
  await page.getByLabel('Day', { exact: true }).fill(day);
  await expect(page.getByRole('heading', { name: /^Visits on / })).toContainText(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(new Date(`${day}T12:00:00Z`)),
  );
}

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

test('a check-in pushed by a phone shows on an open board within 5 seconds, without a reload', async ({ server }) => {
  await expect(page.locator('[data-live="live"]')).toBeVisible();

  const worker = server.login('care_worker');
  const phone: Device = await enrolDevice(server.baseURL, worker.login, worker.password);
  // Tomorrow's visits have not started whatever the time of day the test runs at.
  const tomorrow = ukDate.format(new Date(Date.now() + 24 * 3600_000));
  await showDay(tomorrow);
  const report = server.cli(['report', 'visits', '--org', server.orgId, '--date', tomorrow]) as { visits: ReportVisit[] };
  const visit = report.visits.find((v) => !v.actual_start && v.workers.some((w) => w.id === phone.userId));
  expect(visit, 'the demo worker has a visit tomorrow').toBeTruthy();
  const row = page.locator(`table.visits tr[data-visit="${visit!.visit_id}"]`);
  await expect(row.locator('td.actual')).toHaveText('—');

  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  // From here on the board may read only what changed (changed_since), never the whole day again.
  const wholeDayReads: string[] = [];
  const changeReads: Promise<{ visits: ReportVisit[]; people: string[] }>[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/v1/office/visits' && !url.searchParams.has('changed_since')) wholeDayReads.push(r.url());
  });
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/v1/office/visits' && url.searchParams.has('changed_since')) changeReads.push(r.json());
  });
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
  await expect(row.locator('td.actual')).toContainText('In: No location fix');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(wholeDayReads, 'the whole day was read again').toEqual([]);
  const changes = await Promise.all(changeReads);
  expect(changes.length).toBeGreaterThan(0);
  const patched = changes.flatMap((c) => c.visits.map((v) => v.visit_id));
  expect(patched).toContain(visit!.visit_id);
  // Only the rows of the people the answer names (the checked-in person, and those sharing a lane
  // with the worker: in this small demo the lanes reach most of the day; tst_server_office shows
  // an unrelated visit left out).
  for (const c of changes) {
    expect(c.people).toContain(visit!.person_id);
    for (const v of c.visits) expect(c.people).toContain(v.person_id);
  }
  // The counts follow the patched row.
  await expect(page.getByRole('group', { name: 'Visits by status' }).locator('[data-status="in_progress"] .number')).not.toHaveText('0');
  await expectAccessible(page);
  await screenshots(page, 'board-live');
});

test('the board filters by worker, person and status', async ({ server }) => {
  await showDay(ukDate.format(new Date()));
  const report = server.cli(['report', 'visits', '--org', server.orgId]) as { visits: ReportVisit[] };
  const rows = page.locator('table.visits tbody tr[data-visit]');
  await expect(rows).toHaveCount(report.visits.length);

  const worker = report.visits[0].workers[0];
  await page.getByRole('combobox', { name: /^Worker/ }).selectOption(worker.id);
  const ofWorker = report.visits.filter((v) => v.workers.some((w) => w.id === worker.id));
  await expect(rows).toHaveCount(ofWorker.length);

  const person = ofWorker[0].person_id;
  await page.getByRole('combobox', { name: /^Person/ }).selectOption(person);
  const ofBoth = ofWorker.filter((v) => v.person_id === person);
  await expect(rows).toHaveCount(ofBoth.length);
  await expect(page.getByText(`${ofBoth.length} of ${report.visits.length} visits shown`)).toBeVisible();

  await page.getByRole('combobox', { name: /^Person/ }).selectOption('');
  const status = ofWorker[0].status;
  await page.getByRole('group', { name: 'Visits by status' }).locator(`[data-status="${status}"]`).click();
  await expect(rows).toHaveCount(ofWorker.filter((v) => v.status === status).length);
  await expect(page.locator(`table.visits tbody tr[data-visit]:not([data-status="${status}"])`)).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'board-filtered');
});

test('the worker lanes show each run in time order and where the worker is, by keyboard', async ({ server }) => {
  const report = server.cli(['report', 'visits', '--org', server.orgId]) as {
    visits: ReportVisit[];
    lanes: { worker_id: string; name: string; stops: { visit_id: string; place: string }[] }[];
  };
  // Every filter back to "every", as the previous test left them set.
  await page.getByRole('combobox', { name: /^Worker/ }).selectOption('');
  await page.getByRole('group', { name: 'Visits by status' }).getByRole('button', { name: /All visits/ }).click();
  // Reach the toggle with the keyboard and press it.
  const toggle = page.getByRole('button', { name: 'Worker lanes' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const lanes = page.locator('section.lane');
  await expect(lanes).toHaveCount(report.lanes.length);
  for (const lane of report.lanes) {
    const section = page.locator(`section.lane[data-worker="${lane.worker_id}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(lane.name);
    // The server's order and places, each place in words beside its symbol.
    await expect(section.locator('li.stop')).toHaveCount(lane.stops.length);
    expect(await section.locator('li.stop').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-visit')}:${e.getAttribute('data-place')}`))).toEqual(
      lane.stops.map((s) => `${s.visit_id}:${s.place}`),
    );
    const starts = lane.stops.map((s) => report.visits.find((v) => v.visit_id === s.visit_id)!.planned_start);
    expect([...starts].sort()).toEqual(starts);
  }
  const words = await page.locator('li.stop .place').allInnerTexts();
  expect(words.every((w) => /(Done|In progress|Late|Next|Later)$/.test(w))).toBe(true);
  await expectAccessible(page);
  await screenshots(page, 'lanes');
});
