import { html, type TemplateResult } from 'lit';

/**
 * `text` ("Article 3(2)(a) · Information") with the article's `citation` inside it as one
 * box that moves to the next line whole where it fits: a browser may break between ")("
 * rather than at the space before it ("3(2)" on one line, "(ب)" on the next, in Arabic at
 * 200% text on a phone). Styled by `.citation` (result-styles.ts).
 */
export function citationWhole(text: string, citation: string | undefined): TemplateResult | string {
  const at = citation ? text.indexOf(citation) : -1;
  return at < 0 ? text : html`${text.slice(0, at)}<span class="citation">${citation}</span>${text.slice(at + citation!.length)}`;
}
