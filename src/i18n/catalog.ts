/**
 * Catalogues and host overrides. English is bundled; Spanish is loaded with a
 * dynamic `import()` the first time it is asked for, once. Hosts can override
 * any message per locale with `setMessages`; elements listen for changes.
 */
import { en, type Catalog, type MessageKey } from './en.js';
import type { Locale } from './locale.js';
import { loadCatalog as load, loadedCatalog as registered, storeHostMessages, type MessageOverrides } from './registry.js';

export { hostOverrides, onMessagesChange, type MessageOverrides } from './registry.js';

/** Whether `key` is a message key of the kit. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/**
 * The catalogue of `locale`, loading it on first use (cached; a failed load
 * is retried on the next call).
 */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  return locale === 'en' ? Promise.resolve(en) : load(locale);
}

/** The catalogue of `locale` if it has already loaded, else undefined. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return locale === 'en' ? en : registered(locale);
}

/**
 * Keeps the entries of a host's value that are known keys with string
 * values; warns about the rest. Anything that is not an object gives `{}`.
 */
export function toOverrides(value: unknown, source = 'messages'): MessageOverrides {
  if (typeof value !== 'object' || value === null) return {};
  const kept: [MessageKey, string][] = [];
  for (const [key, text] of Object.entries(value)) {
    if (isMessageKey(key) && typeof text === 'string') kept.push([key, text]);
    else console.warn(`customer-lifecycle-kit: ${source}: ignored "${key}" (unknown key or not a string).`);
  }
  // Defined, not assigned: an assignment would run a setter (or meet a getter) that Object.prototype has for the key.
  return Object.fromEntries(kept);
}

/**
 * Replaces the host's overrides for `locale` (pass `{}` to clear them).
 * Connected elements re-render.
 */
export function setMessages(locale: Locale, overrides: MessageOverrides): void {
  storeHostMessages(locale, toOverrides(overrides, `setMessages('${locale}')`));
}
