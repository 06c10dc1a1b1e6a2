/**
 * A `Localizer`: messages and `Intl` formatting for one locale. Elements get
 * one from `LocalizeController`; other code can build one with
 * `createLocalizer` after `await loadCatalog(locale)`.
 */
import { en } from './en.js';
import type { Locale } from './locale.js';
import { createLocalizerWith, type Localizer, type LocalizerOptions } from './localizer-core.js';

export type { DateInput, Localizer, LocalizerOptions } from './localizer-core.js';

/** Builds a `Localizer` for `locale`, with the whole English catalogue as its fallback. */
export function createLocalizer(locale: Locale, options: LocalizerOptions = {}): Localizer {
  return createLocalizerWith(en, locale, { ...options, catalog: options.catalog ?? (locale === 'en' ? en : undefined) });
}
