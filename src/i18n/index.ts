/**
 * The localisation layer: English built in, Spanish loaded on demand, the
 * locale read from the nearest `lang`, every message overridable by the host,
 * dates, money, numbers and lists formatted with `Intl`.
 */
export { en, type Catalog, type MessageKey } from './en.js';
export { LOCALES, isLocale, toLocale, nearestLang, resolveLocale, type Locale } from './locale.js';
export { formatMessage, type MessageParams } from './format.js';
export { isolate } from './bidi.js';
export {
  isMessageKey, loadCatalog, loadedCatalog, setMessages, hostOverrides, onMessagesChange, toOverrides,
  type MessageOverrides,
} from './catalog.js';
export { createLocalizer, type DateInput, type Localizer, type LocalizerOptions } from './localizer.js';
export { LocalizeController, LocalizeCore, type LocalizeOptions } from './localize-controller.js';
export { createLocalizerWith } from './localizer-core.js';
