import { css } from 'lit';

/** The other routes shown when this route is closed: scannable groups, routes that may fit marked. */
export const routesStyles = css`
  .other-routes .route-group {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .routes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .route {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline-start: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  .routes-folded {
    margin-block-end: var(--_space);
  }
  .route[data-fit='recommended'] {
    border-inline-start-color: var(--_accent);
  }
  .route-name {
    margin-block: 0 calc(var(--_space) * 0.25);
    font-size: 1.1em;
    line-height: 1.3;
  }
  .route p,
  .route ul {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .fit-tag {
    color: var(--_accent);
    font-weight: 700;
  }
  .route-urgent {
    font-weight: 700;
  }
  .route-why-title {
    margin-block-end: 0;
    font-weight: 700;
  }
  .route-why,
  .route-mandates,
  .campaign-actions {
    list-style: disc;
    padding-inline-start: 1.2em;
  }
  /* Notes, not a second list of reasons: no bullets, smaller and muted. */
  .route-caveats {
    list-style: none;
    padding: 0;
  }
  .route-caveats li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .route-caveats,
  .route-source {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .route {
      border-color: CanvasText;
    }
  }
`;
