import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * "Show the route map" on the result page (screening mode). It belongs to the embed; the
 * map inside is a lazy chunk that `onOpen` fetches the first time the disclosure opens.
 */
export function renderRouteMapDisclosure(map: TemplateResult | null, onOpen: () => void): TemplateResult {
  const toggled = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) onOpen();
  };
  return html`<details class="route-map-disclosure" part="route-map-disclosure" @toggle=${toggled}>
    <summary>${msg('Show the route map', { id: 'map.show' })}</summary>
    ${map ?? nothing}
  </details>`;
}

export const routeMapDisclosureStyles = css`
  .route-map-disclosure {
    margin-block-end: var(--_space);
  }
  .route-map-disclosure > summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`;
