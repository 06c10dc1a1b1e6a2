// Seed 002 (invoices and subscriptions): deactivating a company cancels its
// subscription and puts its open invoice on hold, as ticked; its contacts stay
// active; the notes say who did it and when. "Active: no" finds it. After
// reactivation the invoice is still on hold (it is released only by choice,
// then released by hand from the services form) and the subscription does
// not come back.
import {
  chooseFromMenu, confirmAndClose, dialogTitled, expectBadge, openDemo, openProfile, profileActions, profileTab,
} from '../support/steps.mjs';
import { expectGone, expectVisible } from '../support/wait.mjs';

const COMPANY = 'Müller & Pérez Ltd';
const CONTACTS = ['Henry Evans', "Raúl O'Brien Gómez"];
const SUBSCRIPTION = 'Plan Empresa';
const OPEN_INVOICE = 'INV-000059';
const REASON = { en: 'Stopped trading', es: 'Cerró el negocio' };

export default {
  name: 'seed 002 · cancel subscriptions and hold invoices, contacts stay active',
  async run(s) {
    const { page, user, t } = s;
    const reason = REASON[t.lang];
    await openDemo(s, 'preset002');
    await openProfile(s, COMPANY);
    const actions = profileActions(s, COMPANY);
    const billing = page.getByRole('tabpanel', { name: t.tabBilling });
    const account = page.getByRole('tabpanel', { name: t.tabAccount });
    const invoiceRow = billing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: OPEN_INVOICE }) });
    const subscription = billing.getByRole('region', { name: t.subscriptions }).getByRole('listitem').filter({ hasText: SUBSCRIPTION });

    // Before: an open invoice not on hold, an active subscription.
    await profileTab(s, t.tabBilling);
    await expectVisible(invoiceRow);
    await expectGone(invoiceRow.getByText(t.onHold, { exact: true }));
    await expectVisible(subscription.getByText(t.subscriptionActive, { exact: true }));

    // Deactivate, cancelling the subscription and holding the invoice, with a reason.
    await chooseFromMenu(s, actions, t.deactivateItem);
    const dialog = await dialogTitled(page, t.titleDeactivate(COMPANY));
    await expectVisible(dialog.getByText(t.linked(CONTACTS), { exact: true }));
    const cancel = dialog.getByRole('checkbox', { name: t.cancelSubscription(SUBSCRIPTION), exact: true });
    const hold = dialog.getByRole('checkbox', { name: t.holdInvoices(1), exact: true });
    await user.toggle(cancel);
    await expectVisible(dialog.getByRole('checkbox', { name: t.cancelSubscription(SUBSCRIPTION), checked: true }));
    await user.toggle(hold);
    await expectVisible(dialog.getByRole('checkbox', { name: t.holdInvoices(1), checked: true }));
    await user.type(dialog.getByRole('textbox', { name: t.reasonOptional, exact: true }), reason);
    // Cancelling a subscription cannot be undone: the confirm button says so.
    await confirmAndClose(s, dialog, {
      confirm: t.confirmDeactivateCancel, doneTitle: t.titleDoneDeactivate(COMPANY),
      doneText: [t.doneDeactivate(COMPANY), new RegExp(t.recorded('Ana Torres'))],
      focusAfter: actions, focusName: 'the Actions menu that opened the dialog',
    });
    await expectBadge(page, t.deactivated);

    // Billing: the invoice is on hold, the subscription cancelled for good.
    await expectVisible(invoiceRow.getByText(t.onHold, { exact: true }));
    await expectVisible(subscription.getByText(t.subscriptionCancelled, { exact: true }));
    await expectVisible(subscription.getByText(t.subscriptionsNeverReturn));

    // Account: who and when, the reason, the contacts still active, the notes.
    await profileTab(s, t.tabAccount);
    await expectVisible(account.getByText(new RegExp(t.deactivatedBy('Ana Torres'))));
    await expectVisible(account.getByRole('definition').filter({ hasText: new RegExp(t.deactivatedBy('Ana Torres')) }).getByText(t.reasonIs(reason)));
    const links = account.getByRole('region', { name: t.links });
    for (const name of CONTACTS) {
      await expectVisible(links.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) })
        .getByText(t.active, { exact: true }));
    }
    const note = account.getByRole('region', { name: t.notes }).getByRole('listitem')
      .filter({ hasText: 'Ana Torres' }).filter({ hasText: t.auditDeactivated }).filter({ hasText: t.reasonIs(reason) });
    await expectVisible(note.getByRole('time'));
    await expectVisible(note.getByText(`${t.auditHeld}: ${t.countInvoices(1)}`, { exact: true }));
    await expectVisible(note.getByText(`${t.auditCancelled}: ${t.countSubscriptions(1)}`, { exact: true }));

    // The list: "Active: no" finds the company; its contacts are not there.
    await user.press(page.getByRole('link', { name: t.back, exact: true }));
    const table = page.getByRole('table', { name: t.customers });
    const row = (name) => table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const filter = page.getByRole('radiogroup', { name: t.filterLabel });
    await expectVisible(filter.getByRole('radio', { name: new RegExp(`^${t.activeYes}`), checked: true }));
    await user.pickRadio(filter, filter.getByRole('radio', { name: new RegExp(`^${t.activeNo}`) }));
    await expectVisible(filter.getByRole('radio', { name: new RegExp(`^${t.activeNo}`), checked: true }));
    await expectVisible(row(COMPANY).getByText(t.deactivated, { exact: true }));
    for (const name of CONTACTS) await expectGone(row(name));
    await user.press(row(COMPANY).getByRole('link', { name: COMPANY, exact: true }));
    await expectVisible(page.getByRole('heading', { name: COMPANY, level: 2 }));

    // Reactivate: the dialog says the invoice stays on hold and the subscription does not return.
    await chooseFromMenu(s, actions, t.reactivateItem);
    const reactivate = await dialogTitled(page, t.titleReactivate(COMPANY));
    await expectVisible(reactivate.getByText(t.invoicesStayOnHold));
    await expectVisible(reactivate.getByText(t.neverReturn([SUBSCRIPTION]), { exact: true }));
    await expectVisible(reactivate.getByRole('checkbox', { name: t.releaseInvoices(1), checked: false }));
    await confirmAndClose(s, reactivate, {
      confirm: t.confirmReactivate, doneTitle: t.titleDoneReactivate(COMPANY), doneText: t.doneReactivate(COMPANY),
      focusAfter: actions, focusName: 'the Actions menu that opened the dialog',
    });
    await expectBadge(page, t.active);

    // After: still on hold (not released), still cancelled.
    await profileTab(s, t.tabBilling);
    await expectVisible(invoiceRow.getByText(t.onHold, { exact: true }));
    await expectVisible(subscription.getByText(t.subscriptionCancelled, { exact: true }));

    // Released by hand, one by one (R4): from the services form, where the customer is brought back.
    await profileTab(s, t.tabServices);
    const services = page.getByRole('tabpanel', { name: t.tabServices });
    const held = services.getByRole('group', { name: t.invoicesOnHold, exact: true });
    await user.press(held.getByRole('button', { name: t.releaseInvoice(OPEN_INVOICE), exact: true }));
    await expectVisible(held.getByRole('status').getByText(t.released(OPEN_INVOICE), { exact: true }));
    await profileTab(s, t.tabBilling);
    await expectVisible(invoiceRow);
    await expectGone(invoiceRow.getByText(t.onHold, { exact: true }));
  },
};
