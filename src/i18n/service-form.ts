/**
 * The messages of `<service-reactivate-form>` (R2, R3, G2, G3), in English.
 * `en.ts` includes them; `es.ts` translates them. Reasons and fixes come from
 * the shared `reason.*` / `fix.*` keys. The form loads them with the English
 * catalogue (see `service-reactivate-form.lifecycle.ts`).
 */
export const serviceFormMessages = {
  'form.loading': 'Loading services…',
  'form.no-adapter': 'No adapter: set the adapter property or use a lifecycle-provider.',
  'form.view': 'Configured services',
  'form.recurring': 'Recurring',
  'form.on-request': 'On request',
  'form.no-end-date': 'No end date',
  'form.end-date': 'End date',
  'form.deactivate-on-end-date': 'Deactivate on end date',
  'form.restore': '{count, plural, one {Restore the service that was active before} other {Restore the # services that were active before}}',
} as const;
