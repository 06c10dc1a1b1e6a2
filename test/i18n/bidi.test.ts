/**
 * Bidi isolation of user text in the localisation layer: `isolate`, and the
 * sentences `t()` and `formatList` build around a name.
 */
import { expect } from '@open-wc/testing';
import { createLocalizer, formatMessage, isolate } from '../../src/i18n/index.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

describe('isolate', () => {
  it('returns Latin, accented and CJK text unchanged', () => {
    for (const text of ['', 'Acme Ltd', 'José Müller-Øster', 'Ωmega 株式会社 😀', 'a\u0301\u0301', '12:30 p.m.']) {
      expect(isolate(text), text).to.equal(text);
    }
  });

  it('isolates Hebrew, Arabic, Syriac, Thaana and NKo text', () => {
    for (const text of ['חברת אור', 'شركة النور', 'ܫܠܡܐ', 'ދިވެހި', 'ߒߞߏ', 'Acme שלום']) {
      expect(isolate(text), text).to.equal(`${FSI}${text}${PDI}`);
    }
  });

  it('isolates right-to-left letters beyond the BMP (Adlam, Phoenician)', () => {
    for (const text of ['𞤀𞤣𞤤𞤢𞤥', '𐤀𐤁𐤂']) expect(isolate(text), text).to.equal(`${FSI}${text}${PDI}`);
  });

  it('isolates every explicit bidi control, even in Latin text', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', RLO, '\u200E', '\u200F', '\u061C']) {
      expect(isolate(`a${c}b`), c.codePointAt(0)!.toString(16)).to.equal(`${FSI}a${c}b${PDI}`);
    }
  });

  it('leaves text that is already isolated as it is', () => {
    for (const text of [`${FSI}${RLO}evil${PDI}`, `\u2067שלום${PDI} and ${FSI}x${PDI}`]) expect(isolate(text)).to.equal(text);
  });

  it('closes an isolate the text opens and leaves open, so that it cannot swallow the PDI that ends ours', () => {
    expect(isolate('\u2067evil')).to.equal(`${FSI}\u2067evil${PDI}${PDI}`);
    expect(isolate(`${FSI}${FSI}a${PDI}`)).to.equal(`${FSI}${FSI}${FSI}a${PDI}${PDI}${PDI}`);
  });

  it('gives a stray PDI an isolate of its own to close, so that it cannot end ours early', () => {
    expect(isolate(`a${PDI}${RLO}b`)).to.equal(`${FSI}${FSI}a${PDI}${RLO}b${PDI}`);
  });

  it('is idempotent', () => {
    for (const text of ['Acme', 'شركة', `${RLO}evil`, `a${PDI}b`, '\u2067x']) expect(isolate(isolate(text))).to.equal(isolate(text));
  });
});

describe('user text in messages', () => {
  const l = createLocalizer('en');

  it('isolates a name with an unclosed U+202E, so that the rest of the sentence reads in order', () => {
    expect(l.t('dialog.title.deactivate', { name: `${RLO}evil` })).to.equal(`Deactivate ${FSI}${RLO}evil${PDI}?`);
    expect(formatMessage('{name} by {actor}.', { name: 'שלום', actor: 'Ana' })).to.equal(`${FSI}שלום${PDI} by Ana.`);
  });

  it('leaves a Latin name and formatted numbers byte-identical', () => {
    expect(l.t('dialog.title.deactivate', { name: 'Acme Ltd' })).to.equal('Deactivate Acme Ltd?');
    expect(l.t('dialog.more', { names: 'a, b, c', count: 1234 })).to.equal('a, b, c and 1,234 more');
  });

  it('isolates each name of a list, and the list once, not twice, inside a sentence', () => {
    const list = l.formatList(['Acme', 'شركة', `${RLO}x`]);
    expect(list).to.equal(`Acme, ${FSI}شركة${PDI}, and ${FSI}${RLO}x${PDI}`);
    expect(l.t('dialog.linked', { names: list })).to.equal(`Linked contacts and companies stay as they are: ${list}.`);
    expect(l.formatList(['Ana', 'Bo'])).to.equal('Ana and Bo');
  });
});
