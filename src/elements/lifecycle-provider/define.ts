/**
 * `customer-lifecycle-kit/lifecycle-provider`: registers `<lifecycle-provider>`
 * (skipped if already defined) and exports its class.
 */
import { defineElement } from '../define.js';
import { LifecycleProvider } from './lifecycle-provider.js';

export { LifecycleProvider } from './lifecycle-provider.js';

defineElement('lifecycle-provider', LifecycleProvider);
