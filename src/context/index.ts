/** Context keys and the consumer controller of `<lifecycle-provider>`. */
export {
  adapterContext, policyContext, localeContext, actorContext, ensureContextRoot, type LocaleContextValue,
} from './contexts.js';
export { AdapterController } from './adapter-controller.js';
export { LifecycleController, UNKNOWN_ACTOR, type LifecycleOptions } from './lifecycle-consumer.js';
