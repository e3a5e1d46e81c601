import type { OpEligibility } from '../../src/index.js';

/** What test/safety/probe.js records inside a page. */
export interface Probe {
  violations: { directive: string; blocked: string; sample: string }[];
  storageCalls: { method: string; key: unknown }[];
  cookieWrites: string[];
  networkCalls: { api: string; target: string }[];
  resources: { name: string; start: number }[];
  loadedAt: number | null;
}

export const PAGE = '/test/safety/page.html';
export const EXITED = '/test/safety/exited.html';

export type FrameWindow = Window & typeof globalThis & { __probe: Probe };

const loaded = (frame: HTMLIFrameElement): Promise<void> =>
  new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

/** Loads the safety test page (served with the strict CSP) in an iframe with this sandbox, once the element is defined there. */
export async function loadFrame(sandbox = ['allow-scripts', 'allow-same-origin', 'allow-forms', 'allow-modals']): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  // Never allow-top-navigation: the quick exit would otherwise leave the test runner's page.
  frame.sandbox.add(...sandbox);
  frame.src = PAGE;
  const done = loaded(frame);
  document.body.append(frame);
  await done;
  await frameWindow(frame).customElements.whenDefined('op-eligibility');
  return frame;
}

export const frameWindow = (frame: HTMLIFrameElement): FrameWindow => frame.contentWindow as FrameWindow;

/** Resolves on the frame's next load (after a navigation or a reload). */
export const nextLoad = loaded;

/** Adds an <op-eligibility> with these attributes to the page in the frame. */
export async function addElement(frame: HTMLIFrameElement, attributes: Record<string, string> = {}): Promise<OpEligibility> {
  const doc = frame.contentDocument!;
  const el = doc.createElement('op-eligibility') as OpEligibility;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  doc.body.append(el);
  await el.updateComplete;
  return el;
}
