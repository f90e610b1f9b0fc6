// Reports in the console against the REAL server: each report page shows what the server's own
// report says (`careround-server report …` on the same data directory), each CSV download is
// byte for byte the server's CSV and the CLI's, the key figures draw their charts with tables
// beside them and no Content-Security-Policy error; axe and screenshots on every page.
import { test as base, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, fillSignIn, screenshots } from './fixtures';
import { startServer, ukDayFromToday, type RunningServer } from './server';
import { totp } from './totp';

// Its own server and one signed-in page for the whole file: the authenticator is enrolled once
// and each code signs in once, so the tests share the session as a coordinator would.
const test = base;
test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let page: Page;
const consoleErrors: string[] = [];

function cliText(args: string[]): string {
  return execFileSync(process.env.CAREROUND_SERVER_BINARY ?? '', [...args, '--org', server.orgId, '--data-dir', server.dataDir], {
    encoding: 'utf8',
  });
}

// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks); the BOM is dropped.
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; ++i) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), ++i;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), ++i;
    } else field += c;
  }
  return rows;
}

async function openReport(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name }).click();
}

// Downloads the page's CSV and checks it against the server's CSV for the same address.
async function downloadCsv(linkName: RegExp): Promise<{ text: string; fileName: string }> {
  const link = page.getByRole('link', { name: linkName });
  const href = (await link.getAttribute('href')) ?? '';
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  const direct = await page.request.get(`${server.baseURL}${href}`);
  expect(direct.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(direct.headers()['content-disposition']).toBe(`attachment; filename="${download.suggestedFilename()}"`);
  expect(text).toBe(await direct.text());
  return { text, fileName: download.suggestedFilename() };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return context.newPage();
}

// First sign-in of a demo login: enrol the authenticator from the key the page shows.
async function enrolAndSignIn(p: Page, role: string): Promise<void> {
  await p.goto(`${server.baseURL}/office/`);
  await fillSignIn(p, server.login(role));
  const secret = (await p.locator('code.secret').innerText()).replace(/\s/g, '');
  await p.getByLabel('Code from the app').fill(totp(secret));
  await p.getByRole('button', { name: 'Confirm and sign in' }).click();
  await p.getByRole('button', { name: /go to today's board/ }).click();
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  server = await startServer();
  page = await newPage(browser);
  // Every CSP violation the page meets, counted by the browser itself.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await enrolAndSignIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Reports: key figures' })).toBeVisible();
});

test.afterAll(async () => {
  await page?.context().close();
  await server?.stop();
});

test('the visits report shows the CLI report, and its CSV is the server\'s and the CLI\'s', async () => {
  await openReport('Visits of a day');
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
  const report = server.cli(['report', 'visits', '--org', server.orgId]) as {
    date: string;
    visits: { visit_id: string; status: string; person_name: string }[];
  };
  expect(report.visits.length).toBeGreaterThan(0);
  const rows = page.locator('table.visits tbody tr[data-visit]');
  await expect(rows).toHaveCount(report.visits.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-visit'), tr.getAttribute('data-status')]));
  expect(shown).toEqual(report.visits.map((v) => [v.visit_id, v.status]));

  const { text, fileName } = await downloadCsv(/^Download visits of /);
  expect(fileName).toBe(`careround-visits-${report.date}.csv`);
  expect(text).toBe(cliText(['report', 'visits', '--format', 'csv']));
  const [header, ...lines] = csvRows(text);
  expect(header.slice(0, 7)).toEqual(['Date', 'Planned start', 'Planned end', 'Person', 'Call', 'Workers', 'Status']);
  const [y, m, d] = report.date.split('-');
  expect(lines.map((l) => [l[12], l[6], l[3]])).toEqual(report.visits.map((v) => [v.visit_id, v.status, v.person_name]));
  expect(new Set(lines.map((l) => l[0]))).toEqual(new Set([`${d}/${m}/${y}`]));

  await expectAccessible(page);
  await screenshots(page, 'reports-visits');
});

test('the hours report takes the rates and shows the CLI figures, with the same CSV', async () => {
  await openReport('Hours of a week');
  // Yesterday's week: the demo delivered all of yesterday, while just after midnight today has
  // no delivered call yet (and on a Monday yesterday is last week).
  const yesterday = ukDayFromToday(-1);
  await page.getByLabel('Any day of the week').fill(yesterday);
  await page.getByLabel('Day rate, £ an hour').fill('21.50');
  await page.getByLabel('Night rate, £ a session').fill('95');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('At £21.50 an hour by day and £95.00 a night session')).toBeVisible();
  const report = server.cli(['report', 'hours', '--org', server.orgId, '--week', yesterday, '--hourly-rate-pence', '2150', '--night-rate-pence', '9500']) as {
    people: { person_id: string; name: string; calls: number; total_pence: number }[];
    workers: { worker_id: string; total_pence: number }[];
  };
  expect(report.people.length).toBeGreaterThan(0);
  const people = page.locator('table[data-table="people"] tbody tr');
  await expect(people).toHaveCount(report.people.length);
  for (const line of report.people) {
    const row = page.locator(`table[data-table="people"] tr[data-id="${line.person_id}"]`);
    await expect(row.locator('td').first()).toHaveText(String(line.calls));
    await expect(row.locator('td').last()).toHaveText(`£${(line.total_pence / 100).toFixed(2)}`);
  }
  await expect(page.locator('table[data-table="workers"] tbody tr')).toHaveCount(report.workers.length);

  const { text } = await downloadCsv(/^Download hours of the week/);
  expect(text).toBe(cliText(['report', 'hours', '--week', yesterday, '--hourly-rate-pence', '2150', '--night-rate-pence', '9500', '--format', 'csv']));
  const [, ...lines] = csvRows(text);
  expect(lines.filter((l) => l[0] === 'person').map((l) => [l[13], l[12]])).toEqual(
    report.people.map((p) => [p.person_id, (p.total_pence / 100).toFixed(2)]),
  );
  await expectAccessible(page);
  await screenshots(page, 'reports-hours');
});

test('the spot-check report lists the workers the CLI lists, with the same CSV', async () => {
  await openReport('Spot checks due');
  const report = server.cli(['report', 'spot-checks', '--org', server.orgId]) as {
    overdue: { worker_id: string; name: string }[];
  };
  await expect(page.locator('table[data-table="overdue"] tbody tr')).toHaveCount(report.overdue.length);
  const names = await page.locator('table[data-table="overdue"] tbody th').allInnerTexts();
  expect(names).toEqual(report.overdue.map((w) => w.name));
  const { text } = await downloadCsv(/^Download workers due a spot check/);
  expect(text).toBe(cliText(['report', 'spot-checks', '--format', 'csv']));
  expect(csvRows(text).slice(1).map((l) => l[4])).toEqual(report.overdue.map((w) => w.worker_id));
  await expectAccessible(page);
  await screenshots(page, 'reports-spot-checks');
});

test('the key figures draw charts with their tables, as the server computes them', async () => {
  await openReport('Key figures');
  // Drawn afresh from a reload, with the console watched from the start (the sign-in page's
  // session check before sign-in is a 401 by design, so the watch starts here).
  consoleErrors.length = 0;
  await page.reload();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const report = server.cli(['report', 'kpis', '--org', server.orgId]) as {
    from: string;
    to: string;
    days: { date: string; on_time: number; late: number; missed: number }[];
    workers: { worker_id: string; planned_minutes: number; delivered_minutes: number }[];
    continuity: { person_id: string; distinct_workers: number }[];
  };
  expect(report.to).toBe(today);
  await expect(page.locator('table[data-table="days"] tbody tr')).toHaveCount(28);
  for (const day of report.days) {
    const cells = page.locator(`table[data-table="days"] tr[data-date="${day.date}"] td`);
    await expect(cells.nth(0)).toHaveText(String(day.on_time));
    await expect(cells.nth(2)).toHaveText(String(day.late));
    await expect(cells.nth(3)).toHaveText(String(day.missed));
  }
  expect(report.workers.length).toBeGreaterThan(0);
  for (const w of report.workers) {
    const cells = page.locator(`table[data-table="kpi-workers"] tr[data-id="${w.worker_id}"] td`);
    await expect(cells.nth(1)).toHaveAttribute('data-minutes', String(w.planned_minutes));
    await expect(cells.nth(2)).toHaveAttribute('data-minutes', String(w.delivered_minutes));
  }
  await expect(page.locator('table[data-table="continuity"] tbody tr')).toHaveCount(report.continuity.length);
  // Every chart is an image with a summary in words, drawn (its canvas has a size).
  const charts = page.locator('canvas[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(4);
  for (const chart of await charts.all()) {
    await expect(chart).toHaveAttribute('aria-label', /\w+/);
    expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  }
  await expect(page.getByRole('img', { name: /^Stacked bars per day/ })).toBeVisible();
  expect(consoleErrors).toEqual([]); // no Content-Security-Policy refusal, no script error
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  await expectAccessible(page);
  await screenshots(page, 'reports-kpis');
  await page.getByRole('heading', { name: 'Delivered against planned minutes, per worker' }).evaluate((h) => h.scrollIntoView());
  await screenshots(page, 'reports-kpis-minutes');
});

test('a period longer than 92 days is refused in words, and the server says why', async () => {
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-04-03');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert')).toHaveText('The period may be at most 92 days.');
  const refused = await page.request.get(`${server.baseURL}/v1/office/kpis?from=2026-01-01&to=2026-04-03`);
  expect(refused.status()).toBe(400);
  expect((await refused.json()).field).toBe('to');
  await expectAccessible(page);
});

test('a supervisor\'s reports and CSV are their view, as `report --user` gives it', async ({ browser }: { browser: Browser }) => {
  const supervisor = await newPage(browser);
  try {
    await enrolAndSignIn(supervisor, 'supervisor');
    const me = (await (await supervisor.request.get(`${server.baseURL}/v1/office/session`)).json()) as { user: { id: string } };
    await supervisor.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Visits of a day' }).click();
    const theirs = server.cli(['report', 'visits', '--org', server.orgId, '--user', me.user.id]) as { visits: { visit_id: string }[] };
    // The demo's supervisor supervises every worker, so their view is the whole day here; a
    // narrower scope is tested on the server (tst_officereports, tst_server_officekpis).
    expect(theirs.visits.length).toBeGreaterThan(0);
    const rows = supervisor.locator('table.visits tbody tr[data-visit]');
    await expect(rows).toHaveCount(theirs.visits.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-visit')))).toEqual(theirs.visits.map((v) => v.visit_id));
    const href = (await supervisor.getByRole('link', { name: /^Download visits of / }).getAttribute('href')) ?? '';
    const csv = await (await supervisor.request.get(`${server.baseURL}${href}`)).text();
    expect(csv).toBe(cliText(['report', 'visits', '--user', me.user.id, '--format', 'csv']));
    const kpis = (await (await supervisor.request.get(`${server.baseURL}/v1/office/kpis`)).json()) as { workers: unknown[] };
    expect(kpis.workers).toEqual((server.cli(['report', 'kpis', '--org', server.orgId, '--user', me.user.id]) as { workers: unknown[] }).workers);
  } finally {
    await supervisor.context().close();
  }
});
