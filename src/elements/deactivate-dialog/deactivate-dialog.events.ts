/**
 * The events of `<deactivate-dialog>`, one class each. All bubble and are
 * composed; each is fired only after the user acted and the adapter answered.
 */
import type { LifecycleAction, MutationResult } from '../../adapter/types.js';

/** The detail of `customer-deactivated`. */
export interface CustomerDeactivatedDetail {
  /** The customers that were deactivated (`done`), in the order asked. */
  customerIds: string[];
  /** The adapter's answer: operation id, one outcome per customer, undo deadline (G4). */
  result: MutationResult;
  /** D4: whether their active subscriptions were cancelled too. */
  cancelSubscriptions: boolean;
  /** D5: whether their open invoices were put on hold. */
  holdInvoices: boolean;
  /** G7: the reason given, or null. */
  reason: string | null;
}

/** The detail of `customer-reactivated`. */
export interface CustomerReactivatedDetail {
  /** The customers that were reactivated (`done`). */
  customerIds: string[];
  result: MutationResult;
  /** R4: whether held invoices were released. */
  releaseInvoices: boolean;
  /** G3: whether what the deactivation switched off was restored too. */
  restoreCascade: boolean;
  reason: string | null;
}

/** The detail of `customers-deleted`. */
export interface CustomersDeletedDetail {
  /** The customers that were deleted (`done`). */
  customerIds: string[];
  result: MutationResult;
}

/** The detail of `customer-deactivation-undone`. */
export interface DeactivationUndoneDetail {
  /** The customers that are active again. */
  customerIds: string[];
  /** The operation that was undone. */
  operationId: string;
  result: MutationResult;
}

/** The detail of `deactivate-dialog-cancel`. */
export interface DeactivateDialogCancelDetail {
  /** The action that was offered and not confirmed. */
  action: 'deactivate' | 'reactivate' | 'delete';
  /** The customers it was offered for. */
  customerIds: string[];
}

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** Fired when customers were deactivated (D1–D8). */
export class CustomerDeactivatedEvent extends CustomEvent<CustomerDeactivatedDetail> {
  constructor(detail: CustomerDeactivatedDetail) {
    super('customer-deactivated', init(detail));
  }
}

/** Fired when customers were reactivated (R1–R5, G3). */
export class CustomerReactivatedEvent extends CustomEvent<CustomerReactivatedDetail> {
  constructor(detail: CustomerReactivatedDetail) {
    super('customer-reactivated', init(detail));
  }
}

/** Fired when customers were deleted (X1–X3). */
export class CustomersDeletedEvent extends CustomEvent<CustomersDeletedDetail> {
  constructor(detail: CustomersDeletedDetail) {
    super('customers-deleted', init(detail));
  }
}

/** Fired when a deactivation was undone within its grace period (G4). */
export class DeactivationUndoneEvent extends CustomEvent<DeactivationUndoneDetail> {
  constructor(detail: DeactivationUndoneDetail) {
    super('customer-deactivation-undone', init(detail));
  }
}

/** Fired when the user dismissed the dialog without confirming (Cancel, Escape). */
export class DeactivateDialogCancelEvent extends CustomEvent<DeactivateDialogCancelDetail> {
  constructor(detail: DeactivateDialogCancelDetail) {
    super('deactivate-dialog-cancel', init(detail));
  }
}

/** The detail of `deactivate-dialog-closed`. */
export interface DeactivateDialogClosedDetail {
  /**
   * Whether focus went back to the element that opened the dialog. `false`
   * when that element is gone or can no longer take focus (a deleted row, a
   * closed menu): the host then moves focus to where the work goes on.
   */
  focusReturned: boolean;
}

/** Fired when the user closed the dialog (Cancel, Escape, Close), after any outcome event. */
export class DeactivateDialogClosedEvent extends CustomEvent<DeactivateDialogClosedDetail> {
  constructor(detail: DeactivateDialogClosedDetail) {
    super('deactivate-dialog-closed', init(detail));
  }
}

/**
 * The event that reports a finished action — `customer-deactivated`, `customer-reactivated` or
 * `customers-deleted` — with what the user chose.
 */
export function doneEvent(
  action: LifecycleAction,
  result: MutationResult,
  customerIds: string[],
  c: { cancelSubscriptions: boolean; holdInvoices: boolean; releaseInvoices: boolean; restoreCascade: boolean; reason: string },
): CustomerDeactivatedEvent | CustomerReactivatedEvent | CustomersDeletedEvent {
  const reason = c.reason.trim() || null;
  return action === 'deactivate'
    ? new CustomerDeactivatedEvent({ customerIds, result, cancelSubscriptions: c.cancelSubscriptions, holdInvoices: c.holdInvoices, reason })
    : action === 'reactivate'
      ? new CustomerReactivatedEvent({ customerIds, result, releaseInvoices: c.releaseInvoices, restoreCascade: c.restoreCascade, reason })
      : new CustomersDeletedEvent({ customerIds, result });
}

declare global {
  interface HTMLElementEventMap {
    'customer-deactivated': CustomerDeactivatedEvent;
    'customer-reactivated': CustomerReactivatedEvent;
    'customers-deleted': CustomersDeletedEvent;
    'customer-deactivation-undone': DeactivationUndoneEvent;
    'deactivate-dialog-cancel': DeactivateDialogCancelEvent;
    'deactivate-dialog-closed': DeactivateDialogClosedEvent;
  }
}
