import { expect } from '@open-wc/testing';
import { dialog, mount, openAndLoad, root } from './helpers.js';

describe('<deactivate-dialog> closed and opened again at once', () => {
  it('stays open when the close event of a finished close() arrives after show() opened it again, and fires no cancel', async () => {
    const { el, opener } = await mount();
    await openAndLoad(el, opener);
    let cancels = 0;
    el.addEventListener('deactivate-dialog-cancel', () => cancels++);
    expect(el.close()).to.equal(true);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    el.show(opener);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    // The native dialog's close event is queued as a task: the browser may deliver it only now.
    dialog(el).dispatchEvent(new Event('close'));
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialog(el).open).to.equal(true);
    expect(root(el).activeElement).to.equal(root(el).querySelector('[part~="cancel"]'));
    expect(cancels).to.equal(0);
  });
});
