// Seed 001 (the inactive list, deleting): a deactivated customer moves from
// the Active list to the Inactive one; an active customer cannot be deleted
// (the menu says to deactivate first); several inactive customers are deleted
// at once with "select all", after a preview of what goes with them and
// typing their count.
import { chooseFromMenu, confirmAndClose, dialogTitled, openDemo } from '../support/steps.mjs';
import { expectFocused, expectGone, expectVisible } from '../support/wait.mjs';

const DEACTIVATED = 'Lucía Ibáñez';
const STAYS_ACTIVE = 'Henry Evans';
/** Inactive, with an open balance and two invoices on hold. */
const HELD_AND_OWING = 'Héctor Schröder';
/** The customers already inactive in the demo's data. */
const INACTIVE = ['Ethan Ruiz Taylor', 'Héctor Schröder', 'Íñigo Evans', 'James Reid García', 'Ortega, Sørensen y Asociados',
  'Pérez & Söhne GmbH', 'Siobhán Johnson'];

export default {
  name: 'seed 001 · the inactive list, no deleting an active customer, bulk delete',
  async run(s) {
    const { page, user, t } = s;
    await openDemo(s, 'preset001');
    const table = page.getByRole('table', { name: t.customers });
    const row = (name) => table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const search = page.getByRole('searchbox', { name: t.search });
    const heading = page.getByRole('heading', { name: t.customers, level: 2 });
    const showInactive = page.getByRole('button', { name: t.showInactive, exact: true });

    // Deactivate from the row's menu: the customer leaves the Active list.
    await user.type(search, DEACTIVATED);
    await expectVisible(row(DEACTIVATED));
    await chooseFromMenu(s, row(DEACTIVATED).getByRole('button', { name: t.actionsFor(DEACTIVATED) }), t.deactivateItem);
    const dialog = await dialogTitled(page, t.titleDeactivate(DEACTIVATED));
    await expectVisible(dialog.getByText(t.kept));
    // The row that opened the dialog leaves the list, so focus goes to the list's heading.
    await confirmAndClose(s, dialog, {
      confirm: t.confirmDeactivate, doneTitle: t.titleDoneDeactivate(DEACTIVATED), doneText: t.doneDeactivate(DEACTIVATED),
      ...(user.kind === 'keyboard' ? { focusAfter: heading, focusName: 'the list heading (the row is gone)' } : {}),
    });
    await expectGone(row(DEACTIVATED));
    await expectVisible(showInactive);

    // An active customer cannot be deleted: the item is there, disabled, with the way out.
    await user.retype(search, STAYS_ACTIVE);
    const menuButton = row(STAYS_ACTIVE).getByRole('button', { name: t.actionsFor(STAYS_ACTIVE) });
    await user.openMenu(menuButton);
    const menu = page.getByRole('menu', { name: t.actionsFor(STAYS_ACTIVE) });
    const deleteItem = menu.getByRole('menuitem', { name: t.deleteItem, exact: true });
    await expectVisible(deleteItem.and(page.locator('[aria-disabled="true"]')));
    await expectVisible(menu.getByText(t.deactivateFirst));
    await user.tryDisabled(deleteItem);
    await expectVisible(deleteItem); // nothing happened: the menu is open, no dialog
    await expectGone(page.getByRole('dialog').or(page.getByRole('alertdialog')));
    await user.closeMenu(menuButton);

    // The Inactive list holds the customer just deactivated.
    await user.retype(search, '');
    await user.press(showInactive);
    await expectVisible(page.getByRole('button', { name: t.showActive, exact: true }));
    await expectVisible(row(DEACTIVATED).getByText(t.deactivated, { exact: true }));
    await expectGone(row(STAYS_ACTIVE));
    for (const name of INACTIVE) await expectVisible(row(name));

    // Select all of them and delete them, typing the count.
    const all = [...INACTIVE, DEACTIVATED].sort((a, b) => a.localeCompare(b));
    const count = all.length;
    await user.toggle(page.getByRole('checkbox', { name: t.selectAll, exact: true }));
    await expectVisible(page.getByRole('group', { name: t.bulkBar }).getByText(t.selectedCount(count)));
    await user.press(page.getByRole('button', { name: t.bulkDelete, exact: true }));
    const confirmDelete = await dialogTitled(page, t.titleDeleteBulk(count));
    // The preview says what goes with them (X1, G1), in total and customer by customer: here a
    // balance and two invoices on hold (the demo's data: seed 7).
    await expectVisible(confirmDelete.getByRole('heading', { name: t.lostBulk, exact: true }));
    await expectVisible(confirmDelete.getByRole('heading', { name: t.byCustomer, exact: true }));
    await expectVisible(confirmDelete.getByRole('listitem')
      .filter({ hasText: t.deleteLineBalance(HELD_AND_OWING) }).filter({ hasText: t.invoicesHeld(2, 2) }));
    const confirm = confirmDelete.getByRole('button', { name: t.confirmDeleteBulk(count), exact: true });
    await expectVisible(confirm.and(page.locator('[aria-disabled="true"]')));
    await user.type(confirmDelete.getByRole('textbox', { name: t.typeCount(count), exact: true }), String(count));
    await expectVisible(confirm.and(page.locator('[aria-disabled="false"]')));
    await user.press(confirm);
    const result = await dialogTitled(page, t.titleBulkResult(count));
    await expectVisible(result.getByRole('heading', { name: t.resultDone(count), exact: true }));
    for (const name of all) await expectVisible(result.getByRole('listitem').filter({ hasText: name }));
    const close = result.getByRole('button', { name: t.close, exact: true });
    if (user.kind === 'keyboard') await expectFocused(page, close, 'Close once the customers are deleted');
    await user.press(close);
    await expectGone(result);
    if (user.kind === 'keyboard') await expectFocused(page, heading, 'the list heading (the bulk bar is gone)');

    // The Inactive list is empty now.
    for (const name of all) await expectGone(row(name));
    await expectVisible(page.getByText(t.noneShown, { exact: true }));
  },
};
