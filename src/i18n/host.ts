/**
 * What a host uses to show the kit's words on its own page, with the whole
 * English catalogue: `createLocalizer`, `isMessageKey`, and `setMessages` to
 * replace any message per locale (connected elements re-render).
 */
import { en } from './en.js';
import type { MessageKey } from './en.js';
import { loadedCatalog, pickOverrides, storeHostMessages, type MessageOverrides } from './catalogs.js';
import type { Locale } from './locale.js';
import { localizerFor, type Localizer, type LocalizerOptions } from './localizer.js';

/** Whether `key` is a message key of the kit. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/**
 * Builds a `Localizer` for `locale`, with the whole English catalogue as its
 * fallback. For Spanish, `await loadCatalog('es')` first (until then it speaks English).
 */
export function createLocalizer(locale: Locale, options: LocalizerOptions = {}): Localizer {
  return localizerFor(en, locale, { ...options, catalog: options.catalog ?? (locale === 'en' ? en : loadedCatalog(locale)) });
}

/**
 * Keeps the entries of a host's value that are known keys with string
 * values; warns about the rest. Anything that is not an object gives `{}`.
 */
export function toOverrides(value: unknown, source = 'messages'): MessageOverrides {
  return pickOverrides(value, en, source);
}

/**
 * Replaces the host's overrides for `locale` (pass `{}` to clear them).
 * Connected elements re-render.
 */
export function setMessages(locale: Locale, overrides: MessageOverrides): void {
  storeHostMessages(locale, toOverrides(overrides, `setMessages('${locale}')`));
}
