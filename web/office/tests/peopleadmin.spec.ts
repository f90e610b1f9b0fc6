// People administration in Debian's chromium against the real server (its own demo organisation):
// a coordinator adds a person from the console (a bad NHS number first: the error sits next to
// that field and nothing is stored), edits their details with a reason, and sees the history of
// the details (who, when, why, what changed); a form loaded before someone else's change is
// refused with 409 and offers to reload; a change to a visited person reaches the worker's phone;
// supervisors, therapists, care workers and family are refused (403). Axe on every state;
// screenshots office-person-new-* and office-person-edit-*.
import type { Page } from '@playwright/test';
import { enrolDevice, type Device } from './device';
import { expect, expectAccessible, screenshots, signInWithNewSecondFactor, test } from './fixtures';
import { startServer, type RunningServer } from './server';

test.describe.configure({ mode: 'serial' });

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer({ people: 3, workers: 2, days: 1 });
});

test.afterAll(async () => {
  await server?.stop();
});

async function signInCoordinator(page: Page): Promise<void> {
  await page.goto(`${server.baseURL}/office/`);
  await signInWithNewSecondFactor(page, server);
}

async function peopleCount(page: Page): Promise<number> {
  const list = (await (await page.request.get(`${server.baseURL}/v1/office/people`)).json()) as { people: unknown[] };
  return list.people.length;
}

test('add a person, edit their details and see the history', async ({ page }) => {
  await signInCoordinator(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const before = await peopleCount(page);
  await page.getByRole('link', { name: 'New person' }).click();
  await expect(page.getByRole('heading', { name: 'New person', level: 1 })).toBeVisible();

  await page.getByLabel('Full name').fill('Margaret Okafor');
  await page.getByLabel('Likes to be called').fill('Peggy');
  await page.getByLabel('Date of birth').fill('1938-04-02');
  await page.getByLabel('NHS number').fill('943 476 5918'); // check digit wrong (…5919 is valid)
  await page.getByLabel('Address line 1').fill('4 Mill Lane');
  await page.getByLabel('Town').fill('Cranbrook');
  await page.getByLabel('Postcode').fill('TN17 3AB');
  await page.getByLabel('Home latitude').fill('51.097');
  await page.getByLabel('Home longitude').fill('0.535');
  await page.getByLabel('Rural class').selectOption('village_and_dispersed');
  await page.getByLabel('Communication needs').fill('Hard of hearing: face her when speaking');
  await page.getByLabel('Allergies').fill('Penicillin');
  await page.getByLabel('Risk flags').fill('Falls');
  await page.getByLabel('DNACPR').selectOption('yes');
  await page.getByRole('button', { name: 'Add a key contact' }).click();
  await page.getByLabel('Contact 1: Name').fill('Ade Okafor');
  await page.getByLabel('Contact 1: Relationship').fill('son');
  await page.getByLabel('Contact 1: Phone').fill('07700 900123');
  await page.getByRole('group', { name: 'Attorney or deputy' }).getByLabel('Name').fill('Ade Okafor');
  await page.getByLabel('Kind').selectOption('lpa_health_welfare');
  await page.getByRole('button', { name: 'Add person' }).click();

  // The server's words next to the NHS number, which is marked invalid and focused; nothing stored.
  const nhs = page.getByLabel('NHS number');
  await expect(page.locator('#pf-nhsNumber-error')).toContainText('NHS number: check digit does not match');
  await expect(nhs).toHaveAttribute('aria-invalid', 'true');
  await expect(nhs).toBeFocused();
  expect(await peopleCount(page)).toBe(before);
  await expectAccessible(page);
  await screenshots(page, 'person-new');

  await nhs.fill('943 476 5919');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { name: 'Margaret Okafor', level: 1 })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: '9434765919' })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: 'DNACPR in place' })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: 'Village and dispersed' })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: 'Ade Okafor, LPA: health and welfare' })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: '51.097, 0.535' })).toBeVisible();
  expect(await peopleCount(page)).toBe(before + 1);
  const personId = page.url().split('/people/')[1].split('?')[0];
  const history = page.locator('ol.details-history > li');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('Created');

  // Edit: the reason is required; then the change is saved and listed with who, why and what.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('heading', { name: 'Edit details' })).toBeVisible();
  await page.getByLabel('Allergies').fill('Penicillin\nLatex');
  await page.getByLabel('DNACPR').selectOption('no');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#pf-reason-error')).toHaveText('The reason for the change is required');
  await expect(page.getByLabel('Reason for the change')).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, 'person-edit');
  await page.getByLabel('Reason for the change').fill('GP letter of 3 June: latex allergy, DNACPR withdrawn');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
  await expect(page.locator('dl.facts dd', { hasText: 'No DNACPR' })).toBeVisible();
  await expect(history).toHaveCount(2);
  const change = history.first();
  await expect(change).toContainText('Changed');
  await expect(change).toContainText(server.login('coordinator').display_name);
  await expect(change).toContainText('GP letter of 3 June');
  await expect(change.locator('table.changes tbody tr')).toHaveCount(2);
  await expect(change.locator('table.changes tr', { hasText: 'Allergies' })).toContainText('Penicillin; Latex');
  await expect(change.locator('table.changes tr', { hasText: 'DNACPR' })).toContainText('yes');
  await expectAccessible(page);
  await screenshots(page, 'person-history');

  // Two coordinators: this form was loaded, then the details changed elsewhere (same API).
  await page.getByRole('button', { name: 'Edit details' }).click();
  const file = (await (await page.request.get(`${server.baseURL}/v1/office/people/${personId}`)).json()) as {
    details: Record<string, unknown>;
  };
  const { version, record_id: _r, amended: _a, ...details } = file.details;
  const csrf = await page.evaluate(async () => {
    const who = await fetch('/v1/office/session', { credentials: 'same-origin' });
    return ((await who.json()) as { csrf_token: string }).csrf_token;
  });
  const elsewhere = await page.request.post(`${server.baseURL}/v1/office/people/${personId}`, {
    headers: { 'X-CSRF-Token': csrf, Origin: server.baseURL },
    data: { version, reason: 'moved next door', details: { ...details, postcode: 'TN17 3AD' } },
  });
  expect(elsewhere.status()).toBe(200);
  // The same stale version again: 409, nothing stored; bad details: 400 naming the field.
  const post = (path: string, data: unknown) =>
    page.request.post(`${server.baseURL}${path}`, { headers: { 'X-CSRF-Token': csrf, Origin: server.baseURL }, data });
  const stale = await post(`/v1/office/people/${personId}`, { version, reason: 'again', details: { ...details, postcode: 'TN1 1AA' } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: 'version_conflict', field: 'version' });
  for (const [bad, field] of [
    [{ ...details, dateOfBirth: '1938-02-30' }, 'dateOfBirth'],
    [{ ...details, name: '' }, 'name'],
    [{ ...details, nhsNumber: '9434765918' }, 'nhsNumber'],
  ] as const) {
    const refused = await post('/v1/office/people', bad);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ field });
  }
  await page.getByLabel('Likes to be called').fill('Maggie');
  await page.getByLabel('Reason for the change').fill('Asked to be called Maggie');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('someone else changed these details');
  await page.getByRole('button', { name: 'Reload the current details' }).click();
  await expect(page.getByLabel('Postcode')).toHaveValue('TN17 3AD');
  await expect(page.getByLabel('Likes to be called')).toHaveValue('Peggy');
  await page.getByLabel('Likes to be called').fill('Maggie');
  await page.getByLabel('Reason for the change').fill('Asked to be called Maggie');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(history).toHaveCount(4);
  await expect(page.locator('dl.facts dd', { hasText: 'Maggie' })).toBeVisible();
});

