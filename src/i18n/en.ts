/**
 * The English catalogue: the source of every message key (`MessageKey`).
 *
 * Format: `{name}` is replaced by a parameter; `{count, plural, one {…} other {…}}`
 * picks a branch with `Intl.PluralRules` (`=0`, `=1`… exact matches first) and
 * `#` inside a branch is the formatted number. Elements add their keys here,
 * and the Spanish catalogue must follow (tsc fails when a key is missing).
 */
import { filterMessages } from './filter.js';
import { statusMessages } from './status.js';

export const en = {
  // Status labels and their descriptions (S1–S3, G8, D7): see status.ts.
  ...statusMessages,

  // <inactive-filter> (F1, F3, G8): see filter.ts.
  ...filterMessages,

  // Common actions.
  'action.deactivate': 'Deactivate',
  'action.reactivate': 'Reactivate',
  'action.delete': 'Delete',
  'action.cancel': 'Cancel',
  'action.retry': 'Retry',
  'action.undo': 'Undo',
  'action.close': 'Close',
  'action.save': 'Save',
  'action.reload': 'Reload',
  'action.reactivate-location': 'Reactivate location',

  // Entity words, and counts of them.
  'entity.customer': 'customer',
  'entity.contact': 'contact',
  'entity.company': 'company',
  'entity.location': 'location',
  'entity.service': 'service',
  'entity.invoice': 'invoice',
  'entity.subscription': 'subscription',
  'entity.on-hold': 'on hold',
  'count.customers': '{count, plural, one {# customer} other {# customers}}',
  'count.contacts': '{count, plural, one {# contact} other {# contacts}}',
  'count.locations': '{count, plural, one {# location} other {# locations}}',
  'count.services': '{count, plural, one {# service} other {# services}}',
  'count.invoices': '{count, plural, one {# invoice} other {# invoices}}',
  'count.subscriptions': '{count, plural, one {# subscription} other {# subscriptions}}',

  // Errors: one per ERROR_CODES entry of adapter/errors.ts.
  'error.not-found': 'This customer could not be found. It may have been deleted.',
  'error.forbidden': 'You do not have permission to do this. Ask an administrator for access.',
  'error.conflict': 'This customer was changed by someone else. Reload to see the latest version.',
  'error.rule-violation': 'This action is not allowed for this customer right now.',
  'error.invalid-data': 'The customer data could not be read. Try again, or tell your administrator if it keeps happening.',
  'error.invalid-input': 'Some of the information is not valid. Check it and try again.',
  'error.network': 'Could not connect. Check your connection and try again.',
  'error.timeout': 'This is taking too long. Try again in a moment.',
  'error.aborted': 'The request was cancelled.',
  'error.unknown': 'Something went wrong. Try again.',

  // Reasons: one per REASON_CODES entry of rules/reasons.ts (G2).
  'reason.already-active': 'This customer is already active.',
  'reason.already-inactive': 'This customer is already inactive.',
  'reason.bulk-deactivate-off': 'Customers can only be deactivated one at a time.',
  'reason.bulk-delete-off': 'Customers can only be deleted one at a time.',
  'reason.delete-active': 'An active customer cannot be deleted.',
  'reason.delete-never': 'Customers cannot be deleted here. Deactivate them instead.',
  'reason.delete-irreversible': 'Deleting cannot be undone. The customer and its history will be gone for good.',
  'reason.cascade': 'All of this customer’s locations and services will be deactivated too.',
  'reason.cancel-irreversible': 'Cancelled subscriptions cannot be restored later.',
  'reason.hold-stops-reminders': 'Invoices on hold get no automatic reminders.',
  'reason.links-unchanged': 'Linked contacts and companies stay as they are.',
  'reason.no-bulk-billing': 'Inactive customers get no invoices from bulk billing.',
  'reason.manual-invoices-only': 'You can still create invoices by hand, but they carry no services.',
  'reason.regenerate-zero': 'Regenerating this invoice leaves it at zero, without its services.',
  'reason.resend-reaches': 'Re-sending unpaid invoices to a group still reaches this customer.',
  'reason.open-balance': 'This customer still has an open balance.',
  'reason.reason-required': 'Enter a reason for this change.',
  'reason.customer-inactive': 'Reactivate the customer first: its locations cannot be switched on while it is inactive.',
  'reason.location-inactive': 'Reactivate the location first: its services cannot be switched on while it is inactive.',
  'reason.stays-inactive': 'Locations and services stay inactive until you reactivate them.',
  'reason.location-already-active': 'This location is already active.',
  'reason.service-already-active': 'This service is already active.',
  'reason.end-date-past': 'The end date is in the past. Remove it or choose a later date.',
  'reason.end-date-before-start': 'The end date is before the start date.',
  'reason.on-request-no-end-date': 'An on-request service has no end date to remove.',
  'reason.invoices-stay-on-hold': 'Invoices on hold stay on hold. Release them by hand.',
  'reason.subscriptions-never-return': 'Cancelled subscriptions do not come back.',
  'reason.count-mismatch': 'The number typed does not match the number of selected customers.',
  'reason.undo-expired': 'It is too late to undo this change.',
  'reason.undo-off': 'This change cannot be undone.',

  // Fixes: one per FIX_CODES entry of rules/reasons.ts (G2).
  'fix.deactivate-first': 'Deactivate the customer first.',
  'fix.settle-balance': 'Settle the open balance first.',
  'fix.enter-reason': 'Enter a reason.',
  'fix.reactivate-customer': 'Reactivate the customer first.',
  'fix.reactivate-location': 'Reactivate the location first.',
  'fix.remove-end-date': 'Remove the end date.',
  'fix.move-end-date': 'Choose a later end date.',
  'fix.release-invoices': 'Release the invoices on hold by hand.',
  'fix.type-count': 'Type the number of selected customers to confirm.',
  'fix.select-one': 'Select one customer.',
} as const;

/** Every message key of the kit. */
export type MessageKey = keyof typeof en;

/** A complete catalogue: one string per key. */
export type Catalog = Readonly<Record<MessageKey, string>>;
