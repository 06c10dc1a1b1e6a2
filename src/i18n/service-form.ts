/**
 * The messages of `<service-reactivate-form>` (R2, R3, G2, G3), in English.
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
} as const;
