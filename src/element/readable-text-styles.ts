import { css } from 'lit';

/**
 * Text on the accent and exit colours, where the host sets the colour but not its text: white
 * or black, whichever reads better on it (at lightness 49.4, black and white contrast alike,
 * 4.58:1), so that a light brand accent does not get white text of 2:1. A browser without
 * relative colours keeps white. After the styles that set the fixed defaults, which it overrides.
 */
export const readableTextStyles = css`
  @supports (color: lch(from red calc((49.4 - l) * 1000) 0 0)) {
    :host {
      --_accent-text: var(--op-eligibility-color-accent-text, lch(from var(--_accent) calc((49.4 - l) * 1000) 0 0 / 1));
      --_exit-text: var(--op-eligibility-color-exit-text, lch(from var(--_exit) calc((49.4 - l) * 1000) 0 0 / 1));
    }
  }
`;