test('a change reaches the visiting worker; other roles may not add or change people', async ({ page }) => {
  const worker = await enrolDevice(server.baseURL, server.login('care_worker').login, server.login('care_worker').password);
  const devices: Device[] = [worker];
  try {
    const person = (await worker.pullAll()).find((r) => r.type === 'person');
    expect(person).toBeDefined();
    const personId = String(person?.person_id);
    await signInCoordinator(page);
    await page.goto(`${server.baseURL}/office/#/people/${personId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Risk flags').fill('Steep stairs to the front door');
    await page.getByLabel('Reason for the change').fill('Seen at the review visit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('ol.details-history > li').first()).toContainText('Seen at the review visit');
    const pulled = await worker.pullAll();
    const amendment = pulled.find((r) => r.type === 'amendment' && r.person_id === personId);
    expect((amendment?.payload.replacement as Record<string, unknown>).riskFlags).toEqual(['Steep stairs to the front door']);

    const others = server.logins.filter((l) => l.role !== 'coordinator');
    expect(others.map((l) => l.role)).toEqual(expect.arrayContaining(['care_worker', 'supervisor']));
    for (const login of others) {
      const device = login.role === 'care_worker' ? worker : await enrolDevice(server.baseURL, login.login, login.password);
      if (device !== worker) devices.push(device);
      const added = await device.post('/v1/office/people', { name: 'Not Allowed' });
      expect(added.status, `${login.role} adds`).toBe(403);
      const changed = await device.post(`/v1/office/people/${personId}`, { version: 'x', reason: 'x', details: { name: 'X' } });
      expect(changed.status, `${login.role} changes`).toBe(403);
    }
  } finally {
    for (const d of devices) await d.dispose();
  }
});
