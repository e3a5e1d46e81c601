/**
 * The class names by which the session recorders built on rrweb (rrweb itself, PostHog,
 * Sentry) and FullStory leave an element out of what they record. On the element's root,
 * and on each control as well: Lit sets a control's `.checked` or `.value` before its
 * template joins the page, and a recorder hearing that setter finds no marked ancestor yet.
 */
export const NOT_RECORDED = 'rr-block ph-no-capture sentry-block fs-exclude';
