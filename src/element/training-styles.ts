import { css } from 'lit';

/**
 * Training mode and the route map. The trainer's panel and the map stand beside the
 * wizard when the element is wide enough, below it otherwise.
 */
export const trainingStyles = css`
  :host([mode='training']) {
    max-inline-size: 76rem;
  }
  .training-layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  @container (min-width: 52em) {
    .training-layout {
      grid-template-columns: minmax(0, 1fr) 20rem;
      align-items: start;
    }
  }
  .training-side {
    display: grid;
    gap: var(--_space);
  }
  .training,
  .route-map-panel {
    padding: var(--_space);
    background: var(--_panel);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  .training .subheading,
  .route-map-panel .subheading {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.2em;
  }
  .training-pick {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .training-pick .select {
    inline-size: 100%;
  }
  .training-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .training .button.secondary {
    background: var(--_bg);
  }
  .training [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .training-jump ol {
    margin: 0;
    padding-inline-start: 2.2em;
  }
  .training-jump [aria-current='step'] {
    font-weight: 700;
  }

  .explain {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_panel);
  }
  .explain .quote {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .explain blockquote {
    margin: 0;
    font-style: italic;
  }
  .explain blockquote p {
    margin: 0;
  }
  .explain figcaption {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .route-map {
    margin: 0;
  }
  /* The map reads top to bottom and is not mirrored: labels start at the left of their box in every language. */
  .route-map-svg {
    direction: ltr;
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: var(--_space);
  }
  .route-map-svg .edge {
    fill: none;
    stroke: color-mix(in srgb, var(--_border) 45%, transparent);
    stroke-width: 1.5;
  }
  .route-map-svg .edge.taken {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }
  .route-map-svg .node rect {
    fill: var(--_bg);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .route-map-svg .node.set-in rect {
    stroke-dasharray: 4 3;
  }
  .route-map-svg .node.outcome rect {
    rx: 15px;
  }
  .route-map-svg .node text {
    fill: var(--_text);
    font-size: 13px;
    dominant-baseline: central;
  }
  .route-map-svg .node.taken rect {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .route-map-svg .node.taken text {
    font-weight: 700;
  }
  .route-map-svg .node.current rect {
    fill: var(--_accent);
  }
  .route-map-svg .node.current text {
    fill: var(--_accent-text);
  }
  .route-path-title {
    font-weight: 700;
  }
  .route-path ol {
    margin-block: calc(var(--_space) * 0.25) 0;
    padding-inline-start: 2.2em;
  }
  @media (forced-colors: active) {
    .route-map-svg .edge.taken,
    .route-map-svg .node.taken rect {
      stroke: Highlight;
    }
    .route-map-svg .node.current rect {
      fill: Highlight;
    }
    .route-map-svg .node.current text {
      fill: HighlightText;
    }
  }
`;
