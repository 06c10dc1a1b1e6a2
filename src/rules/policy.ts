/**
 * The lifecycle policy: the domain's options, with the three seeds as
 * presets and the kit's default (the common ground, plus the G-rules on).
 */
import type { Policy, PolicyOverrides } from '../adapter/types.js';

/** The kit's default: everything the seeds agree on, and G1–G8 switched on. */
export const DEFAULT_POLICY: Readonly<Policy> = /* @__PURE__ */ Object.freeze({
  cascade: true,
  deletion: 'inactive-only',
  bulkDeactivate: true,
  bulkDelete: true,
  invoiceHold: true,
  subscriptions: true,
  inactiveListing: 'filter',
  balanceGuard: 'warn',
  reason: 'optional',
  undoSeconds: 30,
  restoreOffer: true,
  typedCountFrom: 2,
  dormantDays: 180,
});

export const PRESET_NAMES = ['default', 'seed-000', 'seed-001', 'seed-002'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The three seeds' products, reproduced. */
export const PRESETS: Readonly<Record<PresetName, Readonly<Policy>>> = /* @__PURE__ */ Object.freeze({
  default: DEFAULT_POLICY,
  /** Seed 000: cascade to locations and services, no delete, no bulk deactivation (D8), separate tab, no restriction (D1). */
  'seed-000': Object.freeze({
    ...DEFAULT_POLICY,
    cascade: true,
    bulkDeactivate: false,
    deletion: 'never',
    bulkDelete: false,
    invoiceHold: false,
    subscriptions: false,
    inactiveListing: 'separate-tab',
    balanceGuard: 'allow',
  }),
  /** Seed 001: no cascade, delete inactive only, bulk delete with select all, separate list. */
  'seed-001': Object.freeze({
    ...DEFAULT_POLICY,
    cascade: false,
    deletion: 'inactive-only',
    bulkDelete: true,
    invoiceHold: false,
    subscriptions: false,
    inactiveListing: 'separate-list',
    balanceGuard: 'allow',
  }),
  /** Seed 002: offer invoice hold and subscription cancel, no cascade between linked records, main list with a filter. */
  'seed-002': Object.freeze({
    ...DEFAULT_POLICY,
    cascade: false,
    invoiceHold: true,
    subscriptions: true,
    inactiveListing: 'filter',
    balanceGuard: 'allow',
  }),
});

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}

/**
 * A full policy from a preset name, or from overrides merged over a base
 * (the default unless given). Overrides must already be parsed
 * (`PolicyOverridesSchema`); `undefined` values are ignored. A string that
 * is not a preset's name (`'__proto__'`, `'toString'`) gives the base.
 */
export function resolvePolicy(
  overrides?: PolicyOverrides | PresetName,
  base: Readonly<Policy> = DEFAULT_POLICY,
): Policy {
  if (overrides === undefined) return { ...base };
  if (typeof overrides === 'string') return { ...(Object.hasOwn(PRESETS, overrides) ? PRESETS[overrides] : base) };
  const merged: Policy = { ...base };
  for (const key of Object.keys(overrides) as (keyof Policy)[]) {
    // Only the policy's own options: an own `__proto__` key (JSON.parse makes one) must not reach the assignment.
    if (!Object.hasOwn(DEFAULT_POLICY, key)) continue;
    const value = overrides[key];
    if (value !== undefined) (merged as Record<keyof Policy, unknown>)[key] = value;
  }
  return merged;
}
