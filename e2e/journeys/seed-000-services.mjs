// Seed 000 (services and locations): deactivating a customer takes its
// locations and services with it; reactivating goes customer, then location,
// then service (a recurring one with its end date removed — an end date of
// today, the day it was deactivated, is refused — an on-request one as it is). A service is refused while its location is inactive, with the
// reason and the way out.
import {
  chooseFromMenu, confirmAndClose, dialogTitled, expectBadge, exactly, openDemo, openProfile, profileActions, profileTab,
} from '../support/steps.mjs';
import { expectFocused, expectGone, expectVisible } from '../support/wait.mjs';

const CUSTOMER = 'José Álvarez';
const LOCATIONS = ['Sucursal', 'Almacén 2'];
const RECURRING = 'Snow removal';
const ON_REQUEST = 'Pool cleaning';

export default {
  name: 'seed 000 · deactivate with locations and services, reactivate in order',
  async run(s) {
    const { page, user, t } = s;
    await openDemo(s, 'preset000');
    await openProfile(s, CUSTOMER);
    await expectBadge(page, t.active);
    const actions = profileActions(s, CUSTOMER);

    // Deactivate: the preview lists what goes with him.
    await chooseFromMenu(s, actions, t.deactivateItem);
    const dialog = await dialogTitled(page, t.titleDeactivate(CUSTOMER));
    await expectVisible(dialog.getByText(t.kept));
    await expectVisible(dialog.getByText(t.cascade));
    await expectVisible(dialog.getByText(t.locations(2, LOCATIONS), { exact: true }));
    await expectVisible(dialog.getByText(new RegExp(`^${t.services(4)} ${RECURRING}`)));
    await confirmAndClose(s, dialog, {
      confirm: t.confirmDeactivate, doneTitle: t.titleDoneDeactivate(CUSTOMER),
      doneText: [t.doneDeactivate(CUSTOMER), new RegExp(t.recorded('Ana Torres'))],
      focusAfter: actions, focusName: 'the Actions menu that opened the dialog',
    });

    // It happened: the badge, the locations, the services and the notes say so.
    await expectBadge(page, t.deactivated);
    const account = page.getByRole('tabpanel', { name: t.tabAccount });
    await expectVisible(account.getByText(new RegExp(t.deactivatedBy('Ana Torres'))));
    const locationTabs = account.getByRole('tablist', { name: t.locationTabs });
    await expectVisible(locationTabs.getByRole('tab', { name: t.locActive(0) }));
    await expectVisible(locationTabs.getByRole('tab', { name: t.locDeactivated(2) }));
    const notes = account.getByRole('region', { name: t.notes });
    await expectVisible(notes.getByRole('listitem').filter({ hasText: 'Ana Torres' })
      .filter({ hasText: t.auditWith(t.and([t.countLocations(2), t.countServices(4)])) }));

    await profileTab(s, t.tabServices);
    const services = page.getByRole('tabpanel', { name: t.tabServices });
    for (const name of LOCATIONS) await expectVisible(services.getByRole('group', { name: t.locationLegend(name, true) }));
    await expectVisible(services.getByText(t.customerInactive));
    await expectVisible(services.getByRole('button', { name: t.reactivateCustomer(CUSTOMER), exact: true }));
    await expectVisible(services.getByRole('checkbox', { name: t.reactivateService(RECURRING), disabled: true }));

    // A location cannot come back before the customer: the menu says what to do first.
    await profileTab(s, t.tabAccount);
    await user.pickTab(locationTabs, locationTabs.getByRole('tab', { name: t.locDeactivated(2) }));
    const locationMenu = account.getByRole('button', { name: t.locationActions(LOCATIONS[0]), exact: true });
    await user.openMenu(locationMenu);
    const refused = page.getByRole('menuitem', { name: t.reactivateLocationItem, exact: true });
    await expectVisible(refused.and(page.locator('[aria-disabled="true"]')));
    await expectVisible(page.getByRole('menu').getByText(t.reactivateCustomerFirst));
    await user.tryDisabled(refused);
    await expectVisible(refused); // choosing it did nothing: the menu is still open
    await user.closeMenu(locationMenu);

    // Reactivate the customer; the locations and services stay deactivated (R2).
    await chooseFromMenu(s, actions, t.reactivateItem);
    const reactivate = await dialogTitled(page, t.titleReactivate(CUSTOMER));
    await expectVisible(reactivate.getByText(t.staysInactive));
    await expectVisible(reactivate.getByRole('checkbox', { name: t.restore(6), checked: false }));
    await confirmAndClose(s, reactivate, {
      confirm: t.confirmReactivate, doneTitle: t.titleDoneReactivate(CUSTOMER), doneText: t.doneReactivate(CUSTOMER),
      focusAfter: actions, focusName: 'the Actions menu that opened the dialog',
    });
    await expectBadge(page, t.active);
    await expectVisible(account.getByText(t.notDeactivated));
    await expectVisible(locationTabs.getByRole('tab', { name: t.locDeactivated(2) }));

    // A service before its location: refused, with the reason and the way out. The customer is active
    // again, so the seed's drop-down "defaulted to Active" shows the active services: select Deactivated.
    await profileTab(s, t.tabServices);
    const view = services.getByRole('combobox', { name: t.configuredServices });
    const shown = await view.evaluate((select) => select.selectedOptions[0]?.textContent.trim());
    if (shown !== t.viewActive) throw new Error(`Configured services shows "${shown}", not "${t.viewActive}"`);
    await user.select(view, t.viewDeactivated);
    const inactiveLocation = services.getByRole('group', { name: t.locationLegend(LOCATIONS[0], true) });
    const blockedService = inactiveLocation.getByRole('checkbox', { name: t.reactivateService(RECURRING) });
    await expectVisible(inactiveLocation.getByText(t.locationInactive));
    await expectVisible(inactiveLocation.getByRole('button', { name: t.reactivateLocation, exact: true }));
    await expectVisible(blockedService.and(page.getByRole('checkbox', { disabled: true })));
    await user.tryDisabled(blockedService);
    await expectVisible(inactiveLocation.getByRole('checkbox', { name: t.reactivateService(RECURRING), checked: false }));

    // Reactivate the location from the Account tab, as the seed does.
    await profileTab(s, t.tabAccount);
    await chooseFromMenu(s, locationMenu, t.reactivateLocationItem);
    await expectVisible(account.getByRole('status').getByText(t.locationDone(LOCATIONS[0])));
    await expectVisible(locationTabs.getByRole('tab', { name: t.locActive(1) }));
    await expectVisible(locationTabs.getByRole('tab', { name: t.locDeactivated(1) }));
    if (user.kind === 'keyboard') {
      await expectFocused(page, locationTabs.getByRole('tab', { name: t.locDeactivated(1) }), 'the Deactivated locations tab, its menu being gone');
    }

    // The recurring service: ticked, it still has the end date its deactivation gave it — today (R3, same
    // day). Saving it so would switch it off again tonight: refused, with the reason on the field.
    await profileTab(s, t.tabServices);
    const location = services.getByRole('group', { name: t.locationLegend(LOCATIONS[0], false), exact: true });
    await user.toggle(location.getByRole('checkbox', { name: t.reactivateService(RECURRING) }));
    const endDate = location.getByLabel(t.endDate, { exact: true });
    await expectVisible(endDate);
    await expectVisible(location.getByRole('checkbox', { name: t.deactivateOnEndDate, checked: true }));
    await user.press(services.getByRole('button', { name: t.save, exact: true }));
    await expectVisible(endDate.and(page.locator('[aria-invalid="true"]')));
    await expectVisible(location.getByText(t.endDatePast));
    if (user.kind === 'keyboard') await expectFocused(page, endDate, 'the end date that was refused');
    await expectGone(services.getByRole('status').getByText(t.servicesSaved([RECURRING])));
    // Its end date removed ("deactivate on end date" unticks itself), it saves.
    await user.clear(endDate);
    await expectVisible(location.getByRole('checkbox', { name: t.deactivateOnEndDate, checked: false, disabled: true }));
    await user.press(services.getByRole('button', { name: t.save, exact: true }));
    await expectVisible(services.getByRole('status').getByText(t.servicesSaved([RECURRING])));

    // The on-request service: no end date to remove.
    await user.toggle(location.getByRole('checkbox', { name: t.reactivateService(ON_REQUEST) }));
    await expectVisible(location.getByRole('checkbox', { name: t.reactivateService(ON_REQUEST), checked: true }));
    await expectGone(location.getByLabel(t.endDate, { exact: true }));
    await user.press(services.getByRole('button', { name: t.save, exact: true }));
    await expectVisible(services.getByRole('status').getByText(t.servicesSaved([ON_REQUEST])));

    // Both are among the active services now.
    await user.select(services.getByRole('combobox', { name: t.configuredServices }), t.viewActive);
    const activeLocation = services.getByRole('group', { name: t.locationLegend(LOCATIONS[0], false), exact: true });
    await expectVisible(activeLocation.getByText(exactly(RECURRING)));
    await expectVisible(activeLocation.getByText(exactly(ON_REQUEST)));
  },
};
