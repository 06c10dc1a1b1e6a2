/**
 * The status messages (S1–S3, G8, D7), in English: their own module so the
 * presentational `<customer-status-badge>` can show them without loading the
 * whole catalogue. `en.ts` includes them; `es.ts` translates them.
 */
export const statusMessages = {
  // Status labels: `status.<tone>` of rules/status.ts.
  'status.active': 'Active',
  'status.inactive': 'Inactive',
  'status.deactivated': 'Deactivated',
  'status.suspended': 'Suspended',
  'status.suspended-deactivated': 'Suspended and deactivated',
  'status.dormant': 'Dormant',
  'status.unknown': 'Status unknown',
  'status.loading': 'Loading status',
  'status.error': 'Status unavailable',
  // D7: who deactivated the customer, and when.
  'status.deactivated-by': 'Deactivated on {date} by {name}',
  'status.reason': 'Reason: {reason}',
  'status.dormant-since': 'No interaction since {date}',
  'status.no-interaction': 'No interaction recorded',
} as const;

/** A status message key. */
export type StatusMessageKey = keyof typeof statusMessages;
