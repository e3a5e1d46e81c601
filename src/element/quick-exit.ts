import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationError } from '../core/errors.js';
import { emit } from './events.js';
import { ExitBarLayout } from './exit-bar-layout.js';
import { whenIdle } from './idle.js';
import { forgetEverySaved } from './persistence.js';
import { DEFAULT_EXIT_URL, readEnabled, readExitUrl, type QuickExitSettings } from './quick-exit-settings.js';
import { ShiftPresses } from './shift-presses.js';

/** The quick exit is under way: the page's own leave warnings are silenced (see leavePage). */
let leaving = false;
let leaveWarningsHeard = false;

/**
 * Listens for `beforeunload` ahead of every listener the page adds after the first element
 * arrives (a form guard added at the first change, a chat widget loaded later): listeners on
 * the window are called in the order they were added, whatever their phase. Not in a frame,
 * where the tab's page is the one that leaves: a listener there made Chromium ask the frame
 * before the tab left, and the frame's own departure then raced the tab's.
 */
function silenceLeaveWarnings(): void {
  if (leaveWarningsHeard || window.top !== window) return;
  leaveWarningsHeard = true;
  window.addEventListener('beforeunload', (event) => {
    if (leaving) event.stopImmediatePropagation();
  });
}

/**
 * Leaves for `url` so that Back does not return (`location.replace`), telling the next
 * site nothing of this page: no referrer, not even the origin, which names the host's
 * site (a shelter's, say) to the site the person fled to. In a frame the whole tab
 * leaves, not the frame alone, since the host's page around it says what the person was
 * reading; where a sandbox refuses that, the frame leaves.
 */
function leavePage(url: string): void {
  const noReferrer = document.createElement('meta');
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  document.head.append(noReferrer);
  // A page's "Leave site? Changes you made may not be saved." (an unsaved-form guard, a chat
  // widget) would hold the person at the door. Listeners added since the first element arrived
  // are stopped (silenceLeaveWarnings), and `onbeforeunload` goes, with that of the tab's page
  // around a frame of the same site; a listener added before the element is beyond reach.
  leaving = true;
  for (const win of new Set([window, window.top])) {
    try {
      if (win) win.onbeforeunload = null;
    } catch {
      // The tab's page is from another origin: its handler is beyond reach too.
    }
  }
  try {
    if (window.top && window.top !== window) {
      window.top.location.replace(url);
      coverTheTab(window.top);
    }
  } catch {
    // A sandbox without allow-top-navigation: the frame leaves, below.
  }
  location.replace(url);
}

/**
 * Covers the tab's page around the frame that leaves it, where it is of the same site: until
 * the next page arrives, it would show the host's site, which the frame's own cover cannot hide.
 * Another site's page cannot be reached.
 */
function coverTheTab(top: Window): void {
  let doc: Document;
  try {
    doc = top.document;
  } catch {
    return;
  }
  coverThePage(opaquePageColor(doc), doc);
}

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
function opaquePageColor(doc: Document): string {
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

/**
 * A blank modal cover in the page itself (`doc`), in `background`: for an element that is
 * not rendered (hidden, in a closed <details>, in a tab panel not shown), whose own cover,
 * inside it, shows nothing, and for the tab's page around a frame. Styled through the
 * CSSOM, which a strict CSP allows.
 */
function coverThePage(background: string, doc = document): HTMLDialogElement {
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
 * Key presses that have already made an element on this page leave. Shift×3 covers the
 * page with every element's cover, but only the first element leaves (and wipes them
 * all): the page hears one exit, and one `location.replace`, however many it holds.
 */
const leftOn = new WeakSet<Event>();

/** What the controller reads from its element. */
export interface QuickExitHost extends ReactiveControllerHost, EventTarget, QuickExitSettings {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

/** Where a quick exit tells the site's other tabs to wipe their answers too. */
const EXIT_CHANNEL = 'op-eligibility:quick-exit';

/**
 * Quick exits this page has seen, its own elements' and its other tabs'. An element a
 * framework takes off the page and keeps to show again (Vue's KeepAlive, a cached route)
 * hears nothing meanwhile: on its return it compares, and wipes its answers if the
 * person left since.
 */
let exitsSeen = 0;
/** The elements on the page: a quick exit wipes every one of them, at once. */
const onPage = new Set<QuickExitController>();
/**
 * The page's end of the channel, opened when idle after the first element arrives (opening
 * one takes about a millisecond) and kept while the page lives, so that an exit in another
 * tab is counted even while no element is on the page. Never one per element: an element
 * listening there would be kept in memory for good.
 */
let channel: BroadcastChannel | null = null;
let opening = false;

/**
 * A channel to the site's other tabs, or null where there is none: Safari before 15.4 has
 * none, and Firefox refuses one (SecurityError) where the person blocks all cookies.
 * There the other tabs are not told, and the exit goes on.
 */
function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(EXIT_CHANNEL) : null;
  } catch {
    return null;
  }
}

function hearOtherTabs(): void {
  if (opening) return;
  opening = true;
  whenIdle(() => {
    channel = openChannel();
    if (!channel) return;
    channel.onmessage = (event) => {
      if (event.data === 'exit') wipeEveryElement();
    };
  });
}

/**
 * A quick exit, here or in another tab: every element on the page wipes its answers, and
 * those off it will on their return. What this tab saved goes now, element or not: another
 * tab cannot reach this one's sessionStorage.
 */
function wipeEveryElement(): void {
  exitsSeen += 1;
  forgetEverySaved();
  for (const controller of onPage) controller.wipe(true);
}

