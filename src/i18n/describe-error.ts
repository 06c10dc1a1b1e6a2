/**
 * An error in the kit's words, the same in every element and on a host's
 * page: a rule's refusal says why and the way out (G2); a change whose
 * outcome is unknown says so (it may or may not have been made); any other
 * error says what went wrong by its code. Never a key, never the error's
 * own (English, technical) message.
 */
import { outcomeUnknown } from '../adapter/errors.js';
import { FIX_CODES, fixFor, REASON_CODES } from '../rules/reasons.js';
import type { MessageKey } from './en.js';
import type { MessageParams } from './format.js';

/** What `describeError` needs of a `Localizer`. */
interface Translate {
  t(key: MessageKey, params?: MessageParams): string;
}

const known = (list: readonly string[], code: string | null | undefined): code is string => !!code && list.includes(code);

/** The words of a rule's reason; an unknown one (from a host's adapter) reads as a plain refusal. */
export function reasonText(l: Translate, reason: string | undefined): string {
  return known(REASON_CODES, reason) ? l.t(`reason.${reason}` as MessageKey) : l.t('error.rule-violation');
}

/** The way out of a rule's refusal, or `''` when there is none the kit has words for. */
export function fixText(l: Translate, fix: string | null | undefined): string {
  return known(FIX_CODES, fix) ? l.t(`fix.${fix}` as MessageKey) : '';
}

/** What `describeError` reads of an error: a `LifecycleError`, or the `error` of a failed `Outcome`. */
export interface DescribedError {
  readonly code: string;
  readonly reason?: string | undefined;
  readonly operation?: string | undefined;
}

/** What went wrong, in words (see the module's comment). */
export function describeError(l: Translate, error: DescribedError): string {
  if (outcomeUnknown(error)) return l.t('error.timeout-change');
  if (error.code === 'rule-violation' || known(REASON_CODES, error.reason)) {
    return [reasonText(l, error.reason), fixText(l, error.reason ? fixFor(error.reason) : null)].filter(Boolean).join(' ');
  }
  const key = `error.${error.code}`;
  const text = l.t(key as MessageKey);
  return text === key ? l.t('error.unknown') : text;
}
