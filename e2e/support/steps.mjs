// Steps the three journeys share, in the user's terms: open the demo in a
// language and under a policy, open a profile, use a menu, confirm a dialog.
import { expectFocused, expectGone, expectVisible } from './wait.mjs';

/** A regular expression matching `text` exactly (whole string, special characters escaped). */
export const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Opens the demo, switches the language (for Spanish) and the policy preset
 * with the page's own switches, as a user would; both are kept in
 * localStorage, which is empty in every journey's fresh browser context.
 */
export async function openDemo({ page, user, t, url }, preset) {
  // The demo's default adapter is the HTTP one, answered by msw in the service worker: the list must come from there.
  const listed = page.waitForResponse((response) => /\/api\/customers(\?|$)/.test(response.url()) && response.fromServiceWorker() && response.ok())
    .then(() => true, () => false);
  await page.goto(url);
  await expectVisible(page.getByRole('heading', { name: 'Customers', level: 2 }));
  if (t.lang !== 'en') {
    await user.select(page.getByRole('combobox', { name: 'Language', exact: true }), t.languageOption);
    await expectVisible(page.getByRole('heading', { name: t.customers, level: 2 }));
    await expectVisible(page.getByRole('combobox', { name: t.language, exact: true }));
  }
  await user.select(page.getByRole('combobox', { name: t.policy, exact: true }), t[preset]);
  // The rows are in once the adapter (HTTP over msw) has answered.
  await expectVisible(page.getByRole('table', { name: t.customers }).getByRole('link').first());
  if (!(await listed)) throw new Error('The list did not come through the HTTP adapter: msw\'s service worker answered no GET /api/customers');
}

/** Finds a customer with the search box and opens its profile from the list. */
export async function openProfile({ page, user, t }, name) {
  const table = page.getByRole('table', { name: t.customers });
  await user.type(page.getByRole('searchbox', { name: t.search }), name);
  // The search asks the adapter; wait until the customer's row shows.
  await expectVisible(table.getByRole('row').filter({ hasText: name }));
  await user.press(table.getByRole('link', { name, exact: true }));
  const heading = page.getByRole('heading', { name, level: 2 });
  await expectVisible(heading);
  if (user.kind === 'keyboard') await expectFocused(page, heading, 'the profile heading');
}

/** The badge in the profile's header (the kit's `customer-status-badge`, bound to the customer). */
export const profileBadge = (page) => page.locator('demo-profile customer-status-badge[customer-id]');

/** Waits until the profile's badge reads `status`. */
export async function expectBadge(page, status) {
  await expectVisible(profileBadge(page).getByText(status, { exact: true }));
}

/** Chooses `item` from the menu of `button` (by mouse, or Enter and arrows). */
export async function chooseFromMenu({ page, user }, button, item) {
  await user.openMenu(button);
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  await user.chooseItem(entry);
  await expectGone(entry);
}

/** The profile's own ⋯ Actions menu button. */
export const profileActions = ({ page, t }, name) =>
  page.locator('demo-profile header').getByRole('button', { name: t.actionsFor(name), exact: true });

/** The page's lifecycle dialog once it shows `title`. */
export async function dialogTitled(page, title) {
  const dialog = page.getByRole('dialog', { name: title, exact: true }).or(page.getByRole('alertdialog', { name: title, exact: true }));
  await expectVisible(dialog);
  return dialog;
}

/**
 * Confirms the open dialog with its `confirm` button, waits for the outcome
 * title and text (one or several: strings or regular expressions), closes it with Close (the keyboard user finds focus on Close
 * already), and checks where focus went.
 */
export async function confirmAndClose({ page, user, t }, dialog, { confirm, doneTitle, doneText, focusAfter, focusName }) {
  await user.press(dialog.getByRole('button', { name: confirm, exact: true }));
  const done = await dialogTitled(page, doneTitle);
  for (const text of [doneText].flat().filter(Boolean)) await expectVisible(done.getByText(text));
  const close = done.getByRole('button', { name: t.close, exact: true });
  if (user.kind === 'keyboard') await expectFocused(page, close, 'Close once the action has run');
  await user.press(close);
  await expectGone(page.getByRole('dialog').or(page.getByRole('alertdialog')));
  if (focusAfter) await expectFocused(page, focusAfter, focusName);
}

/** Selects a profile tab (Account, Services, Billing). */
export async function profileTab({ page, user, t }, name) {
  const tablist = page.getByRole('tablist', { name: t.profileTabs });
  await user.pickTab(tablist, tablist.getByRole('tab', { name, exact: true }));
  await expectVisible(page.getByRole('tabpanel', { name, exact: true }));
}
