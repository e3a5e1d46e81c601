/**
 * Focuses `target` and shows it below the sticky quick exit. The browser's own scroll on
 * focus centres an element taller than the room below the bar (an error summary or a long
 * question's heading with large text on a phone), which hides its first line, "There is a
 * problem" or "Question N", under the bar or above the screen; its top is shown instead.
 * scrollIntoView keeps the scroll margin that clears the bar (safety-styles.ts). `above`:
 * what must be seen with it, from its top (an urgent case's note above a question's heading).
 */
export function focusInView(target: HTMLElement | null, above?: HTMLElement | null): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  if (!above) showInView(target, 'center');
  else if (fitsWith(above, target)) showInView(above, 'start', target);
  // Both do not fit (large text on a phone): the focused heading whole at the foot of the screen, as much of the note
  // above it as fits; the note first hid the heading below the screen (WCAG 2.4.11).
  else scrollToShow(target, 'end');
}

/**
 * Whether `above` and `target` below it fit on the screen together, below the sticky quick exit; where they do not,
 * `target` is shown first (the focused heading; on a short projector, the question the room follows).
 */
export function fitsWith(above: HTMLElement, target: HTMLElement): boolean {
  const clear = parseFloat(getComputedStyle(above).scrollMarginBlockStart) || 0;
  return target.getBoundingClientRect().bottom - above.getBoundingClientRect().top <= viewOf(above).height - clear;
}

/**
 * Focuses `field` and shows `message` above it too (its error message, as GOV.UK's error
 * summary link shows the question with its field): the browser's own scroll centres the
 * field, which on a short screen left what to fix under the sticky quick exit. When both
 * do not fit below it with room to spare, the field at the foot of the screen, with as much
 * of its message as fits above it: centred, a message of two lines (French, the keyboard
 * up on a phone on its side) stayed under the bar, 5px short of fitting.
 */
export function focusWithMessage(field: HTMLElement | null, message: HTMLElement | null): void {
  if (!field) return;
  field.focus({ preventScroll: true });
  const clear = message ? parseFloat(getComputedStyle(message).scrollMarginBlockStart) || 0 : 0;
  const { top, bottom } = field.getBoundingClientRect();
  const room = viewOf(field).height - clear;
  if (message && bottom - message.getBoundingClientRect().top <= room) showInView(message, 'start', field);
  else scrollToShow(field, bottom - top > room ? 'start' : 'end');
}

/**
 * Shows a question's `heading` with `answer` under it, focus left where it is (training's
 * "Next step" choosing the story's answer, for the room to see): both where they fit between
 * the sticky quick exit and `cover`, a bar stuck at the screen's foot over the question (the
 * trainer's "Next step" and Reset), else the answer just above that bar, with as much of the
 * question as fits above it (on a short screen, or far down a long list).
 */
export function showWithAnswer(heading: HTMLElement | null, answer: HTMLElement | null, cover: HTMLElement | null): void {
  if (!heading || !answer) return showInView(heading ?? answer, 'start');
  const view = viewOf(answer);
  const a = answer.getBoundingClientRect();
  const b = cover?.getBoundingClientRect();
  const covers = b !== undefined && getComputedStyle(cover!).position === 'sticky' && a.left < b.right && a.right > b.left;
  // Where it will stick once the page scrolls, wherever it stands now.
  const foot = covers ? view.bottom - b.height : view.bottom;
  const top = view.top + (parseFloat(getComputedStyle(heading).scrollMarginBlockStart) || 0);
  const from = heading.getBoundingClientRect().top;
  if (a.bottom - from > foot - top) {
    // The answer just above the bar, with as much of the question above it as fits.
    answer.style.scrollMarginBlockEnd = `${view.bottom - foot + 8}px`;
    scrollToShow(answer, 'end');
    answer.style.removeProperty('scroll-margin-block-end');
  } else if (from < top - 1 || a.bottom > foot + 1) scrollToShow(heading, 'start');
}

/**
 * Shows `target` below the sticky quick exit, leaving focus where it is; `block` where it
 * goes when it is out of view ('start' when it is taller than the room below the bar).
 * With `whole`, the part `target` heads: shown too, or as much of it as fits, `target` at
 * the top (a question low on the screen, its answers below it, counts as out of view).
 */
export function showInView(target: HTMLElement | null, block: 'start' | 'center', whole?: HTMLElement): void {
  if (!target) return;
  const { top } = target.getBoundingClientRect();
  const { bottom } = (whole ?? target).getBoundingClientRect();
  const clear = parseFloat(getComputedStyle(target).scrollMarginBlockStart) || 0;
  const view = viewOf(target);
  // Less than a pixel short is in view: the page scrolls by whole pixels, so a step set at the top by a scroll can stand 0.2px above it.
  if (top > view.top + clear - 1 && bottom < view.bottom + 1) return;
  scrollToShow(target, bottom - top > view.height - clear ? 'start' : block);
}

/** The box `node` is drawn in: its slot, else its parent, else its shadow root's host. */
const drawnIn = (node: Element): Element | null => node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * Where on the screen `target` can show: the window, narrowed to each box around it that
 * cuts what overflows it, up to a fixed one, which nothing around it cuts (a modal <dialog>,
 * a popover). The window alone left a field below the visible end of a host's dialog shorter
 * than the screen "in view": the error summary's link focused it out of sight (WCAG 2.4.11).
 * The <body>, when it passes its overflow to the window, cuts nothing.
 */
function viewOf(target: Element): { top: number; bottom: number; height: number } {
  let top = 0;
  let bottom = innerHeight;
  const root = document.documentElement;
  for (let node = drawnIn(target); node && node !== root; node = drawnIn(node)) {
    const style = getComputedStyle(node);
    const passed = node === document.body && getComputedStyle(root).overflowY === 'visible';
    if (style.overflowY !== 'visible' && style.display !== 'contents' && !passed) {
      const edge = node.getBoundingClientRect().top + node.clientTop;
      top = Math.max(top, edge);
      bottom = Math.min(bottom, edge + node.clientHeight);
    }
    if (style.position === 'fixed') break;
  }
  return { top, bottom, height: bottom - top };
}

/**
 * Scrolls `target` into view at `block`. At once for a person who asks for reduced motion:
 * the page's own `scroll-behavior: smooth` (common on sites, for their anchors) would
 * otherwise glide the page at every step, and leave focus under the exit bar meanwhile.
 */
export function scrollToShow(target: HTMLElement, block: ScrollLogicalPosition): void {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block, behavior: still ? 'instant' : 'auto' });
}
