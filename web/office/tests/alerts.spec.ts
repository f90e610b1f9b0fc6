// The alerts inbox in Debian's chromium against the real server (its own demo organisation): a
// care worker's phone pushes a safeguarding concern, the server raises an urgent alert, and the
// coordinator sees "1 urgent alert" in the header, acknowledges it from the keyboard, assigns it
// to the supervisor and resolves it with a note; the history shows each step, the header count
// follows, and the supervisor's phone is sent every action. Axe on every state; screenshots.
import type { Page } from '@playwright/test';
import { enrolDevice, envelope, type Device } from './device';
import { expect, expectAccessible, fillSignIn, screenshots, test } from './fixtures';
import { startServer, type RunningServer } from './server';
import { totp } from './totp';

test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let worker: Device;

test.beforeAll(async () => {
  server = await startServer();
  const login = server.login('care_worker');
  worker = await enrolDevice(server.baseURL, login.login, login.password);
});

test.afterAll(async () => {
  await worker?.dispose();
  await server?.stop();
});

async function signInCoordinator(page: Page): Promise<void> {
  await page.goto(`${server.baseURL}/office/`);
  await fillSignIn(page, server.login('coordinator'));
  const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.getByRole('button', { name: /go to today's board/ }).click();
  await expect(page.getByRole('heading', { name: /^Visits on / })).toBeVisible();
}

test('acknowledge, assign and resolve an alert; the header count and the supervisor phone follow', async ({ page }) => {
  // The worker's phone records a safeguarding concern about one of their people.
  const person = (await worker.pullAll()).find((r) => r.type === 'person');
  expect(person).toBeTruthy();
  const now = new Date().toISOString();
  const pushed = await worker.push([
    envelope(worker, 'incident', person!.person_id!, {
      kind: 'safeguarding',
      severity: 'serious',
      occurredAt: now,
      description: 'Unexplained bruising on both forearms',
      actionTaken: 'Photographed with consent; told the office by phone',
      reportedTo: [{ who: 'office', how: 'phone', at: now }],
    }),
  ]);
  expect(pushed.accepted).toBe(1);

  await signInCoordinator(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: '1 urgent alert' })).toBeVisible();
  await header.getByRole('link', { name: '1 urgent alert' }).click();
  await expect(page.getByRole('heading', { name: 'Alerts' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Alert list' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list).toContainText('Incident');
  await expect(list).toContainText('Not yet acknowledged');
  await expectAccessible(page);
  await screenshots(page, 'alerts');

  await list.getByRole('link').first().click();
  const detail = page.getByRole('region', { name: 'Chosen alert' });
  await expect(detail.getByRole('heading', { name: /Urgent Incident/ })).toBeVisible();
  await expect(detail).toContainText('Nobody has acted on this alert yet.');
  await expectAccessible(page);
  await screenshots(page, 'alerts-detail');

  // Keyboard: the Acknowledge button takes Enter.
  await detail.getByRole('button', { name: 'Acknowledge' }).focus();
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('status')).toHaveText('Alert acknowledged.');
  await expect(header.getByRole('link', { name: 'No urgent alerts' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);

  const supervisor = server.login('supervisor');
  await detail.getByLabel('Colleague').selectOption({ label: `${supervisor.display_name} (supervisor)` });
  await detail.getByLabel('Note (optional)').fill('Please visit today with the safeguarding lead');
  await detail.getByRole('button', { name: 'Assign' }).click();
  await expect(detail.getByRole('status')).toHaveText('Alert assigned.');
  await expect(detail).toContainText(`Assigned to ${supervisor.display_name}`);

  // A resolution needs a note: the browser asks for it before anything is sent.
  await detail.getByRole('button', { name: 'Resolve' }).click();
  await expect(detail.getByRole('list').getByRole('listitem')).toHaveCount(2);
  await detail.getByLabel('What was done').fill('Safeguarding lead visited; referral made to the council.');
  await detail.getByRole('button', { name: 'Resolve' }).click();
  await expect(detail.getByRole('status')).toHaveText('Alert resolved.');
  const history = detail.getByRole('list');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('Acknowledged by');
  await expect(history).toContainText(`Assigned to ${supervisor.display_name} by`);
  await expect(history).toContainText('Resolved by');
  await expect(history).toContainText('referral made to the council');
  await expect(detail.getByRole('button', { name: 'Resolve' })).toHaveCount(0);

  // Resolved alerts leave the default list; the "Resolved" filter shows it.
  await page.getByLabel('Severity').selectOption({ label: 'Any severity' });
  await page.getByLabel('Show').selectOption({ label: 'Not resolved' });
  await expect(list).toContainText('No alerts match these filters.');
  await page.getByLabel('Show').selectOption({ label: 'Resolved' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list).toContainText('Resolved');
  await expectAccessible(page);
  await screenshots(page, 'alerts-resolved');

  // The supervisor's phone is sent the alert and its three actions.
  const phone = await enrolDevice(server.baseURL, supervisor.login, supervisor.password);
  const pulled = await phone.pullAll();
  await phone.dispose();
  const alert = pulled.find((r) => r.type === 'alert' && r.person_id === person!.person_id);
  expect(alert).toBeTruthy();
  const actions = pulled.filter((r) => r.type === 'alert.action' && r.payload.alertId === alert!.id);
  expect(actions.map((r) => r.payload.action).sort()).toEqual(['acknowledge', 'assign', 'resolve']);
});
