import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, dialog, field, focused, mount, openAndLoad, root, status } from './helpers.js';
import { until } from '../../support/until.js';
import { requireCommand } from '../../support/capabilities.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { DeactivateDialog } from '../../../src/elements/deactivate-dialog/define.js';
import { fixture as dataset } from '../../adapters/memory/fixture.js';

describe('<deactivate-dialog> keyboard and focus', () => {
  it('opens from a host button by commandfor / command="--show" as a modal dialog named by its title', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    expect(el.open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).getAttribute('aria-labelledby')).to.equal('title');
  });

  it('takes the customer from the opener\'s data-customer-id', async () => {
    const { el, page } = await mount({ id: '' });
    const other = document.createElement('button');
    other.textContent = 'Deactivate Ana';
    other.setAttribute('commandfor', 'dlg');
    other.setAttribute('command', '--show');
    other.dataset['customerId'] = 'c-ana';
    page.append(other);
    await openAndLoad(el, other);
    expect(el.customerId).to.equal('c-ana');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Deactivate Ana Torres?');
  });

  it('opens with show() and the open attribute', async () => {
    const adapter = createMemoryAdapter({ data: dataset() });
    const el = await fixture<DeactivateDialog>(html`<deactivate-dialog customer-id="c-jose" .adapter=${adapter}></deactivate-dialog>`);
    el.show();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.close()).to.equal(true);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('moves focus to Cancel, the least destructive choice', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    expect(focused(el)).to.equal(button(el, 'Cancel'));
  });

  it('keeps Tab inside the dialog', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    const confirm = button(el, 'Deactivate');
    confirm.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, /Also cancel/));
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialog(el).contains(focused(el))).to.equal(true);
    }
  });

  it('keeps Shift+Tab inside the dialog', async function () {
    await requireCommand(this, 'holdKey');
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    const confirm = button(el, 'Deactivate');
    field(el, /Also cancel/).focus();
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(confirm);
      for (let i = 0; i < 8; i += 1) {
        await sendKeys({ press: 'Tab' });
        expect(dialog(el).contains(focused(el))).to.equal(true);
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  });

  it('Escape dismisses, fires deactivate-dialog-cancel and returns focus to the opener', async () => {
    const { el, opener, mutations } = await mount();
    await openAndLoad(el, opener);
    const cancelled = oneEvent(el, 'deactivate-dialog-cancel');
    await sendKeys({ press: 'Escape' });
    const { detail } = await cancelled;
    expect(detail).to.deep.equal({ action: 'deactivate', customerIds: ['c-jose'] });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dialog(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(mutations()).to.have.length(0);
  });

  it('Cancel dismisses and returns focus to the opener', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    const cancelled = oneEvent(el, 'deactivate-dialog-cancel');
    const closed = oneEvent(el, 'deactivate-dialog-closed');
    button(el, 'Cancel').click();
    await cancelled;
    expect((await closed).detail).to.deep.equal({ focusReturned: true });
    expect(dialog(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('says when its opener is gone after the action, so the host can move focus on', async () => {
    const { el, opener } = await mount({ mode: 'deactivate' });
    await openAndLoad(el, opener);
    const done = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate').click();
    await done;
    await el.updateComplete;
    opener.remove(); // the host re-rendered its row
    const closed = oneEvent(el, 'deactivate-dialog-closed');
    button(el, 'Close').click();
    expect((await closed).detail).to.deep.equal({ focusReturned: false });
    expect(dialog(el).open).to.equal(false);
  });

  it('says focus did not return when the opener is still there but hidden, as a closed menu\'s item is', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    opener.hidden = true;
    const closed = oneEvent(el, 'deactivate-dialog-closed');
    button(el, 'Cancel').click();
    expect((await closed).detail).to.deep.equal({ focusReturned: false });
  });

  it('fires no closed event when the host closes it', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    let fired = 0;
    el.addEventListener('deactivate-dialog-closed', () => fired++);
    expect(el.close()).to.equal(true);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(fired).to.equal(0);
  });

  it('Escape does not dismiss while the action runs, not even twice', async () => {
    const { el, opener, hold, call } = await mount();
    hold('deactivate');
    await openAndLoad(el, opener);
    button(el, 'Deactivate').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
    el.open = false; // the host cannot close it either
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.close()).to.equal(false);
    const done = oneEvent(el, 'customer-deactivated');
    (await call('deactivate')).release();
    await done;
    await el.updateComplete;
    expect(focused(el)).to.equal(button(el, 'Close'));
  });

  it('a click on the backdrop does not dismiss', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    const box = dialog(el).getBoundingClientRect();
    dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left - 5, clientY: box.top - 5 }));
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
  });

  it('Close after success returns focus to the opener without a cancel event', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    let cancels = 0;
    el.addEventListener('deactivate-dialog-cancel', () => (cancels += 1));
    const done = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate').click();
    await done;
    await until(() => status(el).includes('now inactive'));
    button(el, 'Close').click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(cancels).to.equal(0);
  });
});
