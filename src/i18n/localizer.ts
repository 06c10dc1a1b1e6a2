/**
 * A `Localizer`: messages and `Intl` formatting for one locale, with the
 * English fallback given (so an element can carry only its own messages).
 * Elements get one through `ElementLocalizer`; hosts build one with
 * `createLocalizer` (`host.ts`, the whole English catalogue as fallback).
 */
import type { Money } from '../adapter/types.js';
import type { Catalog, MessageKey } from './en.js';
import { hostOverrides, loadedCatalog, own, type MessageOverrides } from './catalogs.js';
import { isolate } from './bidi.js';
import { cached, formatMessage, type MessageParams } from './format.js';
import type { Locale } from './locale.js';

/** A date: ISO calendar date (`2026-03-01`), ISO instant, epoch milliseconds or `Date`. */
export type DateInput = string | number | Date;

/** Messages and formatting in one locale. */
export interface Localizer {
  /** The locale whose messages are shown. */
  readonly locale: Locale;
  /** The message `key`, filled with `params` (overrides win over the catalogue). */
  t(key: MessageKey, params?: MessageParams): string;
  /** A date (default `dateStyle: 'medium'`); an ISO calendar date is never shifted by time zone. */
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  /** A date and time (default `dateStyle: 'medium', timeStyle: 'short'`). */
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  /** An amount of money in its currency. */
  formatMoney(money: Money, options?: Intl.NumberFormatOptions): string;
  /** A number. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** A list: "a, b and c" / "a, b y c"; each item bidi-isolated where it needs it (see `isolate`). */
  formatList(items: Iterable<string>, options?: Intl.ListFormatOptions): string;
}

/** What `createLocalizer` may be given beyond the locale. */
export interface LocalizerOptions {
  /** The catalogue (default: the loaded one of `locale`, else English). */
  catalog?: Partial<Catalog>;
  /** Messages that win over the host's `setMessages` and the catalogue. */
  overrides?: MessageOverrides;
  /** The BCP 47 tag for `Intl` (e.g. `'es-MX'`; default: `locale`). */
  intlLocale?: string;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tries `format`; on a `RangeError`/`TypeError` from `Intl` (bad currency, bad options) returns `fallback`. */
function safely(format: () => string, fallback: () => string): string {
  try {
    return format();
  } catch {
    return fallback();
  }
}

/** `Intl` formatters by kind, locale and options: a form of 10,000 services formats 10,000 dates a render. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const formatter = <F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, locale: string, options: object, make: () => F): F =>
  cached(formatters, `${kind} ${locale} ${JSON.stringify(options)}`, make) as F;

/**
 * Builds a `Localizer` for `locale` whose English is `english` (an element's
 * own messages, or the whole catalogue): the base of `createLocalizer`.
 */
export function localizerFor(english: Partial<Catalog>, locale: Locale, options: LocalizerOptions = {}): Localizer {
  const catalog: Partial<Catalog> = options.catalog ?? loadedCatalog(locale) ?? english;
  const overrides = options.overrides ?? {};
  const intl = options.intlLocale ?? locale;

  const formatDates = (value: DateInput, defaults: Intl.DateTimeFormatOptions, options?: Intl.DateTimeFormatOptions): string => {
    const day = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
    const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    const zone: Intl.DateTimeFormatOptions = day ? { timeZone: 'UTC' } : {};
    const opts = { ...zone, ...(options ?? defaults) };
    return safely(
      () => formatter('date', intl, opts, () => new Intl.DateTimeFormat(intl, opts)).format(date),
      () => date.toISOString(),
    );
  };

  return {
    locale,
    t: (key, params) =>
      formatMessage(own(overrides, key) ?? own(hostOverrides(locale), key) ?? own(catalog, key) ?? own(english, key) ?? key, params, intl),
    formatDate: (value, opts) => formatDates(value, { dateStyle: 'medium' }, opts),
    formatDateTime: (value, opts) => formatDates(value, { dateStyle: 'medium', timeStyle: 'short' }, opts),
    formatMoney: (money, opts) =>
      safely(
        () => {
          const options = { style: 'currency', currency: money.currency, ...opts } as const;
          return formatter('number', intl, options, () => new Intl.NumberFormat(intl, options)).format(money.amount);
        },
        () => `${money.amount} ${money.currency}`,
      ),
    formatNumber: (value, opts = {}) => safely(() => formatter('number', intl, opts, () => new Intl.NumberFormat(intl, opts)).format(value), () => String(value)),
    formatList: (items, opts) => {
      const isolated = [...items].map(isolate);
      return safely(() => new Intl.ListFormat(intl, { type: 'conjunction', ...opts }).format(isolated), () => isolated.join(', '));
    },
  };
}
