import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationError } from '../core/errors.js';
import { addToPage, eraseForExit, exitsSoFar, removeFromPage, type Wipeable } from './erase-everywhere.js';
import { ExitBarLayout } from './exit-bar-layout.js';
import { coverForExit, hideCover } from './exit-cover.js';
import { emit } from './events.js';
import { leavePage, silenceLeaveWarnings } from './leave-page.js';
import { DEFAULT_EXIT_URL, readEnabled, readExitUrl, type QuickExitSettings } from './quick-exit-settings.js';
import { ShiftPresses } from './shift-presses.js';

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

/**
 * The quick exit: its settings (`no-quick-exit`, `exit-url`), its button, skip link and
 * keyboard shortcut (listened for on the whole document while the element is on the
 * page), leaving, and word of a quick exit in another tab of the site. What leaving
 * wipes is the element's business: it passes `wipe`.
 */
export class QuickExitController implements ReactiveController, Wipeable {
  #enabled = true;
  #url = DEFAULT_EXIT_URL;
  readonly #shift = new ShiftPresses();
  readonly #bar = new ExitBarLayout();
  /** The cover this element added to the page's <body> (it was not shown itself), which goes with it as its own cover would. */
  #pageCover: HTMLDialogElement | null = null;

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
  #exitsHeard = exitsSoFar();

  get enabled(): boolean {
    return this.#enabled;
  }

  hostConnected(): void {
    // Capture, so a host handler that stops keydown cannot disable the shortcut.
    document.addEventListener('keydown', this.#onKeydown, { capture: true });
    this.#bar.connect(this.host.renderRoot);
    addToPage(this);
    silenceLeaveWarnings();
    // Back on the page after a quick exit it was away for: the answers it kept go now.
    if (this.#exitsHeard !== exitsSoFar()) this.wipe(false);
  }

  hostDisconnected(): void {
    removeFromPage(this);
    this.#exitsHeard = exitsSoFar();
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
   * Takes the exit's covers away: for the page shown again from the back-forward cache after
   * a host cancelled the exit and left its own way (`location.assign`, which Back returns
   * from). The exit wiped the answers, so Back shows the first question, as a tab left open
   * behind does, rather than a blank page that Escape cannot close and only a reload clears.
   */
  uncover(): void {
    const cover = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover');
    if (cover?.open) hideCover(cover);
    this.#pageCover?.remove();
    this.#pageCover = null;
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
   * `location.replace` (so Back does not return here) unless the host cancels, once a copied
   * summary is emptied from the clipboard (a moment, under the cover). `leave` is
   * false for the other elements on the page when Shift×3 made one of them leave: they
   * only cover the page too (one of them may be hidden, its cover with it).
   */
  #exit(leave: boolean): void {
    const pageCover = coverForExit(this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-cover'));
    if (pageCover) this.#pageCover = pageCover;
    if (!leave) return;
    const erased = eraseForExit();
    const url = this.#url;
    if (!emit(this.host, 'op-eligibility-exit', { url }, { cancelable: true })) return;
    if (erased) void erased.then(() => leavePage(url));
    else leavePage(url);
  }
}
