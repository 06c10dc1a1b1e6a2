/**
 * `customer-lifecycle-kit/i18n`: the kit's words for a host's own page.
 * English built in, Spanish loaded on demand (`loadCatalog`), every message
 * overridable (`setMessages`), dates, money, numbers and lists formatted with
 * `Intl`, and any `LifecycleError` in words (`describeError`).
 */
export { en, type Catalog, type MessageKey } from './en.js';
export { LOCALES, isLocale, toLocale, nearestLang, resolveLocale, type Locale } from './locale.js';
export { formatMessage, type MessageParams } from './format.js';
export { isolate } from './bidi.js';
export { loadCatalog, loadedCatalog, hostOverrides, onMessagesChange, type MessageOverrides } from './catalogs.js';
export { createLocalizer, isMessageKey, setMessages, toOverrides } from './host.js';
export type { DateInput, Localizer, LocalizerOptions } from './localizer.js';
export { describeError, fixText, reasonText } from './describe-error.js';
