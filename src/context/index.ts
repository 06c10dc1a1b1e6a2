/** Context keys and the one controller that reads `<lifecycle-provider>`. */
export {
  adapterContext, policyContext, localeContext, actorContext, timeoutContext, ensureContextRoot, type LocaleContextValue,
} from './contexts.js';
export { LifecycleController, UNKNOWN_ACTOR, type LifecycleOptions } from './lifecycle-controller.js';
