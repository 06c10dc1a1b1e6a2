/** The audit trail: D7 and G7. */
import type { Actor, AuditAction, AuditEntry, CustomerStatus } from '../adapter/types.js';

export interface AuditFacts {
  id: string;
  at: Date;
  actor: Actor;
  action: AuditAction;
  customerId: string;
  from?: CustomerStatus | null;
  to?: CustomerStatus | null;
  reason?: string | null;
  operationId: string;
  cascade?: Partial<AuditEntry['cascade']>;
}

/**
 * D7, G7: one entry per transition — from → to, actor, time, reason,
 * operation id and what cascaded. Restoring is its own entry.
 */
export function auditEntry(facts: AuditFacts): AuditEntry {
  return {
    id: facts.id,
    at: facts.at.toISOString(),
    actor: { ...facts.actor },
    action: facts.action,
    customerId: facts.customerId,
    from: facts.from ?? null,
    to: facts.to ?? null,
    reason: facts.reason?.trim() ? facts.reason.trim() : null,
    operationId: facts.operationId,
    cascade: {
      locations: [...(facts.cascade?.locations ?? [])],
      services: [...(facts.cascade?.services ?? [])],
      invoices: [...(facts.cascade?.invoices ?? [])],
      subscriptions: [...(facts.cascade?.subscriptions ?? [])],
    },
  };
}

/** D7: who deactivated the customer and when, from its trail (the newest deactivation). */
export function lastDeactivation(entries: readonly AuditEntry[]): AuditEntry | undefined {
  // Instants may carry different offsets: compare the moments, not the strings.
  return [...entries].filter((e) => e.action === 'deactivated').sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}
