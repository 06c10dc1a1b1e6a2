/** Building rule checks: allowed or not, with reasons and the way out (G2). */
import type { Check, RuleNotice } from '../adapter/types.js';
import type { FixCode, ReasonCode, RuleId } from './reasons.js';

/** A notice of one rule: why, and the way out (or null). */
export function notice(rule: RuleId, reason: ReasonCode, fix: FixCode | null = null): RuleNotice {
  return { rule, reason, fix };
}

/** Allowed, perhaps with things to know first. */
export function allow(warnings: RuleNotice[] = []): Check {
  return { allowed: true, blockers: [], warnings };
}

/** Not allowed, with every reason. */
export function block(blockers: RuleNotice[], warnings: RuleNotice[] = []): Check {
  return { allowed: false, blockers, warnings };
}

/** Combines checks: allowed only when all are; all reasons kept. */
export function combine(...checks: Check[]): Check {
  const blockers = checks.flatMap((c) => c.blockers);
  const warnings = checks.flatMap((c) => c.warnings);
  return { allowed: blockers.length === 0, blockers, warnings };
}

/** The first blocker of a check, if any. */
export function firstBlocker(check: Check): RuleNotice | undefined {
  return check.blockers[0];
}
