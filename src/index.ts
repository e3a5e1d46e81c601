/**
 * op-eligibility: registers <op-eligibility> and re-exports the headless engine, so one
 * import gives both the element and the API it is built on.
 */
import { isServer } from 'lit';
import { OpEligibility } from './element/op-eligibility.js';
import { registerSpacing } from './element/spacing.js';

export * from './core/index.js';
export { OpEligibility } from './element/op-eligibility.js';
export type {
  OpEligibilityCompleteDetail,
  OpEligibilityCompleteEvent,
  OpEligibilityErrorDetail,
  OpEligibilityErrorEvent,
  OpEligibilityEventMap,
  OpEligibilityExitDetail,
  OpEligibilityExitEvent,
  OpEligibilityStepDetail,
  OpEligibilityStepEvent,
} from './element/events.js';

// A page may load two copies (an embed and an app): the first one wins, quietly. On a
// server (Lit's Node build: Next.js, Nuxt, Astro rendering a page), nothing is registered:
// a server renderer then writes the tag and its fallback as they are, for the browser to
// upgrade, rather than construct an element that needs a browser and throw.
if (!isServer && !customElements.get('op-eligibility')) {
  registerSpacing();
  customElements.define('op-eligibility', OpEligibility);
}