/**
 * What a quick exit erases, wherever it starts (this element's button or Shift×3, or a
 * host's own exit through the element's `eraseForExit()`): every element on the page, every
 * screening saved on the site, and the answers in the site's other tabs.
 */
export function eraseForExit(): void {
  wipeEveryElement();
  tellOtherTabs();
}

/**
 * Tells the site's other tabs that the person left: a tab left open behind would still
 * show the answers given there to whoever picks up the phone. Nothing leaves the browser;
 * a channel reaches only this site's pages.
 */
function tellOtherTabs(): void {
  // Not open yet (idle has not come): a channel for this message alone.
  const sender = channel ?? openChannel();
  sender?.postMessage('exit');
  if (sender !== channel) sender?.close();
}

/**
 * The quick exit: its settings (`no-quick-exit`, `exit-url`), its button, skip link and
 * keyboard shortcut (listened for on the whole document while the element is on the
 * page), leaving, and word of a quick exit in another tab of the site. What leaving
 * wipes is the element's business: it passes `wipe`.
 */
export class QuickExitController implements ReactiveController {
  #enabled = true;
  #url = DEFAULT_EXIT_URL;
  readonly #shift = new ShiftPresses();
  /** The cover this element added to the page's <body> (it was not shown itself), which goes with it as its own cover would. */
  #pageCover: HTMLDialogElement | null = null;
  readonly #bar = new ExitBarLayout();

  constructor(
    private readonly host: QuickExitHost,
    /** Reports a rejected attribute (the element's error event and warning). */
    private readonly reject: (error: ValidationError) => void,
    /**
     * Wipes the element's answers without a word: in memory, and with `storage` what it
     * saved, once the exit has deleted every screening saved on the site (false for an
     * element coming back after the exit, which deleted them then: what was saved since is
     * not the answers the person left).
     */
    readonly wipe: (storage: boolean) => void,
  ) {
    host.addController(this);
  }

  /** The page's count of quick exits when this element last heard of one (or was made). */
  #exitsHeard = exitsSeen;
  get enabled(): boolean {
    return this.#enabled;
  }

  hostConnected(): void {
    // Capture, so a host handler that stops keydown cannot disable the shortcut.
    document.addEventListener('keydown', this.#onKeydown, { capture: true });
    this.#bar.connect(this.host.renderRoot);
    onPage.add(this);
    hearOtherTabs();
    silenceLeaveWarnings();
    // Back on the page after a quick exit it was away for: the answers it kept go now.
    if (this.#exitsHeard !== exitsSeen) this.wipe(false);
  }

  hostDisconnected(): void {
    onPage.delete(this);
    this.#exitsHeard = exitsSeen;
    document.removeEventListener('keydown', this.#onKeydown, { capture: true });
    this.#bar.disconnect();
    // Removed by a host that left its own way (a single-page app showing another view):
    // a cover left on the page would hide that view and leave it inert.
    this.#pageCover?.remove();
    this.#pageCover = null;
  }

  /**
   * The sticky bar the element shows now, to measure (exit-bar-layout.ts). Off the page (an
   * update still due when the host removed it: a route that redirects at once, a
   * single-page app leaving its own way on exit) it watches nothing: the observer would keep
   * the element, and all it drew, in memory for as long as the tab stays open.
   */
  hostUpdated(): void {
    this.#bar.watch(this.host.isConnected ? this.host.renderRoot.querySelector<HTMLElement>('.quick-exit-bar') : null);
  }

  /**
   * Reads `no-quick-exit` and `exit-url`, those in `changed` only, so that a bad value is
   * reported once; a bad value is reported and the default kept (quick-exit-settings.ts).
   */
  read(changed: { has(name: 'noQuickExit' | 'exitUrl'): boolean }): void {
    if (changed.has('noQuickExit')) this.#enabled = readEnabled(this.host, this.reject);
    if (changed.has('exitUrl')) this.#url = readExitUrl(this.host, this.reject);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (!this.#enabled || !this.#shift.press(event.key, event.repeat, event.timeStamp)) return;
    const first = !leftOn.has(event);
    leftOn.add(event);
    this.#exit(first);
  };

  /** "Skip to Exit this page". */
  readonly skipToExit = (event: Event): void => {
    // In a shadow root the fragment would not resolve; it would only add a history entry.
    event.preventDefault();
    this.host.renderRoot.querySelector<HTMLElement>('#quick-exit')?.focus();
  };

  /** "Exit this page". */
  readonly exitByButton = (): void => this.#exit(true);

  /**
   * Covers the page at once, wipes the answers of every element of the page, in memory and
   * in storage, tells the site's other tabs to wipe theirs, then leaves by
   * `location.replace` (so Back does not return here) unless the host cancels. `leave` is
   * false for the other elements on the page when Shift×3 made one of them leave: they
   * only cover the page too (one of them may be hidden, its cover with it).
   */
  #exit(leave: boolean): void {
    const cover = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover');
    if (cover && !cover.open && cover.isConnected) {
      const page = pageBackground();
      if (page) cover.style.setProperty('--_page-bg', page);
      showCover(cover);
      const color = getComputedStyle(cover).backgroundColor;
      const background = opaqueBackground(color);
      if (background !== color) cover.style.background = background;
      // Shift×3 reaches an element that is not rendered too: the page must be covered all the same.
      if (!cover.getClientRects().length) this.#pageCover = coverThePage(background);
    }
    if (!leave) return;
    eraseForExit();
    if (emit(this.host, 'op-eligibility-exit', { url: this.#url }, { cancelable: true })) leavePage(this.#url);
  }
}
