// The person file in Debian's chromium against the real server: open a person from the board and
// from the People list, every part of the file, the MAR grid equal to the server's MAR (core's
// rule, the phone's), a comm book entry written and listed, another organisation's person is 404;
// axe on every page and screenshots of each.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshots, signInAsCoordinator, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

async function openPart(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Parts of the file' }).getByRole('link', { name }).click();
}

interface MarJson {
  days: string[];
  rows: { cells: { day: string; state: string }[] }[];
}

test('a person opened from the board shows every part of the file', async ({ console: page, server }) => {
  await signInAsCoordinator(page, server);
  const firstPerson = page.locator('table.visits tbody tr td a').first();
  const name = await firstPerson.innerText();
  await firstPerson.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const personId = page.url().split('/people/')[1].split('?')[0];

  // Details and grab sheet
  await expect(page.getByRole('heading', { name: 'Details and grab sheet' })).toBeVisible();
  for (const label of ['NHS number', 'Date of birth', 'Address', 'DNACPR'])
    await expect(page.locator('dl.facts dt', { hasText: label })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Allergies' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key contacts' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'person-details');

  // Care plan, goals with their chart (and its text alternative), reablement
  await openPart(page, 'Care plan and goals');
  await expect(page.getByRole('heading', { name: 'Care plan and goals' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Goals', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reablement episode' })).toBeVisible();
  // Each goal's chart has a text alternative (its label and the table of scores).
  const charts = page.locator('.goal-chart canvas');
  for (const canvas of await charts.all()) expect(await canvas.getAttribute('aria-label')).toMatch(/scores?, from \d+ on/);
  await expectAccessible(page);
  await screenshots(page, 'person-plan');

  // MAR: every cell the grid shows is the server's cell (computed by core's marchart rule)
  await openPart(page, 'MAR chart');
  await expect(page.getByRole('heading', { name: /^MAR chart/ })).toBeVisible();
  const table = page.locator('table.mar');
  await expect(table).toBeVisible();
  const from = (await table.getAttribute('data-from')) ?? '';
  const to = (await table.getAttribute('data-to')) ?? '';
  const answer = await page.request.get(`${server.baseURL}/v1/office/people/${personId}/mar?from=${from}&to=${to}`);
  expect(answer.status()).toBe(200);
  const mar = (await answer.json()) as MarJson;
  expect(mar.rows.length).toBeGreaterThan(0);
  const rendered = await table.locator('td[data-row]').evaluateAll((cells) =>
    cells.map((c) => `${c.getAttribute('data-row')}|${c.getAttribute('data-day')}|${c.getAttribute('data-state')}`),
  );
  const expected = mar.rows.flatMap((row, r) => row.cells.map((c) => `${r}|${c.day}|${c.state}`));
  expect(rendered).toEqual(expected);
  await expectAccessible(page);
  await screenshots(page, 'person-mar');
  const bad = await page.request.get(`${server.baseURL}/v1/office/people/${personId}/mar?from=2026-01-01&to=2026-12-31`);
  expect(bad.status()).toBe(400);

  // Communication book: write an entry, see it listed with its author and audience
  await openPart(page, 'Communication book');
  const text = `District nurse calling on Thursday (${Date.now()})`;
  await page.getByLabel('New entry').fill(text);
  await page.getByLabel('About').selectOption('appointment');
  await page.getByLabel('Care team and family').check();
  await page.getByRole('button', { name: 'Add entry' }).click();
  const entry = page.locator('ol.entries li', { hasText: text });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Care team and family');
  await expect(entry).toContainText(server.login('coordinator').display_name);
  await expectAccessible(page);
  await screenshots(page, 'person-commbook');
  await page.getByRole('button', { name: 'Add entry' }).click(); // empty: refused in words
  await expect(page.getByRole('alert')).toBeVisible();

  // Visit history with each visit's records
  await openPart(page, 'Visits');
  await expect(page.getByRole('heading', { name: 'Visit history' })).toBeVisible();
  const visit = page.locator('details.visit').first();
  await expect(visit).toBeVisible();
  await visit.locator('summary').click();
  await expectAccessible(page);
  await screenshots(page, 'person-visits');

  await openPart(page, 'Incidents and spot checks');
  await expect(page.getByRole('heading', { name: 'Incidents', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spot checks' })).toBeVisible();
  await expectAccessible(page);

  await openPart(page, 'Amendments');
  await expect(page.getByRole('heading', { name: 'Amendments', exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('the People list searches by name and opens a file', async ({ console: page, server }) => {
  await signInAsCoordinator(page, server);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  const rows = page.locator('table.people tbody tr');
  await expect(rows).toHaveCount(12);
  await expectAccessible(page);
  await screenshots(page, 'people');

  const name = await rows.first().locator('a').innerText();
  const surname = name.split(' ').pop() ?? name;
  const found = (await (await page.request.get(`${server.baseURL}/v1/office/people?q=${surname}`)).json()) as {
    people: { name: string }[];
  };
  expect(found.people.length).toBeLessThan(12);
  await page.getByLabel('Search by name').fill(surname);
  await expect(rows).toHaveCount(found.people.length);
  await expect(rows.locator('a')).toHaveText(found.people.map((p) => p.name));
  expect(found.people.map((p) => p.name)).toContain(name);
  await page.getByLabel('Search by name').fill('zzqx');
  await expect(page.getByText('Nobody matches.')).toBeVisible();
  await page.getByLabel('Search by name').fill('');
  await rows.first().locator('a').click();
  await expect(page.getByRole('heading', { name: 'Details and grab sheet' })).toBeVisible();
});

test("another organisation's person is not found", async ({ console: page, server }) => {
  const other = server.cli(['init-demo', '--people', '2', '--workers', '1', '--days', '1', '--login-prefix', 'pf-other-']) as { org_id: string };
  const report = server.cli(['report', 'visits', '--org', other.org_id]) as { visits: { person_id: string }[] };
  const foreign = report.visits[0].person_id;
  await signInAsCoordinator(page, server);
  for (const part of ['', '/mar?from=2026-01-01&to=2026-01-07', '/visits?from=2026-01-01&to=2026-01-07'])
    expect((await page.request.get(`${server.baseURL}/v1/office/people/${foreign}${part}`)).status()).toBe(404);
  await page.goto(`${server.baseURL}/office/#/people/${foreign}`);
  await expect(page.getByRole('heading', { name: 'Person not found' })).toBeVisible();
  await expectAccessible(page);
  // Nor can the people list name them.
  const list = (await (await page.request.get(`${server.baseURL}/v1/office/people`)).json()) as { people: { person_id: string }[] };
  expect(list.people.map((p) => p.person_id)).not.toContain(foreign);
});
