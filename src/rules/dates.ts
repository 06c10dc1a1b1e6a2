/** Calendar helpers for the rules: pure, time-zone free (`YYYY-MM-DD` strings). */

/** The calendar date (UTC) of an instant, as `YYYY-MM-DD`. */
export function toDateString(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (instants); negative when `to` is earlier. */
export function daysBetween(from: Date | string, to: Date | string): number {
  const a = typeof from === 'string' ? Date.parse(from) : from.getTime();
  const b = typeof to === 'string' ? Date.parse(to) : to.getTime();
  return Math.floor((b - a) / 86_400_000);
}

/** `YYYY-MM-DD` comparison: negative, zero or positive. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
