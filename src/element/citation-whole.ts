import { html, type TemplateResult } from 'lit';

/*
 * An article's citation as one box that moves to the next line whole where it fits: a
 * browser may break between ")(" rather than at the space before it ("3(2)" on one line,
 * "(ب)" on the next, in Arabic at 200% text on a phone). Styled by `.citation` (result-styles.ts).
 */

const box = (citation: string): TemplateResult => html`<span class="citation">${citation}</span>`;

/** `text` ("Article 3(2)(a) · Information") with the article's `citation` inside it kept whole. */
export function citationWhole(text: string, citation: string | undefined): TemplateResult | string {
  const at = citation ? text.indexOf(citation) : -1;
  return at < 0 ? text : html`${text.slice(0, at)}${box(citation!)}${text.slice(at + citation!.length)}`;
}

/**
 * A citation a sentence writes with a subparagraph, "30(2)(c)" or "⁧3(2)(ج)⁩" (in its
 * right-to-left isolates): the only kind with a ")(" inside. Captured, for split().
 */
const IN_SENTENCE = /(\u2067?\d+(?:\([^()\s]+\)){2,}\u2069?)/;

/** `text` (a caution, a route's caveat) with each citation it writes kept whole. */
export function citationsWhole(text: string): TemplateResult | string {
  const parts = text.split(IN_SENTENCE);
  return parts.length === 1 ? text : html`${parts.map((part, i) => (i % 2 ? box(part) : part))}`;
}
