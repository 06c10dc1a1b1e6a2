/**
 * Which language an element speaks: the nearest `lang` attribute, walking up
 * through shadow roots to their hosts, then the document's `lang`, then the
 * browser's language, then English.
 */

/** The built-in locales. */
export const LOCALES = ['en', 'es'] as const;

/** A built-in locale. */
export type Locale = (typeof LOCALES)[number];

/** Whether `value` is a built-in locale (`'en'` or `'es'`, exactly). */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/** The built-in locale of a BCP 47 tag (`'es-MX'` → `'es'`), or undefined when there is none. */
export function toLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * The language tag that applies to `el`: its nearest non-empty `lang`
 * (through shadow roots), else the document's, else `navigator.language`, else `'en'`.
 */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? 'en';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return el.ownerDocument.documentElement.lang || globalThis.navigator?.language || 'en';
}

/** The built-in locale for `el` (see `nearestLang`); a language the kit lacks gives `'en'`. */
export function resolveLocale(el: Element): Locale {
  return toLocale(nearestLang(el)) ?? 'en';
}

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in `doc` (one
 * MutationObserver shared by every element); returns the unsubscribe.
 */
export function watchLang(listener: () => void, doc: Document): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((l) => l()));
    langObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
