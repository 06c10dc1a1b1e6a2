import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { tokens, vars } from '../../src/styles/tokens.js';
import { capabilities, requireCommand } from '../support/capabilities.js';

/** An element styled with the kit's tokens, as every element of the kit is. */
class TokenProbe extends LitElement {
  static override styles = [tokens, css`:host { display: block; color: ${vars['color-text']}; background: ${vars['color-surface']}; }`];
}
customElements.define('token-probe', TokenProbe);

const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';
const colourIn = async (style: string) => {
  const page = fixtureSync<HTMLDivElement>(html`<div style=${style}><token-probe></token-probe></div>`);
  const probe = page.querySelector('token-probe')!;
  await probe.updateComplete;
  return getComputedStyle(probe).color;
};

describe('design tokens: light and dark', () => {
  // prefers-color-scheme is emulated by the driver, which some engines' drivers cannot do.
  before(async function () {
    await requireCommand(this, 'emulateMedia');
  });
  afterEach(async () => {
    if (!(await capabilities()).missing.emulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('follow the user\'s prefers-color-scheme by default', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(await colourIn('')).to.equal(LIGHT_TEXT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(await colourIn('')).to.equal(DARK_TEXT);
  });

  it('follow a theme the host forces with --clk-color-scheme, whatever the user prefers', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(await colourIn('--clk-color-scheme: dark')).to.equal(DARK_TEXT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(await colourIn('--clk-color-scheme: light')).to.equal(LIGHT_TEXT);
  });

  it('let a host token win over both defaults', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await colourIn('--clk-color-text: rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'token-probe': TokenProbe;
  }
}
