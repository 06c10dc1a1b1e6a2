import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { focusRing, tokens, vars } from '../../styles/tokens.js';

// Tab walks a date field's parts, its calendar button last; focus there is inside the field (neither :focus nor
// :focus-visible matches the field then), so the field's ring follows :focus-within.
// A flood of combining marks in a name is cut at the box that shows the name (legend, service, the text of a
// checkbox's label, the button that names the customer, the saved message) rather than painted over the lines
// around it; the saved message's region is left alone while it holds a button, so that its focus ring shows whole.
export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: grid;
      gap: ${vars['space-3']};
      color: ${vars['color-text']};
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    [part~='location'],
    [part~='invoices'] {
      border: 1px solid ${vars['color-border']};
      border-radius: ${vars.radius};
    }
    [part~='location'][data-inactive] {
      border-inline-start: 4px solid ${vars['color-deactivated']};
    }
    ul {
      list-style: none;
      padding: 0;
    }
    [part~='service'],
    [part~='schedule'],
    [part~='invoice'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${vars['space-2']} ${vars['space-3']};
      padding-block: ${vars['space-1']};
    }
    /* A customer with thousands of services: rows out of view skip layout and paint until scrolled to (still read, found and focused). */
    [part~='service'] {
      content-visibility: auto;
      contain-intrinsic-size: auto 2.5rem;
    }
    .meta,
    .hint {
      color: ${vars['color-text-muted']};
    }
    [part~='error'],
    [part~='field-error'] {
      flex-basis: 100%;
      color: ${vars['color-suspended']};
    }
    [part~='invoices'] {
      padding: ${vars['space-2']} ${vars['space-3']};
    }
    [part~='invoices'] .title {
      margin: 0;
      font-weight: 600;
    }
    [part~='invoice'] {
      align-items: center;
    }
    [part~='save'] {
      justify-self: start;
      border-color: ${vars['color-accent']};
      background: ${vars['color-accent']};
      color: ${vars['color-on-accent']};
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: ${vars['space-2']};
    }
    legend {
      font-weight: 600;
    }
    legend,
    label > span,
    [part~='service'] strong,
    [part~='invoice'] strong,
    [part~='notice'] button,
    [role='status']:not(:has(button)) {
      overflow-y: clip;
      overflow-clip-margin: 0.25em;
    }
    input[type='date']:focus-within {
      ${focusRing}
    }
  `,
];
