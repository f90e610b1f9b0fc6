// Medication orders in the person file, in Debian's chromium against the real server: a refused
// order names its field, a new order is listed, a change and a stop are amendments of that one
// order (its version goes up, never a second order) and its history says who changed what, and
// the server's list agrees; axe on each state and a screenshot of the section with its history.
import { expect, expectAccessible, screenshots, signInWithNewSecondFactor, test } from './fixtures';

test('a coordinator creates, changes and stops a medication order and sees its history', async ({ console: page, server }) => {
  await signInWithNewSecondFactor(page, server);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.locator('table.people tbody tr').first().locator('a').click();
  await page.getByRole('navigation', { name: 'Parts of the file' }).getByRole('link', { name: 'Medication orders' }).click();
  await expect(page.getByRole('heading', { name: 'Medication orders', level: 2 })).toBeVisible();
  const personId = page.url().split('/people/')[1].split('?')[0];
  const before = (await (await page.request.get(`${server.baseURL}/v1/office/people/${personId}/orders`)).json()) as {
    orders: unknown[];
  };

  // A new PRN order; first without a dose: the server names the field and stores nothing.
  await page.getByRole('button', { name: 'New medication order' }).click();
  await page.getByLabel('Medicine').fill('Oramorph');
  await page.getByLabel('Formulation').fill('oral solution');
  await page.getByLabel('Strength').fill('10 mg/5 ml');
  await page.getByLabel('Support level').selectOption('administer');
  await page.getByLabel('Prescriber / GP').fill('Dr Okafor, Tenterden Surgery');
  await page.getByLabel('As needed (PRN)').check();
  await page.getByLabel('When to offer it').fill('breakthrough pain');
  await page.getByLabel('Dose rule').fill('2.5 ml');
  await page.getByLabel('Minimum gap (minutes)').fill('240');
  await page.getByLabel('Most doses in 24 hours').fill('4');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add the order' }).click();
  await expect(page.getByRole('alert')).toHaveText('dose: is required');
  await page.getByLabel('Dose', { exact: true }).fill('2.5 ml');
  await page.getByRole('button', { name: 'Add the order' }).click();

  const order = page.locator('li.order', { has: page.getByRole('heading', { name: /Oramorph/ }) });
  await expect(order).toHaveCount(1);
  await expect(order).toContainText('at most 4 in 24 hours');
  await expect(order).toContainText('version 1');

  // Change: the 24-hour maximum and the minimum gap, with a reason.
  await order.getByRole('button', { name: 'Change' }).click();
  await order.getByLabel('Most doses in 24 hours').fill('2');
  await order.getByLabel('Minimum gap (minutes)').fill('360');
  await order.getByLabel('Reason for the change').fill('GP review: fewer doses');
  await expectAccessible(page);
  await order.getByRole('button', { name: 'Save the change' }).click();
  await expect(order).toContainText('version 2');
  await expect(order).toContainText('at least 360 minutes apart · at most 2 in 24 hours');

  // Stop, with its reason.
  await order.getByRole('button', { name: 'Stop' }).click();
  await order.getByLabel('Reason for stopping').fill('pain settled');
  await order.getByRole('button', { name: 'Stop the order' }).click();
  await expect(order).toContainText('version 3');
  await expect(order).toContainText('Stopped: pain settled');

  // The history: who, when and what changed, per version.
  await order.getByText(/^History \(3 versions\)/).click();
  const history = order.locator('.order-history li');
  await expect(history).toHaveCount(3);
  await expect(history.nth(1)).toContainText('GP review: fewer doses');
  await expect(history.nth(1)).toContainText('PRN most doses in 24 hours: 4 → 2');
  await expect(history.nth(1)).toContainText('PRN minimum gap (minutes): 240 → 360');
  await expect(history.nth(2)).toContainText('Reason for stopping: — → pain settled');
  await expect(history.nth(2)).toContainText(/Last day given: — → \d{1,2} [A-Z][a-z]{2} \d{4}/); // a UK day, not ISO
  await expectAccessible(page);
  await order.scrollIntoViewIfNeeded();
  await screenshots(page, 'orders');

  // The server agrees: one more order than before (not one per version), at version 3.
  const after = (await (await page.request.get(`${server.baseURL}/v1/office/people/${personId}/orders`)).json()) as {
    orders: { order: { medicine: string }; version: number }[];
  };
  expect(after.orders.length).toBe(before.orders.length + 1);
  const saved = after.orders.filter((o) => o.order.medicine === 'Oramorph');
  expect(saved.map((o) => o.version)).toEqual([3]);
});
