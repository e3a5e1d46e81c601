/**
 * op-eligibility: registers <op-eligibility> and re-exports the headless engine, so one
 * import gives both the element and the API it is built on.
 */
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

// A page may load two copies (an embed and an app): the first one wins, quietly.
if (!customElements.get('op-eligibility')) {
  registerSpacing();
  customElements.define('op-eligibility', OpEligibility);
}
