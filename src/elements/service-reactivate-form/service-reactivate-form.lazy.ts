/**
 * The "Invoices on hold" group (R4) of `<service-reactivate-form>`, loaded by
 * the first form that shows one, then shared by every form.
 */
import type * as InvoicesGroup from './service-reactivate-form.invoices.js';

let group: typeof InvoicesGroup | undefined;
let loading: Promise<void> | undefined;

/** The group, once loaded. */
export const invoicesGroup = (): typeof InvoicesGroup | undefined => group;

/** Loads the group, once for every form; `loaded` runs when it is in. A failed load is tried again on a later call. */
export function loadInvoicesGroup(loaded: () => void): void {
  loading ??= import('./service-reactivate-form.invoices.js').then((m) => {
    group = m;
  }, () => {
    loading = undefined;
  });
  void loading.then(() => group && loaded());
}
