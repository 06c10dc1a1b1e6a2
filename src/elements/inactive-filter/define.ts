/**
 * `customer-lifecycle-kit/inactive-filter`: registers `<inactive-filter>`
 * (skipped if already defined) and exports its class and events.
 */
import { defineElement } from '../define.js';
import { InactiveFilter } from './inactive-filter.js';

export { InactiveFilter } from './inactive-filter.js';
export { LifecycleErrorEvent, type LifecycleErrorDetail } from '../../events/lifecycle-error.js';
export { InactiveFilterChangeEvent, type InactiveFilterChangeDetail, type FilterCriteria } from './inactive-filter.events.js';

defineElement('inactive-filter', InactiveFilter);
