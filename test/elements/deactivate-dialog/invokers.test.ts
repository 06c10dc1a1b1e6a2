// Declarative opening where the browser has no Invoker Commands (WebKitGTK,
// Safari before 26.2, Firefox before 144): the dialog reads the click on its
// `commandfor` button itself. Run in every engine with the fallback forced on,
// so Chromium checks it too; focus.test.ts checks the whole element in each.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { listenForInvokers, type Command } from '../../../src/elements/deactivate-dialog/deactivate-dialog.invokers.js';

const listening: Array<() => void> = [];
afterEach(() => listening.splice(0).forEach((stop) => stop()));

async function page(buttons: ReturnType<typeof html>) {
  // fixtureSync: a plain <div> fixture would wait for an animation frame, which a test page behind another never gets.
  const host = fixtureSync<HTMLDivElement>(html`<div>${buttons}<span id="dlg"></span></div>`);
  const target = host.querySelector<HTMLElement>('#dlg')!;
  const heard: Command[] = [];
  const stop = listenForInvokers(target, (command) => heard.push(command), false);
  listening.push(stop);
  return { host, target, heard, stop, button: (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)! };
}

describe('<deactivate-dialog> without Invoker Commands in the browser', () => {
  it('reads a click on a commandfor="--show" button as show, with the button as source', async () => {
    const { heard, button } = await page(html`<button type="button" commandfor="dlg" command="--show">Open</button>`);
    button('Open').click();
    expect(heard).to.deep.equal([{ command: 'show', source: button('Open') }]);
  });

  it('reads --open as show and --close as close, and ignores commands it does not know', async () => {
    const { heard, button } = await page(html`
      <button type="button" commandfor="dlg" command="--open">Open</button>
      <button type="button" commandfor="dlg" command="--close">Close</button>
      <button type="button" commandfor="dlg" command="show-popover">Popover</button>`);
    button('Open').click();
    button('Close').click();
    button('Popover').click();
    expect(heard.map((c) => c.command)).to.deep.equal(['show', 'close']);
  });

  it('hears a click on a child of the button, as a real click on its icon would be', async () => {
    const { heard, host } = await page(html`<button type="button" commandfor="dlg" command="--show"><b>Open</b></button>`);
    host.querySelector('b')!.click();
    expect(heard).to.have.length(1);
  });

  it('leaves alone a button for another element, a cancelled click and a form\'s submit and reset buttons', async () => {
    const { heard, button, host } = await page(html`
      <button type="button" commandfor="other" command="--show">Other</button>
      <button type="button" commandfor="dlg" command="--show">Cancelled</button>
      <form><button type="submit" commandfor="dlg" command="--show">Submit</button><button type="reset" commandfor="dlg" command="--show">Reset</button></form>`);
    host.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    button('Cancelled').addEventListener('click', (event) => event.preventDefault());
    for (const name of ['Other', 'Cancelled', 'Submit', 'Reset']) button(name).click();
    expect(heard.map((c) => c.source?.textContent)).to.deep.equal([]);
  });

  it('treats a form\'s button with commandfor and no type as a plain button: it opens, and the form is not sent', async () => {
    const { heard, button, host } = await page(html`<form><button commandfor="dlg" command="--show">Open</button></form>`);
    let submitted = 0;
    host.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    button('Open').click();
    expect(heard.map((c) => c.command)).to.deep.equal(['show']);
    expect(submitted).to.equal(0);
  });

  it('stops listening when asked (the dialog asks when it leaves the page)', async () => {
    const { heard, button, stop } = await page(html`<button type="button" commandfor="dlg" command="--show">Open</button>`);
    stop();
    button('Open').click();
    expect(heard).to.deep.equal([]);
  });

  it('adds nothing where the browser has Invoker Commands', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div><button type="button" commandfor="dlg" command="--show">Open</button><span id="dlg"></span></div>`);
    const heard: Command[] = [];
    const stop = listenForInvokers(host.querySelector('span')!, (command) => heard.push(command), true);
    host.querySelector('button')!.click();
    stop();
    expect(heard).to.deep.equal([]);
  });
});
