import { expect, fixtureSync, html } from '@open-wc/testing';
import { renderStory, storiesOf, type StoriesModule } from '../../../stories/render.js';
import * as stories from '../../../stories/deactivate-dialog.stories.js';
import { mount, openAndLoad, text, title } from './helpers.js';
import { until } from '../../support/until.js';

describe('<deactivate-dialog> stories', () => {
  for (const { name, story } of storiesOf(stories as unknown as StoriesModule)) {
    it(`renders "${name}" accessibly`, async () => {
      const canvas = fixtureSync<HTMLDivElement>(html`<div></div>`);
      await renderStory((stories as unknown as StoriesModule).default, story, canvas);
      const el = canvas.querySelector('deactivate-dialog')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).not.to.equal('');
      await expect(canvas).to.be.accessible();
    });
  }
});

describe('<deactivate-dialog> in Spanish', () => {
  it('speaks Spanish inside lang="es"', async () => {
    const { el, opener, page } = await mount({ id: 'c-zoe' });
    page.setAttribute('lang', 'es');
    await openAndLoad(el, opener);
    await until(() => title(el) === '¿Reactivar a Zoë Müller?', 'no Spanish title');
    expect(text(el)).to.contain('Las suscripciones canceladas no se pueden reactivar: Plan Básico.');
    expect(text(el)).to.contain('Liberar 1 factura en espera');
    await expect(el).to.be.accessible();
  });
});
