import { coverThePage, opaquePageColor } from './exit-cover.js';

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
export function silenceLeaveWarnings(): void {
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
export function leavePage(url: string): void {
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
