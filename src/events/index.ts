/** The events the kit's elements fire, one class each. */
export { LifecycleErrorEvent, type LifecycleErrorDetail } from './lifecycle-error.js';
