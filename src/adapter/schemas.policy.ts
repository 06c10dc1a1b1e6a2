/** The lifecycle policy: which of the domain's options a host's product follows. */
import * as z from 'zod/mini';

// ---------------------------------------------------------------------- policy
export const DELETION_POLICIES = ['never', 'inactive-only'] as const;
export const BALANCE_GUARDS = ['allow', 'warn', 'block'] as const;
export const REASON_POLICIES = ['hidden', 'optional', 'required'] as const;
export const INACTIVE_LISTINGS = ['filter', 'separate-list', 'separate-tab'] as const;

/** The lifecycle policy: which of the domain's options a host's product follows. */
export const PolicySchema = /* @__PURE__ */ z.object({
  /** D3: deactivating a customer deactivates its locations and services. */
  cascade: z.boolean(),
  /** X1, X3: whether customers can be deleted at all. */
  deletion: z.enum(DELETION_POLICIES),
  /** D8: several customers can be deactivated in one action. */
  bulkDeactivate: z.boolean(),
  /** X2: several inactive customers can be deleted in one action. */
  bulkDelete: z.boolean(),
  /** D5: offer to put open invoices on hold when deactivating. */
  invoiceHold: z.boolean(),
  /** D4: the host's plan has subscriptions, so cancelling them is offered. */
  subscriptions: z.boolean(),
  /** F1: where inactive customers are listed. */
  inactiveListing: z.enum(INACTIVE_LISTINGS),
  /** G5: what an open balance does to a deactivation. */
  balanceGuard: z.enum(BALANCE_GUARDS),
  /** G7: whether a reason is asked for. */
  reason: z.enum(REASON_POLICIES),
  /** G4: seconds during which a deactivation can be undone; 0 switches undo off. */
  undoSeconds: z.number().check(z.int(), z.nonnegative(), z.maximum(86400)),
  /** G3: offer to restore what a deactivation switched off. */
  restoreOffer: z.boolean(),
  /** G6: destructive bulk actions on at least this many customers ask for the count to be typed. */
  typedCountFrom: z.number().check(z.int(), z.minimum(2)),
  /** G8: days without interaction after which an active customer is dormant; null switches it off. */
  dormantDays: z.nullable(z.number().check(z.int(), z.positive())),
});

/** A partial policy, as a host may give it: merged over a preset. */
export const PolicyOverridesSchema = /* @__PURE__ */ z.partial(PolicySchema);

