/**
 * `customer-lifecycle-kit/customer-status-badge`: registers
 * `<customer-status-badge>` (skipped if already defined) and exports its class and its event.
 */
import { defineElement } from '../define.js';
import { CustomerStatusBadge } from './customer-status-badge.js';

export { CustomerStatusBadge } from './customer-status-badge.js';
export { LifecycleErrorEvent, type LifecycleErrorDetail } from '../../events/lifecycle-error.js';

defineElement('customer-status-badge', CustomerStatusBadge);
