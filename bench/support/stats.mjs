// Medians, spreads, pairwise ratios, and plain-text tables.

/** Median (mean of the middle two for an even count), min, max and count of `values`. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median, min: sorted[0], max: sorted[n - 1], n };
}

/** Each run's ratio a[i] / b[i] (same run, same page), then their summary. */
export function ratios(a, b) {
  if (a.length !== b.length) throw new Error('ratios need the same runs on both sides');
  return summary(a.map((x, i) => x / b[i]));
}

export const ms = (s) => `${fix(s.median)} ms (${fix(s.min)}–${fix(s.max)})`;
export const times = (s) => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
export const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Two significant decimals below 10, one below 100, none above. */
function fix(x) {
  return x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
}

/** Prints `rows` (arrays of cells) under `headers` with aligned columns; numbers-looking cells right-aligned. */
export function printTable(title, headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const right = (text) => /^[\d.,–—×%+\- ()kBmsyesNO/]+$/.test(text) && /\d/.test(text);
  const line = (row) => row.map((c, i) => (right(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}
