import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { tryAgainLabel } from './messages.js';

/**
 * "Show the route map" on the result page (screening mode). It belongs to the embed; the
 * map inside is a lazy chunk that `onOpen` fetches the first time the disclosure opens.
 * `failed`: the chunk could not be fetched (offline), which the open panel says, with
 * "Try again" (`onRetry`, which fetches it again): a reload would lose the answers.
 */
export function renderRouteMapDisclosure(map: TemplateResult | null, onOpen: () => void, onRetry: () => void, failed: boolean): TemplateResult {
  const toggled = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) onOpen();
  };
  const retry = (event: Event) => {
    // The button goes while the map loads: focus waits on the summary, which stays, not on the page's top.
    (event.currentTarget as HTMLElement).closest('details')?.querySelector('summary')?.focus();
    onRetry();
  };
  return html`<details class="route-map-disclosure" part="route-map-disclosure" @toggle=${toggled}>
    <summary class="link">${msg('Show the route map', { id: 'map.show' })}</summary>
    ${map ??
    (failed
      ? html`<p class="caption">${routeMapLoadFailedText()}</p>
          <button type="button" class="button secondary" part="button retry" @click=${retry}>${tryAgainLabel()}</button>`
      : nothing)}
  </details>`;
}

/** Said in the panel, and again when "Try again" fails too. */
export const routeMapLoadFailedText = (): string =>
  msg('The route map could not be loaded. Check your internet connection, then try again.', { id: 'map.load-failed' });

export const routeMapDisclosureStyles = css`
  .route-map-disclosure {
    margin-block-end: var(--_space);
  }
`;
