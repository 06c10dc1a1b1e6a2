/**
 * The kit's native controls — buttons, text and date fields, selects,
 * checkboxes — drawn with the tokens, so every element's controls look alike
 * and follow the host's theme. Targets are at least 2.5rem high (WCAG 2.2
 * target size); focus shows the kit's ring.
 */
import { css } from '@lit/reactive-element';
import { focusRing, vars } from './tokens.js';

export const controls = css`
  button {
    min-height: 2.5rem;
    padding: ${vars['space-2']} ${vars['space-4']};
    border: 1px solid ${vars['color-border']};
    border-radius: ${vars.radius};
    background: ${vars['color-surface']};
    color: ${vars['color-text']};
    cursor: pointer;
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  textarea,
  select,
  input:not([type]),
  input[type='date'] {
    min-height: 2.5rem;
    padding: ${vars['space-1']} ${vars['space-2']};
    border: 1px solid ${vars['color-border']};
    border-radius: ${vars.radius};
    background: ${vars['color-surface']};
    color: inherit;
  }
  input[type='checkbox'] {
    accent-color: ${vars['color-accent']};
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  :is(button, input, textarea, select):focus-visible {
    ${focusRing}
  }
`;
