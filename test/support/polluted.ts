/** A value for `polluted`: the key becomes a getter that throws on read and has no setter, so assigning it throws too. */
export const THROWS = Symbol('throws');

/**
 * Runs `body` with `Object.prototype` extended as a page's other scripts might: each entry an
 * enumerable value (as a plain assignment makes), or for `THROWS` a non-enumerable getter that
 * throws on read and refuses assignment. Removes them all after, even when `body` fails.
 */
export async function polluted<T>(entries: Readonly<Record<string, unknown>>, body: () => Promise<T> | T): Promise<T> {
  const proto = Object.prototype as Record<string, unknown>;
  const keys = Object.keys(entries);
  for (const key of keys) {
    if (entries[key] === THROWS) {
      Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
          throw new Error(`read Object.prototype[${JSON.stringify(key)}]: an inherited key was taken for an own one`);
        },
      });
    } else proto[key] = entries[key];
  }
  try {
    return await body();
  } finally {
    for (const key of keys) delete proto[key];
  }
}
