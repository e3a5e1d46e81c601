/**
 * Registers the element's spacing unit as a length, so that it is computed once, on the
 * host, and inherited as px. WebKit does not restyle an element in a shadow root whose own
 * font size did not change: where the host's font size is set in px and the page's root
 * font size changes (a site's "larger text" switch), margins in rem kept their old size
 * until a reload. A computed length on the host changes instead, and what is inside follows.
 * Browsers without `CSS.registerProperty` keep the unregistered `1rem`, as before.
 */
export function registerSpacing(): void {
  globalThis.CSS?.registerProperty?.({ name: '--_op-eligibility-space', syntax: '<length>', inherits: true, initialValue: '16px' });
}
