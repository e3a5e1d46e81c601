/**
 * The page's own background colour (the root's, else the body's), or null when both are
 * transparent: what the exit cover takes when the host has not themed the element, so that
 * on a dark page the screen does not turn white while the browser leaves.
 */
function pageBackground(doc = document): string | null {
  for (const node of [doc.documentElement, doc.body]) {
    if (!node) continue;
    const color = (doc.defaultView ?? window).getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return null;
}

/**
 * The alpha of a computed colour: `rgba(r, g, b, a)`, or a newer syntax's `… / a)`
 * (`color(srgb …)`, `oklch(…)`, what `color-mix()` computes to); 1 for any other.
 */
function alphaOf(color: string): number {
  const alpha = /^rgba\((?:[^,]*,){3}\s*([^)]+)\)$/.exec(color)?.[1] ?? /\/\s*([^)\s]+)\s*\)$/.exec(color)?.[1];
  if (alpha === undefined) return 1;
  if (alpha === 'none') return 0;
  return alpha.endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
}

/**
 * The cover's `color` as a CSS `background` that hides the page: laid over the page's own
 * colour (or white) where it lets the page show through. A theme that blends into the host's
 * panel (`--op-eligibility-color-background: transparent`), a translucent one, or a page
 * background with some transparency, left the page readable while the browser left.
 */
function opaqueBackground(color: string): string {
  return alphaOf(color) >= 1 ? color : `linear-gradient(${color}, ${color}) ${opaquePageColor(document)}`;
}

/** The page's own background colour where it is opaque, else white. */
export function opaquePageColor(doc: Document): string {
  const page = pageBackground(doc);
  return page && alphaOf(page) >= 1 ? page : '#fff';
}

/**
 * Shows a cover as a modal dialog, above everything the page stacks. Safari before 15.4
 * has no <dialog>: there the element is an ordinary one, which `open` shows through the
 * styles (.exit-cover[open], or the page cover's own), so that leaving goes on, covered.
 */
function showCover(cover: HTMLDialogElement): void {
  if (typeof cover.showModal === 'function') cover.showModal();
  else cover.setAttribute('open', '');
}

/** Takes a cover shown by `showCover` away (a closed <dialog>, or the `open` of Safari's fallback gone). */
export function hideCover(cover: HTMLDialogElement): void {
  if (typeof cover.close === 'function') cover.close();
  else cover.removeAttribute('open');
}

/**
 * A blank modal cover in the page itself (`doc`), in `background`: for an element that is
 * not rendered (hidden, in a closed <details>, in a tab panel not shown), whose own cover,
 * inside it, shows nothing, and for the tab's page around a frame. Styled through the
 * CSSOM, which a strict CSP allows.
 */
export function coverThePage(background: string, doc = document): HTMLDialogElement {
  const cover = doc.createElement('dialog');
  Object.assign(cover.style, {
    position: 'fixed',
    inset: '0',
    inlineSize: '100vw',
    blockSize: '100vh',
    maxInlineSize: 'none',
    maxBlockSize: 'none',
    margin: '0',
    padding: '0',
    border: '0',
    background,
  });
  cover.addEventListener('cancel', (event) => event.preventDefault());
  doc.body.append(cover);
  showCover(cover);
  return cover;
}

/**
 * Covers the page with the element's own `cover`, at once: in the page's own colour where
 * the theme sets none, and opaque whatever the theme. Returns the blank cover it added to
 * the page's <body> where the element's own shows nothing (the element is not rendered),
 * else null; nothing where the cover is already shown or not on the page.
 */
export function coverForExit(cover: HTMLDialogElement | null): HTMLDialogElement | null {
  if (!cover || cover.open || !cover.isConnected) return null;
  const page = pageBackground();
  if (page) cover.style.setProperty('--_page-bg', page);
  showCover(cover);
  const color = getComputedStyle(cover).backgroundColor;
  const background = opaqueBackground(color);
  if (background !== color) cover.style.background = background;
  // Shift×3 reaches an element that is not rendered too: the page must be covered all the same.
  return cover.getClientRects().length ? null : coverThePage(background);
}
