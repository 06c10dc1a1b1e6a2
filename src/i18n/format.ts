/**
 * The message format, kept tiny because it ships in every element:
 * `{name}` is a parameter, `{count, plural, =0 {…} one {…} other {…}}` picks a
 * branch by exact value, then by `Intl.PluralRules`, then `other`; `#` in a
 * branch is the formatted number. A branch may hold `{name}` parameters.
 * A string parameter is user text (a name, a reason): it is bidi-isolated
 * where it needs to be (`isolate`), so it cannot reorder the sentence.
 */
import { isolate } from './bidi.js';

/** Values for a message's placeholders. Numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

const BRANCH_TEXT = String.raw`(?:[^{}]|\{\w+\})*`;
const PLURAL = new RegExp(String.raw`\{(\w+),\s*plural,((?:\s*(?:=\d+|\w+)\s*\{${BRANCH_TEXT}\})+)\s*\}`, 'g');
const BRANCH = new RegExp(String.raw`(=\d+|\w+)\s*\{(${BRANCH_TEXT})\}`, 'g');
const PARAM = /\{(\w+)\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `map`'s value for `key`, made by `make` the first time: an `Intl` object is costly to build, cheap to reuse. */
export function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * Fills `template` for `locale` (a BCP 47 tag). A placeholder without a value
 * is left as written, so a missing parameter shows up in review, not as a blank.
 */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  const show = (value: string | number): string =>
    typeof value === 'number' ? cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value) : isolate(value);
  return template
    .replace(PLURAL, (whole: string, name: string, body: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      if (typeof value !== 'number') return whole;
      const branches = new Map<string, string>();
      for (const match of body.matchAll(BRANCH)) branches.set(match[1] ?? '', match[2] ?? '');
      const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(value);
      const text = branches.get(`=${value}`) ?? branches.get(category) ?? branches.get('other') ?? '';
      return text.replace(/#/g, show(value));
    })
    .replace(PARAM, (whole: string, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      return value === undefined ? whole : show(value);
    });
}
