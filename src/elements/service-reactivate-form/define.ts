/**
 * `customer-lifecycle-kit/service-reactivate-form`: registers
 * `<service-reactivate-form>` (skipped if already defined) and exports its
 * class and events.
 */
import { defineElement } from '../define.js';
import { ServiceReactivateForm } from './service-reactivate-form.js';

export { ServiceReactivateForm } from './service-reactivate-form.js';
export { LifecycleErrorEvent, type LifecycleErrorDetail } from '../../events/lifecycle-error.js';
export {
  InvoicesReleasedEvent, LocationReactivatedEvent, ReactivateCustomerRequestedEvent, ServiceFormDirtyChangeEvent,
  ServicesReactivatedEvent, type InvoicesReleasedDetail, type LocationReactivatedDetail, type ReactivateCustomerRequestedDetail,
  type ServiceFormDirtyChangeDetail, type ServicesReactivatedDetail,
} from './service-reactivate-form.events.js';

defineElement('service-reactivate-form', ServiceReactivateForm);
