/**
 * User text (a name, a reason, a label) inside the kit's sentences is
 * bidi-isolated, so that a right-to-left name or one with an unclosed U+202E
 * cannot reorder the words around it. `isolate` wraps such text in FSI … PDI
 * (U+2068 … U+2069) and returns any other text as it is: plain Latin, and
 * text already isolated, stay byte-identical.
 */

/**
 * A right-to-left letter (the Hebrew to Arabic Extended-A blocks: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
 * Mandaic; their presentation forms; the right-to-left blocks beyond the BMP) or an explicit bidi formatting
 * character (`Bidi_Control`: ALM, LRM, RLM, LRE…RLO and PDF, LRI…PDI).
 */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\p{Bidi_C}]/u;

/**
 * `text`, isolated from the sentence it goes into when it has to be: when,
 * outside isolates of its own, it holds a right-to-left letter or a bidi
 * control. Its own isolates are balanced inside ours (an unclosed one is
 * closed, a stray PDI gets an opener), so nothing in it can end ours early.
 */
export function isolate(text: string): string {
  if (!BIDI.test(text)) return text;
  let open = 0;
  let stray = 0;
  let bare = false;
  for (const c of text) {
    // LRI, RLI, FSI open an isolate; PDI closes the last one open.
    if (c >= '\u2066' && c <= '\u2068') open++;
    else if (c === '\u2069' && open) open--;
    else if (c === '\u2069') stray++;
    else bare ||= !open && BIDI.test(c);
  }
  return bare || open || stray ? `${'\u2068'.repeat(1 + stray)}${text}${'\u2069'.repeat(1 + open)}` : text;
}
