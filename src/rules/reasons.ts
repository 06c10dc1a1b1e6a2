/**
 * The closed lists of reason and fix codes a rule check can return (G2).
 * Elements translate them through the catalogue keys `reason.<code>` and
 * `fix.<code>`; adapters send them as they are.
 */

export const REASON_CODES = [
  'already-active', // R1: nothing to reactivate
  'already-inactive', // D1: nothing to deactivate
  'bulk-deactivate-off', // D8
  'bulk-delete-off', // X2
  'delete-active', // X1
  'delete-never', // X3
  'delete-irreversible', // X2 (warning)
  'cascade', // D3 (warning)
  'cancel-irreversible', // D4 (warning)
  'hold-stops-reminders', // D5 (warning)
  'links-unchanged', // D6 (warning)
  'no-bulk-billing', // B1 (warning)
  'manual-invoices-only', // B2 (warning)
  'regenerate-zero', // B3 (warning)
  'resend-reaches', // B4 (warning)
  'no-unpaid-invoices', // B4: nothing to re-send
  'picked-while-inactive', // F2 (warning)
  'open-balance', // G5 (warning or blocker)
  'reason-required', // G7
  'customer-inactive', // R2
  'location-inactive', // R2
  'stays-inactive', // R2 (warning)
  'location-already-active', // R2
  'service-already-active', // R3
  'end-date-past', // R3
  'end-date-before-start', // R3
  'on-request-no-end-date', // R3
  'invoices-stay-on-hold', // R4 (warning)
  'invoice-not-on-hold', // R4: nothing to release
  'release-customer-inactive', // R4: released for an inactive customer, reminders would restart
  'subscriptions-never-return', // R5 (warning)
  'count-mismatch', // G6
  'undo-expired', // G4
  'undo-off', // G4
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export const FIX_CODES = [
  'deactivate-first',
  'settle-balance',
  'enter-reason',
  'reactivate-customer',
  'reactivate-location',
  'remove-end-date',
  'move-end-date',
  'release-invoices',
  'type-count',
  'select-one',
] as const;

export type FixCode = (typeof FIX_CODES)[number];

/** G2: the way out the checks give with each reason that blocks (a reason with none is absent). */
const FIX_FOR_REASON: Readonly<Partial<Record<string, FixCode>>> = {
  'bulk-deactivate-off': 'select-one',
  'bulk-delete-off': 'select-one',
  'customer-inactive': 'reactivate-customer',
  'release-customer-inactive': 'reactivate-customer',
  'location-inactive': 'reactivate-location',
  'end-date-past': 'remove-end-date',
  'end-date-before-start': 'move-end-date',
  'on-request-no-end-date': 'remove-end-date',
  'delete-active': 'deactivate-first',
  'manual-invoices-only': 'reactivate-customer',
  'open-balance': 'settle-balance',
  'count-mismatch': 'type-count',
  'reason-required': 'enter-reason',
};

/**
 * G2: the way out for `reason`, for an error that names only its reason (a whole call refused with
 * `rule-violation`); null when there is none. `reason` comes from the host's adapter: only the table's
 * own keys count (not `toString`, nor a key added to `Object.prototype`).
 */
export function fixFor(reason: string): FixCode | null {
  return Object.hasOwn(FIX_FOR_REASON, reason) ? (FIX_FOR_REASON[reason] ?? null) : null;
}

/** The rule ids, each defined in `docs/rules.md` (shipped in the package). */
export const RULE_IDS = [
  'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8',
  'R1', 'R2', 'R3', 'R4', 'R5',
  'X1', 'X2', 'X3',
  'F1', 'F2', 'F3',
  'S1', 'S2', 'S3',
  'B1', 'B2', 'B3', 'B4',
  'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
