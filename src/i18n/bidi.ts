/**
 * User text (a name, a reason, a label) inside the kit's sentences is
 * bidi-isolated, so that a right-to-left name or one with an unclosed U+202E
 * cannot reorder the words around it. `isolate` wraps such text in FSI … PDI
 * (U+2068 … U+2069) and returns any other text as it is: plain Latin, and
 * text already isolated, stay byte-identical.
 */

/** A right-to-left letter: the Hebrew to Arabic Extended-A blocks (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic), their presentation forms, and the right-to-left blocks beyond the BMP. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** An explicit bidi formatting character: ALM, LRM, RLM, LRE…RLO and PDF, LRI…PDI. */
const CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const FSI = '\u2068';
const PDI = '\u2069';
const isInitiator = (c: string) => c === '\u2066' || c === '\u2067' || c === FSI;

/**
 * `text`, isolated from the sentence it goes into when it has to be: when,
 * outside isolates of its own, it holds a right-to-left letter or a bidi
 * control. Its own isolates are balanced inside ours (an unclosed one is
 * closed, a stray PDI gets an opener), so nothing in it can end ours early.
 */
export function isolate(text: string): string {
  if (!CONTROL.test(text) && !RTL.test(text)) return text;
  let open = 0;
  let stray = 0;
  let needed = false;
  for (const c of text) {
    if (isInitiator(c)) open++;
    else if (c === PDI && open > 0) open--;
    else if (c === PDI) stray++;
    else if (open === 0 && (CONTROL.test(c) || RTL.test(c))) needed = true;
  }
  if (!needed && open === 0 && stray === 0) return text;
  return `${FSI.repeat(1 + stray)}${text}${PDI.repeat(open + 1)}`;
}
