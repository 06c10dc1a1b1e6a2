/**
 * The English catalogue: the source of every message key (`MessageKey`).
 *
 * Format: `{name}` is replaced by a parameter; `{count, plural, one {…} other {…}}`
 * picks a branch with `Intl.PluralRules` (`=0`, `=1`… exact matches first) and
 * `#` inside a branch is the formatted number. Elements add their keys here,
 * and the Spanish catalogue must follow (tsc fails when a key is missing).
 */
import { filterMessages } from './filter.js';
import { serviceFormMessages } from './service-form.js';
import { statusMessages } from './status.js';

export const en = {
  // Status labels and their descriptions (S1–S3, G8, D7): see status.ts.
  ...statusMessages,

  // <inactive-filter> (F1, F3, G8): see filter.ts.
  ...filterMessages,

  // <service-reactivate-form> (R2, R3, G2, G3): see service-form.ts.
  ...serviceFormMessages,

  // <service-reactivate-form>: its "Invoices on hold" group (R4), which loads only when shown. Kept out of
  // service-form.ts, whose messages count in the form's up-front size.
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
  'error.timeout-change': 'No answer came in time, so the change may or may not have been made. Try again: it will not be done twice.',
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
  'reason.end-date-past': 'The end date is today or in the past, so the service would stop again. Remove it or choose a later date.',
  'reason.end-date-before-start': 'The end date is before the start date.',
  'reason.on-request-no-end-date': 'An on-request service has no end date to remove.',
  'reason.invoices-stay-on-hold': 'Invoices on hold stay on hold unless you release them; you can also do it later in the customer’s services form.',
  'reason.invoice-not-on-hold': 'This invoice is not on hold.',
  'reason.release-customer-inactive': 'Invoices on hold can be released once the customer is reactivated.',
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
  'fix.release-invoices': 'Release them in the customer’s services form, one by one or all at once.',
  'fix.type-count': 'Type the number of selected customers to confirm.',
  'fix.select-one': 'Select one customer.',

  // <deactivate-dialog>: the confirmation of every lifecycle action (D1–D8, R1–R5, X1–X3, G1–G7).
  'dialog.title.none': 'No customers selected',
  'dialog.none': 'Choose one or more customers first.',
  'dialog.loading': 'Loading what will change…',
  'dialog.title.loading': 'Customer',
  'dialog.title.deactivate': 'Deactivate {name}?',
  'dialog.title.reactivate': 'Reactivate {name}?',
  'dialog.title.delete': 'Delete {name}?',
  'dialog.title.deactivate-bulk': '{count, plural, one {Deactivate # customer?} other {Deactivate # customers?}}',
  'dialog.title.reactivate-bulk': '{count, plural, one {Reactivate # customer?} other {Reactivate # customers?}}',
  'dialog.title.delete-bulk': '{count, plural, one {Delete # customer?} other {Delete # customers?}}',
  'dialog.title.done.deactivate': '{name} deactivated',
  'dialog.title.done.reactivate': '{name} reactivated',
  'dialog.title.done.delete': '{name} deleted',
  'dialog.title.finished-bulk': '{count, plural, one {Result for # customer} other {Results for # customers}}',
  'dialog.title.undone': '{count, plural, one {Deactivation of {name} undone} other {Deactivation of # customers undone}}',
  'dialog.confirm.deactivate': '{count, plural, one {Deactivate} other {Deactivate # customers}}',
  'dialog.confirm.reactivate': '{count, plural, one {Reactivate} other {Reactivate # customers}}',
  'dialog.confirm.delete': '{count, plural, one {Delete for good} other {Delete # customers for good}}',
  'dialog.confirm.deactivate-cancel': '{count, plural, one {Deactivate and cancel subscriptions} other {Deactivate # customers and cancel subscriptions}}',
  'dialog.kept': 'The customer is not deleted: you can reactivate it at any time.',
  'dialog.cascade': 'Deactivated with it:',
  'dialog.locations': '{count, plural, one {# location} other {# locations}}: {names}',
  'dialog.services': '{count, plural, one {# service} other {# services}}: {names}',
  'dialog.more': '{names} and {count} more',
  'dialog.cancel-subscriptions': '{count, plural, one {Also cancel its active subscription ({names})} other {Also cancel its # active subscriptions ({names})}}',
  'dialog.irreversible': 'This cannot be undone.',
  'dialog.hold-invoices': '{count, plural, one {Put # open invoice on hold} other {Put # open invoices on hold}}',
  'dialog.linked': 'Linked contacts and companies stay as they are: {names}.',
  'dialog.balance': 'Open balance: {amount}.',
  'dialog.billing': 'Billing',
  'dialog.reason': 'Reason',
  'dialog.reason-optional': 'Reason (optional)',
  'dialog.stays-inactive': 'Stay inactive:',
  'dialog.restore': '{count, plural, one {Also reactivate the location or service its deactivation switched off} other {Also reactivate the # locations and services its deactivation switched off}}',
  'dialog.release-invoices': '{count, plural, one {Release # invoice on hold} other {Release # invoices on hold}}',
  'dialog.never-return': 'Cancelled subscriptions do not come back: {names}.',
  'dialog.not-possible': 'Not possible',
  'dialog.deactivate-instead': 'Deactivate instead',
  'dialog.type-count': 'Type {count} to confirm',
  'dialog.totals': '{count, plural, one {# customer can go ahead} other {# customers can go ahead}}',
  'dialog.skipped': '{count, plural, one {# customer will be skipped:} other {# customers will be skipped:}}',
  'dialog.missing': '{count, plural, one {# customer was not found.} other {# customers were not found.}}',
  'dialog.running.deactivate': '{count, plural, one {Deactivating…} other {Deactivating # customers…}}',
  'dialog.running.reactivate': '{count, plural, one {Reactivating…} other {Reactivating # customers…}}',
  'dialog.running.delete': '{count, plural, one {Deleting…} other {Deleting # customers…}}',
  'dialog.undoing': 'Undoing…',
  'dialog.done.deactivate': '{name} is now inactive.',
  'dialog.done.reactivate': '{name} is active again.',
  'dialog.done.delete': '{name} was deleted.',
  'dialog.undone': '{count, plural, one {Undone: {name} is active again.} other {Undone: # customers are active again.}}',
  'dialog.recorded': 'Recorded: deactivated on {date} by {name}.',
  'dialog.undo-until': 'You can undo this until {time}.',
  'dialog.undo-keeps': 'Undo does not bring back the cancelled subscriptions.',
  'dialog.undone-kept': 'The cancelled subscriptions stay cancelled.',
  'dialog.result.done': '{count, plural, one {# done} other {# done}}',
  'dialog.result.blocked': '{count, plural, one {# skipped} other {# skipped}}',
  'dialog.result.failed': '{count, plural, one {# failed} other {# failed}}',
  'dialog.retry-failed': '{count, plural, one {Retry the failed one} other {Retry the # failed}}',
  'dialog.no-adapter': 'The dialog has no adapter. Set its adapter property or place it inside a lifecycle-provider.',

  // <deactivate-dialog> delete preview (X2, G1, G5): what goes with each customer.
  'dialog.delete.lost': 'Deleted with it',
  'dialog.delete.lost-bulk': 'Deleted with them',
  'dialog.delete.balance': 'Open balance: {amount}',
  'dialog.delete.balances': 'Open balances: {amounts}',
  'dialog.delete.invoices': '{count, plural, one {# unpaid or held invoice} other {# unpaid or held invoices}}: {names}',
  'dialog.delete.invoices-count': '{count, plural, one {# unpaid or held invoice} other {# unpaid or held invoices}}{held, plural, =0 {} other { (# on hold)}}',
  'dialog.delete.on-hold': '{number} (on hold)',
  'dialog.delete.subscriptions': '{count, plural, one {# subscription} other {# subscriptions}}: {names}',
  'dialog.delete.history': '{count, plural, one {History: # audit entry} other {History: # audit entries}}',
  'dialog.delete.audit': '{count, plural, one {# audit entry} other {# audit entries}}',
  'dialog.delete.nothing': 'Nothing else goes with it: no open balance, unpaid or held invoices, locations, services or history.',
  'dialog.delete.irreversible-bulk': 'Deleting cannot be undone. These customers and their history will be gone for good.',
  'dialog.delete.balances-open': '{count, plural, one {# customer still has an open balance: {names}.} other {# customers still have an open balance: {names}.}}',
  'dialog.delete.owes': '{name} ({amount})',
  'dialog.delete.by-customer': 'Customer by customer',
  'dialog.delete.line': '{name}: {items}',
  'dialog.delete.line-balance': 'open balance {amount}',
  'dialog.delete.line-nothing': '{name}: nothing else',
} as const;

/** Every message key of the kit. */
export type MessageKey = keyof typeof en;

/** A complete catalogue: one string per key. */
export type Catalog = Readonly<Record<MessageKey, string>>;
