/**
 * customer-lifecycle-kit — the package root. Importing it registers no
 * element: it exports the contract, the errors, the boundary and the rules.
 * Each element's own module registers its tag.
 */
export * from './adapter/index.js';
export * as rules from './rules/index.js';
export { DEFAULT_POLICY, PRESETS, PRESET_NAMES, resolvePolicy, type PresetName } from './rules/policy.js';
export { setMessages } from './i18n/host.js';
export type { MessageOverrides } from './i18n/catalogs.js';
export type { MessageKey } from './i18n/en.js';
export type { Locale } from './i18n/locale.js';
export * from './events/index.js';
export { LifecycleProvider } from './elements/lifecycle-provider/lifecycle-provider.js';
export { CustomerStatusBadge } from './elements/customer-status-badge/customer-status-badge.js';
export { InactiveFilter } from './elements/inactive-filter/inactive-filter.js';
export { InactiveFilterChangeEvent, type InactiveFilterChangeDetail, type FilterCriteria } from './elements/inactive-filter/inactive-filter.events.js';
export { DeactivateDialog } from './elements/deactivate-dialog/deactivate-dialog.js';
export {
  CustomerDeactivatedEvent, CustomerReactivatedEvent, CustomersDeletedEvent, DeactivateDialogCancelEvent, DeactivateDialogClosedEvent,
  DeactivationUndoneEvent, type CustomerDeactivatedDetail, type CustomerReactivatedDetail, type CustomersDeletedDetail,
  type DeactivateDialogCancelDetail, type DeactivateDialogClosedDetail, type DeactivationUndoneDetail,
} from './elements/deactivate-dialog/deactivate-dialog.events.js';
export { ServiceReactivateForm } from './elements/service-reactivate-form/service-reactivate-form.js';
export {
  InvoicesReleasedEvent, LocationReactivatedEvent, ReactivateCustomerRequestedEvent, ServiceFormDirtyChangeEvent,
  ServicesReactivatedEvent, type InvoicesReleasedDetail, type LocationReactivatedDetail, type ReactivateCustomerRequestedDetail,
  type ServiceFormDirtyChangeDetail, type ServicesReactivatedDetail,
} from './elements/service-reactivate-form/service-reactivate-form.events.js';
