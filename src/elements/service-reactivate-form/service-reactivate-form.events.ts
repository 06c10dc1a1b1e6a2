/** The events of `<service-reactivate-form>`: all bubble and are composed. */
import type { MutationResult } from '../../adapter/types.js';

const init = { bubbles: true, composed: true };

/** The detail of `reactivate-customer-requested`. */
export interface ReactivateCustomerRequestedDetail {
  customerId: string;
}

/** R2/G2: the user asked to reactivate the customer first; the host (or a `<deactivate-dialog>`) answers. */
export class ReactivateCustomerRequestedEvent extends CustomEvent<ReactivateCustomerRequestedDetail> {
  constructor(detail: ReactivateCustomerRequestedDetail) {
    super('reactivate-customer-requested', { detail, ...init });
  }
}

/** The detail of `location-reactivated`. */
export interface LocationReactivatedDetail {
  customerId: string;
  locationId: string;
  result: MutationResult;
}

/** R2: a location was reactivated. */
export class LocationReactivatedEvent extends CustomEvent<LocationReactivatedDetail> {
  constructor(detail: LocationReactivatedDetail) {
    super('location-reactivated', { detail, ...init });
  }
}

/** The detail of `services-reactivated`. */
export interface ServicesReactivatedDetail {
  customerId: string;
  /** The services that are active now (outcome `done`). */
  serviceIds: string[];
  /** Every outcome, per service. */
  result: MutationResult;
}

/** R3: Save finished; some services may have been blocked or have failed (see `result`). */
export class ServicesReactivatedEvent extends CustomEvent<ServicesReactivatedDetail> {
  constructor(detail: ServicesReactivatedDetail) {
    super('services-reactivated', { detail, ...init });
  }
}

/** The detail of `invoices-released`. */
export interface InvoicesReleasedDetail {
  customerId: string;
  /** The invoices no longer on hold now (outcome `done`). */
  invoiceIds: string[];
  /** Every outcome, per invoice. */
  result: MutationResult;
}

/** R4: invoices on hold were released by hand ("ya no está en espera"); some may have been blocked or have failed (see `result`). */
export class InvoicesReleasedEvent extends CustomEvent<InvoicesReleasedDetail> {
  constructor(detail: InvoicesReleasedDetail) {
    super('invoices-released', { detail, ...init });
  }
}

/** The detail of `service-form-dirty-change`. */
export interface ServiceFormDirtyChangeDetail {
  dirty: boolean;
}

/** The draft gained or lost unsaved changes, through the user's edits or a Save. */
export class ServiceFormDirtyChangeEvent extends CustomEvent<ServiceFormDirtyChangeDetail> {
  constructor(detail: ServiceFormDirtyChangeDetail) {
    super('service-form-dirty-change', { detail, ...init });
  }
}

declare global {
  interface HTMLElementEventMap {
    'reactivate-customer-requested': ReactivateCustomerRequestedEvent;
    'location-reactivated': LocationReactivatedEvent;
    'services-reactivated': ServicesReactivatedEvent;
    'invoices-released': InvoicesReleasedEvent;
    'service-form-dirty-change': ServiceFormDirtyChangeEvent;
  }
}
