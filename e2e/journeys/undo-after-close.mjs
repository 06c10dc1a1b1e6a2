// G4 after the dialog closed: a host offers Undo in its own toast once the
// user has closed the dialog on a deactivation (the demo does, through the
// kit's undoDeactivation); Undo there brings the customer back.
import { chooseFromMenu, confirmAndClose, dialogTitled, openDemo } from '../support/steps.mjs';
import { expectVisible } from '../support/wait.mjs';

const CUSTOMER = 'Henry Evans';

export default {
  name: 'G4 · undo from the host\'s toast after the dialog closed',
  async run(s) {
    const { page, user, t } = s;
    await openDemo(s, 'presetDefault');
    const table = page.getByRole('table', { name: t.customers });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: CUSTOMER, exact: true }) });
    await user.type(page.getByRole('searchbox', { name: t.search }), CUSTOMER);
    await expectVisible(row);

    await chooseFromMenu(s, row.getByRole('button', { name: t.actionsFor(CUSTOMER) }), t.deactivateItem);
    const dialog = await dialogTitled(page, t.titleDeactivate(CUSTOMER));
    await confirmAndClose(s, dialog, {
      confirm: t.confirmDeactivate, doneTitle: t.titleDoneDeactivate(CUSTOMER), doneText: t.doneDeactivate(CUSTOMER),
    });

    // The dialog is gone; the host's toast says what happened and offers Undo.
    const toast = page.locator('demo-undo').getByRole('status');
    await expectVisible(toast.getByText(t.undoOffer(CUSTOMER)));
    await user.press(toast.getByRole('button', { name: t.undo, exact: true }));
    await expectVisible(toast.getByText(t.undoDone(CUSTOMER)));

    // The list follows the adapter's change feed: the customer is active again.
    await user.retype(page.getByRole('searchbox', { name: t.search }), CUSTOMER);
    await expectVisible(row.getByText(t.active, { exact: true }));
  },
};
