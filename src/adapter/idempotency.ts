/**
 * Idempotency keys: one per intent. A retry of the same intent (the same
 * payload) reuses its key, so the adapter can answer it without acting twice;
 * any other payload — other ids, other options, another customer, an undo
 * instead of a deactivation — gets a key of its own.
 */

/** A random version-4 UUID; `crypto.randomUUID` where the page has it (secure contexts), else from `getRandomValues` (every page). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The keys of the intents since the last settled one: an intent sent again —
 * retried, or come back to after trying another — gets its first key again.
 */
export class IntentKey {
  private readonly keys = new Map<string, string>();

  /** The key for `intent` (plain data): the same for an equal intent, a new one for any other. */
  for(intent: unknown): string {
    const text = JSON.stringify(intent);
    let key = this.keys.get(text);
    if (!key) {
      key = newKey();
      this.keys.set(text, key);
    }
    return key;
  }

  /** The intent is settled (done, or refused without acting): every intent after it gets a new key, even an equal one. */
  clear(): void {
    this.keys.clear();
  }
}
