/**
 * `customer-lifecycle-kit/testing/msw`: msw handlers serving the REST contract
 * of the HTTP adapter from a memory adapter, with switchable faults. Needs
 * `msw` (2.x) installed by the host.
 */
export { createLifecycleHandlers, type LifecycleHandlers, type LifecycleHandlersOptions } from './handlers.js';
export { FAULT_KINDS, type FaultKind, type FaultSettings, type FaultState, type Faults } from './faults.js';
