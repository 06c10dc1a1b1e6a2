/**
 * `customer-lifecycle-kit/customer-status-badge`: registers
 * `<customer-status-badge>` (skipped if already defined) and exports its class.
 */
import { defineElement } from '../define.js';
import { CustomerStatusBadge } from './customer-status-badge.js';

export { CustomerStatusBadge } from './customer-status-badge.js';

defineElement('customer-status-badge', CustomerStatusBadge);
