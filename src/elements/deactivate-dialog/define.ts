/**
 * `customer-lifecycle-kit/deactivate-dialog`: registers `<deactivate-dialog>`
 * (skipped if already defined) and exports its class and events.
 */
import { defineElement } from '../define.js';
import { DeactivateDialog } from './deactivate-dialog.js';

export { DeactivateDialog } from './deactivate-dialog.js';
export { LifecycleErrorEvent, type LifecycleErrorDetail } from '../../events/lifecycle-error.js';
export {
  CustomerDeactivatedEvent, CustomerReactivatedEvent, CustomersDeletedEvent, DeactivateDialogCancelEvent, DeactivateDialogClosedEvent,
  DeactivationUndoneEvent, type CustomerDeactivatedDetail, type CustomerReactivatedDetail, type CustomersDeletedDetail,
  type DeactivateDialogCancelDetail, type DeactivateDialogClosedDetail, type DeactivationUndoneDetail,
} from './deactivate-dialog.events.js';
export type { DialogMode } from './deactivate-dialog.flow.js';

defineElement('deactivate-dialog', DeactivateDialog);
