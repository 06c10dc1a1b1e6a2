import { css } from '@lit/reactive-element';
import { vars } from '../../styles/tokens.js';

/**
 * What only a bound badge shows (the D7 description, Retry, their focus ring): adopted by its binding, so a presentational badge never loads it.
 * The description wraps a name with no space to break at, and cuts a flood of combining marks at its padding.
 */
export const boundStyles = css`
  .tip {
    display: none;
    position: absolute;
    inset-block-start: calc(100% + 0.35em);
    inset-inline-start: 0;
    z-index: 1;
    padding: 0.35em 0.6em;
    border-radius: ${vars.radius};
    background: ${vars['color-text']};
    color: ${vars['color-surface']};
    white-space: normal;
    overflow-wrap: anywhere;
    overflow-y: clip;
    inline-size: max-content;
    max-inline-size: 20em;
  }
  .base[data-tip]:is(:hover, :focus-visible):not([data-tip-off]) .tip {
    display: block;
  }
  :focus-visible {
    outline: 2px solid ${vars['color-focus']};
    outline-offset: 2px;
  }
  button {
    border: 0;
    padding: 0;
    background: none;
    color: ${vars['color-accent']};
    text-decoration: underline;
    cursor: pointer;
  }
`;
