import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Customer, Invoice } from '../../src/adapter/types.js';
import '../../demo/demo-billing-actions.js';
import type { DemoBillingActions } from '../../demo/demo-billing-actions.js';
import { demoText, loadKitText, type DemoLang } from '../../demo/demo-text.js';

const customer = (status: Customer['status'], amount = 0): Customer => ({
  id: 'c-1', name: 'Lucía Peña', kind: 'person', status, balance: { amount, currency: 'EUR' },
  lastInteractionAt: '2026-11-01T10:00:00.000Z', suspended: false,
} as unknown as Customer);
const unpaid = { id: 'i-1', customerId: 'c-1', number: 'INV-1', status: 'unpaid', onHold: false, total: { amount: 80, currency: 'EUR' } } as unknown as Invoice;

async function actions(state: Customer['status'], invoices: Invoice[], lang: DemoLang = 'en') {
  const kit = await loadKitText(lang);
  const el = await fixture<DemoBillingActions>(html`
    <demo-billing-actions .detail=${{ customer: customer(state), invoices }} .text=${demoText(lang)} .kit=${kit}></demo-billing-actions>`);
  const row = (action: string) => {
    const button = el.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
    return {
      button,
      verdict: button.parentElement!.querySelector('.verdict')!.textContent!.trim(),
      words: document.getElementById(button.getAttribute('aria-describedby')!)!.textContent!.trim(),
    };
  };
  const status = () => el.querySelector('[role="status"]')!.textContent!.trim();
  return { el, row, status };
}

describe('demo: billing actions answer allow, warn or block (B1–B4, F2)', () => {
  it('offers an active customer every action, allowed, and says what each does', async () => {
    const { el, row } = await actions('active', [unpaid]);
    expect(row('bulk-invoice')).to.include({ verdict: 'Allowed', words: 'Included in the next bulk billing run.' });
    expect(row('pick-in-quote')).to.include({ verdict: 'Allowed', words: 'Can be picked in quotes, deals and time tracking.' });
    expect(row('resend-to-group').verdict).to.equal('Allowed');
    await expect(el).to.be.accessible();
  });

  it('blocks bulk billing a deactivated customer, says why and what to do, and does nothing when pressed', async () => {
    const { el, row, status } = await actions('inactive', [unpaid]);
    const bulk = row('bulk-invoice');
    expect(bulk.verdict).to.equal('Not allowed');
    expect(bulk.words).to.equal('Inactive customers get no invoices from bulk billing. Reactivate the customer first.');
    expect(bulk.button.getAttribute('aria-disabled')).to.equal('true');
    bulk.button.click();
    await el.updateComplete;
    expect(status()).to.equal('');
    expect(el.querySelector('[data-continue]')).to.equal(null);
  });

  it('asks before a warned action, in the kit words, and goes ahead only on Continue (keyboard)', async () => {
    const { el, row, status } = await actions('inactive', [unpaid]);
    const regenerate = row('regenerate-invoice');
    expect(regenerate.verdict).to.equal('Allowed, with a warning');
    expect(regenerate.words).to.equal('Regenerating this invoice leaves it at zero, without its services. Reactivate the customer first.');
    regenerate.button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const group = el.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Confirm: Regenerate an invoice');
    expect(document.activeElement?.textContent).to.equal('Continue anyway');
    expect(status()).to.equal('');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status()).to.equal('Regenerate an invoice: done (the demo sends nothing).');
    expect(document.activeElement).to.equal(regenerate.button);
  });

  it('cancelling a warned action does nothing and returns focus to it', async () => {
    const { el, row, status } = await actions('inactive', [unpaid]);
    const resend = row('resend-to-group');
    expect(resend.words).to.equal('Re-sending unpaid invoices to a group still reaches this customer.');
    resend.button.click();
    await el.updateComplete;
    [...el.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => b.textContent === 'Cancel')!.click();
    await el.updateComplete;
    expect(status()).to.equal('Re-send unpaid invoices to its group: cancelled.');
    expect(document.activeElement).to.equal(resend.button);
  });

  it('never shows a rule id to the user', async () => {
    for (const status of ['active', 'inactive'] as const) {
      for (const invoices of [[], [unpaid]]) {
        const { el } = await actions(status, invoices);
        expect(el.textContent).to.not.match(/\b[BDFGRSX]\d\b/);
      }
    }
  });

  it('speaks Spanish', async () => {
    const { row } = await actions('inactive', [], 'es');
    expect(row('bulk-invoice')).to.include({
      verdict: 'No permitido',
      words: 'Los clientes inactivos no se incluyen en la facturación masiva. Reactiva primero al cliente.',
    });
    expect(row('resend-to-group').words).to.equal('Este cliente no tiene facturas impagadas: si reenvías a un grupo, no recibirá nada.');
    expect(row('pick-in-quote').verdict).to.equal('Permitido, con un aviso');
  });
});
