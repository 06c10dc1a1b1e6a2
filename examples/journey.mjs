// The one journey every example host is walked through, by mouse, in what a
// user sees (the host's table, badges, the kit's dialog and form) and what the
// host heard (its own on-page log of the kit's events).
//
// The hosts share one hand-written data set (each keeps its own copy in its
// adapter): three active customers — Lucía Romero with the Main Street shop and
// two services — and three inactive ones.
/* global document, requestAnimationFrame */
import { expectGone, expectVisible, until } from '../e2e/support/wait.mjs';

const ACTIVE = ['Becker Bakery GmbH', 'Hana Sato', 'Lucía Romero'];
const INACTIVE = ['Marek Nowak', 'Northwind Traders', 'Olivia Grant'];
const CUSTOMER = 'Lucía Romero';
const LOCATION = 'Main Street shop';
const RECURRING = 'Window cleaning';
const ON_REQUEST = 'Emergency repair';
const DELETED = { 'c-olivia': 'Olivia Grant', 'c-marek': 'Marek Nowak' };

/** Either order of a two-item list ("A and B", or with another separator). */
const pair = (a, b, and = ' and ') => `(?:${a}${and}${b}|${b}${and}${a})`;

/** Runs `work` as the step `name`: a failure says which step it was. */
async function step(name, work) {
  try {
    await work();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

const sorted = (items) => [...items].sort((a, b) => a.localeCompare(b));

/** The host's table: the names it lists and the badge of each row, as the user reads them. */
function hostTable(page) {
  const table = page.getByRole('table', { name: 'Customers' });
  const rows = table.locator('tbody tr');
  const names = async () => sorted(await rows.locator('td:nth-child(2)').allInnerTexts());
  const row = (name) => rows.filter({ has: page.getByRole('cell', { name, exact: true }) });
  return {
    rows,
    row,
    /** Waits until the table lists exactly `expected`, each row's badge reading `badge` when given. */
    async shows(expected, badge) {
      const want = sorted(expected);
      await until(page, async () => JSON.stringify(await names()) === JSON.stringify(want), `The host's table should list ${want.join(', ')}`,
        { describe: async () => (await names()).join(', ') || 'no rows' });
      if (badge) for (const name of want) await expectVisible(row(name).locator('customer-status-badge').getByText(badge, { exact: true }));
    },
  };
}

/** The host's log of the events it heard. */
const hostLog = (page) => page.getByRole('list', { name: 'Events the host heard' }).getByRole('listitem');

/** The entries of the host's log that match `pattern`. */
async function heard(page, pattern) {
  return (await hostLog(page).allInnerTexts()).filter((entry) => pattern.test(entry));
}

/** Waits until the host's log holds exactly `count` entries matching `pattern`. */
async function expectHeard(page, pattern, count = 1) {
  await until(page, async () => (await heard(page, pattern)).length === count, `The host should have heard ${pattern} ${count} time(s)`,
    { describe: async () => (await hostLog(page).allInnerTexts()).join(' | ') || 'nothing' });
}

/** The kit's dialog once it is titled `title` (a delete is an alertdialog). */
async function dialogTitled(page, title) {
  const dialog = page.getByRole('dialog', { name: title, exact: true }).or(page.getByRole('alertdialog', { name: title, exact: true }));
  try {
    await expectVisible(dialog);
  } catch (error) {
    throw new Error(`No dialog titled "${title}"; the page shows: ${await dialogSays(page)}`, { cause: error });
  }
  return dialog;
}

/** What the kit's dialog shows (title, body, error), for failure messages. */
const dialogSays = (page) => page.evaluate(() => {
  const root = document.querySelector('deactivate-dialog')?.shadowRoot;
  if (!root?.querySelector('dialog')?.open) return 'no open dialog';
  const text = (part) => root.querySelector(`[part~="${part}"]`)?.textContent.replace(/\s+/g, ' ').trim();
  return ['title', 'body', 'error'].map((part) => `${part}: "${text(part) ?? ''}"`).join(', ');
});

/** Closes the dialog that shows its outcome, and waits until it is gone. */
async function closeDialog(page, dialog) {
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expectGone(page.getByRole('dialog').or(page.getByRole('alertdialog')));
}

/** The `customerIds` the host has bound on the dialog. */
const boundIds = (page) => page.evaluate(() => [...document.querySelector('deactivate-dialog').customerIds]);

/** Resolves after `count` rendered frames: the host has had time to re-render and re-bind. */
const frames = (page, count) => page.evaluate((n) => new Promise((resolve) => {
  const next = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
  next(n);
}), count);

export async function journey(page, url) {
  await page.goto(url);
  const table = hostTable(page);
  const filter = page.getByRole('radiogroup', { name: 'Customer status' });
  const choose = async (label) => {
    const radio = filter.getByRole('radio', { name: new RegExp(`^${label}\\b`) });
    await radio.click();
    await expectVisible(filter.getByRole('radio', { name: new RegExp(`^${label}\\b`), checked: true }));
  };
  const select = (name) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  const selected = (count) => expectVisible(page.getByText(`${count} selected`, { exact: true }));
  const form = page.locator('service-reactivate-form');

  await step('filter', async () => {
    await table.shows(ACTIVE, 'Active');
    await choose('Inactive');
    await table.shows(INACTIVE, 'Deactivated');
    await choose('Active');
    await table.shows(ACTIVE, 'Active');
    // The rest of the journey works on the whole list.
    await choose('All');
    await table.shows([...ACTIVE, ...INACTIVE]);
  });

  await step('deactivate with preview', async () => {
    await select(CUSTOMER).check();
    await selected(1);
    await page.getByRole('button', { name: 'Deactivate or reactivate…', exact: true }).click();
    const dialog = await dialogTitled(page, `Deactivate ${CUSTOMER}?`);
    // The preview names what the deactivation switches off with her.
    await expectVisible(dialog.getByText('Deactivated with it:'));
    await expectVisible(dialog.getByText(`1 location: ${LOCATION}`, { exact: true }));
    await expectVisible(dialog.getByText(new RegExp(`^2 services: ${pair(RECURRING, ON_REQUEST)}$`)));
    await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
    const done = await dialogTitled(page, `${CUSTOMER} deactivated`);
    await expectVisible(done.getByText(`${CUSTOMER} is now inactive.`, { exact: true }));
    await expectHeard(page, /^customer-deactivated: c-lucia$/);
    await closeDialog(page, done);
    await expectVisible(table.row(CUSTOMER).locator('customer-status-badge').getByText('Deactivated', { exact: true }));
  });

  await step('reactivate in order', async () => {
    // The form asks for the customer first; the host answers with the dialog.
    await expectVisible(form.getByText('Reactivate the customer first: its locations cannot be switched on while it is inactive.'));
    await form.getByRole('button', { name: `Reactivate ${CUSTOMER}`, exact: true }).click();
    await expectHeard(page, /^reactivate-customer-requested: c-lucia$/);
    const dialog = await dialogTitled(page, `Reactivate ${CUSTOMER}?`);
    await expectVisible(dialog.getByRole('checkbox', { name: 'Also reactivate the 3 locations and services its deactivation switched off', checked: false }));
    await dialog.getByRole('button', { name: 'Reactivate', exact: true }).click();
    const done = await dialogTitled(page, `${CUSTOMER} reactivated`);
    await expectVisible(done.getByText(`${CUSTOMER} is active again.`, { exact: true }));
    await expectHeard(page, /^customer-reactivated: c-lucia$/);
    await closeDialog(page, done);
    await expectVisible(table.row(CUSTOMER).locator('customer-status-badge').getByText('Active', { exact: true }));
    // Active again, the customer's form lists its Active services (seed 000's default): the user picks Deactivated.
    await form.getByRole('combobox', { name: 'Configured services' }).selectOption({ label: 'Deactivated' });

    // The location first: its services cannot be chosen while it is inactive.
    const inactiveShop = form.getByRole('group', { name: `${LOCATION} – Inactive`, exact: true });
    await expectVisible(inactiveShop.getByRole('checkbox', { name: `Reactivate ${RECURRING}`, disabled: true }));
    await inactiveShop.getByRole('button', { name: 'Reactivate location', exact: true }).click();
    await expectHeard(page, /^location-reactivated: l-shop$/);
    const shop = form.getByRole('group', { name: LOCATION, exact: true });
    await expectVisible(shop);

    // Then its services: the recurring one without the end date its deactivation set, and the on-request one.
    await shop.getByRole('checkbox', { name: `Reactivate ${RECURRING}`, exact: true }).check();
    const endDate = shop.getByLabel('End date', { exact: true });
    await expectVisible(endDate);
    await endDate.fill('');
    await expectVisible(shop.getByRole('checkbox', { name: 'Deactivate on end date', checked: false, disabled: true }));
    await shop.getByRole('checkbox', { name: `Reactivate ${ON_REQUEST}`, exact: true }).check();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(form.getByRole('status').getByText(new RegExp(`^${pair(RECURRING, ON_REQUEST)}: Active$`)));
    await expectHeard(page, new RegExp(`^services-reactivated: ${pair('s-windows', 's-repair', ', ')}$`));
    await form.getByRole('combobox', { name: 'Configured services' }).selectOption({ label: 'Active' });
    for (const name of [RECURRING, ON_REQUEST]) await expectVisible(shop.getByText(name, { exact: true }));
  });

  await step('bulk delete', async () => {
    await select(CUSTOMER).uncheck();
    for (const name of Object.values(DELETED)) await select(name).check();
    await selected(2);
    const ids = Object.keys(DELETED);
    if (JSON.stringify(sorted(await boundIds(page))) !== JSON.stringify(sorted(ids))) {
      throw new Error(`The dialog's customerIds should be the host's selection ${ids.join(', ')}; it is [${(await boundIds(page)).join(', ')}]`);
    }
    await page.getByRole('button', { name: 'Delete…', exact: true }).click();
    const dialog = await dialogTitled(page, 'Delete 2 customers?');
    await dialog.getByRole('textbox', { name: 'Type 2 to confirm', exact: true }).fill('2');
    await dialog.getByRole('button', { name: 'Delete 2 customers for good', exact: true }).click();

    // The host hears it once, drops the rows, and empties its selection, which re-binds customerIds to [].
    await expectHeard(page, /^customers-deleted: /);
    await table.shows([...ACTIVE, 'Northwind Traders']);
    await selected(0);
    await until(page, async () => (await boundIds(page)).length === 0, 'The host should have re-bound customerIds to []',
      { describe: async () => `[${(await boundIds(page)).join(', ')}]` });

    // The dialog still shows the result of the deletion, not "No customers selected".
    await frames(page, 5);
    const result = await dialogTitled(page, 'Results for 2 customers');
    await expectVisible(result.getByText('2 done', { exact: true }));
    for (const name of Object.values(DELETED)) await expectVisible(result.getByText(name, { exact: true }));
    if (await page.getByText('No customers selected').isVisible()) throw new Error('The dialog shows "No customers selected" instead of the result');
    const entries = await heard(page, /^customers-deleted: /);
    if (entries.length !== 1) throw new Error(`The host heard customers-deleted ${entries.length} times: ${entries.join(' | ')}`);
    if (!new RegExp(`^customers-deleted: ${pair('c-olivia', 'c-marek', ', ')}$`).test(entries[0])) {
      throw new Error(`The host heard the wrong customers deleted: ${entries[0]}`);
    }
    await closeDialog(page, result);
    await expectHeard(page, /^customers-deleted: /);
  });
}
