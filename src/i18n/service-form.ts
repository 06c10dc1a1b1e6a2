/**
 * The messages of `<service-reactivate-form>` (R2, R3, R4, G2, G3), in English.
 * `en.ts` includes them; `es.ts` translates them. Reasons and fixes come from
 * the shared `reason.*` / `fix.*` keys. The form loads them with the English
 * catalogue (see `service-reactivate-form.lifecycle.ts`), except the two of
 * `serviceFormFirstMessages`, shown before that has loaded.
 */
export const serviceFormFirstMessages = {
  'form.loading': 'Loading services…',
  'form.no-adapter': 'No adapter: set the adapter property or use a lifecycle-provider.',
} as const;

/** All of the form's own messages. */
export const serviceFormMessages = {
  ...serviceFormFirstMessages,
  'form.view': 'Configured services',
  'form.recurring': 'Recurring',
  'form.on-request': 'On request',
  'form.no-end-date': 'No end date',
  'form.end-date': 'End date',
  'form.deactivate-on-end-date': 'Deactivate on end date',
  'form.saved-for': 'Your changes to {name} were saved.',
  'form.reactivate-customer': 'Reactivate {name}',
  'form.restore': '{count, plural, one {Restore the service that was active before} other {Restore the # services that were active before}}',
  // R4: the invoices on hold, released by hand one by one or all at once.
  'form.invoices': 'Invoices on hold',
  'form.invoice.draft': 'Draft',
  'form.invoice.unpaid': 'Unpaid',
  'form.invoice.paid': 'Paid',
  'form.invoice.void': 'Void',
  'form.release': 'Release',
  'form.release-invoice': 'Release invoice {number}',
  'form.release-all': '{count, plural, one {Release # invoice} other {Release all # invoices}}',
  'form.released': '{count, plural, one {{numbers} is no longer on hold.} other {{numbers} are no longer on hold.}}',
  'form.not-released': '{number}: {reason}',
} as const;
