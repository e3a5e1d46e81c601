import { css } from 'lit';

/**
 * The result's styles: the outcome panel, the reasons, the next steps and the cautions.
 * They travel in the result's chunk (result-feature.ts) and are adopted when it arrives.
 */
export const resultStyles = css`
  .panel {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_panel);
  }
  .panel-body {
    margin: 0;
  }
  .training-mark {
    font-weight: 700;
  }
  /* 200% text on a phone: room for "complain," on a line. */
  @container (max-width: 10em) {
    .panel {
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.25);
    }
  }
  [data-outcome='not-admissible'] .panel,
  [data-outcome='not-available'] .panel {
    border-inline-start-color: var(--_border);
  }

  .reasons {
    list-style: none;
    padding: 0;
  }
  .reason {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline-start: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.5);
    border-inline-start: 4px solid var(--_border);
  }
  .reason[data-severity='bar'],
  .reason[data-severity='unavailable'] {
    border-inline-start-color: var(--_error);
  }
  .reason[data-severity='review'] {
    border-inline-start-color: var(--_accent);
  }
  .reason p {
    margin: 0;
  }
  .reason-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
  }
  .citation {
    display: inline-block;
  }
  .tag {
    font-size: 0.85em;
    padding-inline: 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  /*
   * A reader's text spacing (WCAG 1.4.12) spaces the words, not the numbers before them:
   * spaced, "1. " outgrew its 1.4em and spilled past the element's start (at 200% text on
   * a 320px phone in Arabic, the page scrolled sideways). Firefox spaces the numbers all the
   * same (::marker takes no letter-spacing there): 1.6em holds them.
   */
  .next-steps {
    padding-inline-start: 1.6em;
  }
  .next-steps li::marker {
    letter-spacing: normal;
    word-spacing: normal;
  }
  .next-steps li {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .language-note {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .disclaimer {
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .panel,
    .reason,
    .disclaimer {
      border-color: CanvasText;
    }
  }
`;
