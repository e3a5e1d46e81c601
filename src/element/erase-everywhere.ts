import { whenIdle } from './idle.js';
import { forgetEverySaved } from './persistence.js';

/** An element on the page, as a quick exit sees it: something to wipe. */
export interface Wipeable {
  /** Wipes the element's answers, in memory and, with `storage`, what it saved. */
  wipe(storage: boolean): void;
}

/** Where a quick exit tells the site's other tabs to wipe their answers too, and "Copy as text" that the clipboard holds a summary. */
const EXIT_CHANNEL = 'op-eligibility:quick-exit';
/** 'copied?': a tab opening asks whether another copied a summary before it could hear. */
type TabMessage = 'exit' | 'copied' | 'copied?';

/**
 * Quick exits this page has seen, its own elements' and its other tabs'. An element a
 * framework takes off the page and keeps to show again (Vue's KeepAlive, a cached route)
 * hears nothing meanwhile: on its return it compares, and wipes its answers if the
 * person left since.
 */
let exitsSeen = 0;
/** The elements on the page: a quick exit wipes every one of them, at once. */
const onPage = new Set<Wipeable>();
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
      // The clipboard is the device's: an exit here (its click lets this page write) empties it too.
      if (event.data === 'copied') summaryCopied = true;
      if (event.data === 'copied?' && summaryCopied) tellOtherTabs('copied');
    };
    tellOtherTabs('copied?');
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

/** "Copy as text" put a summary on the clipboard, in this tab or another of the site, since this tab last emptied it (quick exit, "Forget my answers"). */
let summaryCopied = false;

/** Marks the clipboard as holding a summary, here and in the site's other tabs: the next quick exit or "Forget my answers" in any of them empties it. */
export function noteSummaryCopied(): void {
  summaryCopied = true;
  tellOtherTabs('copied');
}

/**
 * How long a quick exit waits for the clipboard to be emptied before it leaves anyway. The
 * browser writes it after the call returns (2-11 ms in Chromium), and a page that leaves
 * at once lost the write in 2 of 5 runs of the embed test: the summary stayed, to be pasted.
 */
const CLIPBOARD_WAIT_MS = 200;

/**
 * What a quick exit erases, wherever it starts (this element's button or Shift×3, or a
 * host's own exit through the element's `eraseForExit()`): every element on the page, every
 * screening saved on the site and the answers in the site's other tabs at once; then a
 * summary copied here, which the next person on the phone would paste: the promise settles
 * when the clipboard is emptied, at most CLIPBOARD_WAIT_MS later, never with an error (null:
 * nothing to wait for, the exit leaves in the same task). The exit button's click lets the
 * page write to the clipboard; Shift presses do not in Chromium and Firefox (no user
 * activation), which refuse: the result's warning says a copy may stay.
 */
export function eraseForExit(): Promise<void> | null {
  wipeEveryElement();
  tellOtherTabs('exit');
  return emptyCopiedSummary();
}

/**
 * Empties the clipboard when "Copy as text" (in any tab of the site) put a summary there
 * since this tab last emptied it, on a quick exit or "Forget my answers": a press of either
 * lets the page write there. Null when nothing was copied (nothing is written); else it
 * settles once emptied, at most CLIPBOARD_WAIT_MS later, never with an error.
 */
export function emptyCopiedSummary(): Promise<void> | null {
  if (!summaryCopied || !navigator.clipboard) return null;
  summaryCopied = false;
  const emptied = navigator.clipboard.writeText('').catch(() => undefined);
  return Promise.race([emptied, new Promise<void>((resolve) => setTimeout(resolve, CLIPBOARD_WAIT_MS))]);
}

/**
 * Tells the site's other tabs that the person left (a tab left open behind would still show
 * the answers given there to whoever picks up the phone), or that a summary was copied.
 * Nothing leaves the browser; a channel reaches only this site's pages.
 */
function tellOtherTabs(message: TabMessage): void {
  // Not open yet (idle has not come): a channel for this message alone.
  const sender = channel ?? openChannel();
  sender?.postMessage(message);
  if (sender !== channel) sender?.close();
}

/**
 * Counts `element` among those a quick exit wipes while it is on the page, and has the page
 * hear of quick exits in the site's other tabs.
 */
export function addToPage(element: Wipeable): void {
  onPage.add(element);
  hearOtherTabs();
}

/** Off the page, `element` hears of no quick exit: it compares `exitsSoFar()` on its return. */
export function removeFromPage(element: Wipeable): void {
  onPage.delete(element);
}

/** How many quick exits this page has seen (see exitsSeen). */
export const exitsSoFar = (): number => exitsSeen;
