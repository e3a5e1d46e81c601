import type { Answers, Assessment, Step, ValidationError } from '../core/index.js';

/** Detail of `op-eligibility-step`: where the person is now, and every answer given so far. */
export interface OpEligibilityStepDetail {
  step: Step;
  /** Every answer given, including ones the current route no longer asks: pass it back as `answers` to restore. */
  answers: Answers;
  /**
   * Training mode only: the scenario playing, by its id, or null when none is (none started, or
   * after Reset), so that a host can keep it in its address as the trainer switches.
   */
  training?: { scenario: string | null };
}

/** Detail of `op-eligibility-complete`: the result the person sees. */
export interface OpEligibilityCompleteDetail {
  assessment: Assessment;
}

/** Detail of `op-eligibility-error`: input the element rejected (its default used instead; rejected `answers` are ignored). */
export interface OpEligibilityErrorDetail {
  error: ValidationError;
}

/** Detail of `op-eligibility-exit`: where the quick exit is about to go. */
export interface OpEligibilityExitDetail {
  url: string;
}

/** `op-eligibility-step`: a step is shown. */
export type OpEligibilityStepEvent = CustomEvent<OpEligibilityStepDetail>;
/** `op-eligibility-complete`: the result is shown. */
export type OpEligibilityCompleteEvent = CustomEvent<OpEligibilityCompleteDetail>;
/** `op-eligibility-error`: an attribute, property or saved state was rejected. */
export type OpEligibilityErrorEvent = CustomEvent<OpEligibilityErrorDetail>;
/** `op-eligibility-exit`: the quick exit; cancelable. */
export type OpEligibilityExitEvent = CustomEvent<OpEligibilityExitDetail>;

/** The element's events by name; `addEventListener('op-eligibility-complete', …)` is typed through it on any element or document. */
export interface OpEligibilityEventMap {
  'op-eligibility-step': OpEligibilityStepEvent;
  'op-eligibility-complete': OpEligibilityCompleteEvent;
  'op-eligibility-error': OpEligibilityErrorEvent;
  'op-eligibility-exit': OpEligibilityExitEvent;
}

/**
 * A copy of an event's data (answers, an assessment: plain data), so that a host that
 * changes it changes nothing in the element. structuredClone where the browser has it;
 * Safari before 15.4 and Chromium before 98 do not, and JSON carries the same data (a
 * property set to undefined aside, which it leaves out).
 */
export const copyOf = <T>(data: T): T => (typeof structuredClone === 'function' ? structuredClone(data) : (JSON.parse(JSON.stringify(data)) as T));

/**
 * Dispatches one of the element's events: bubbling and composed, so hosts see it outside
 * any shadow root. Returns false when a cancelable event was cancelled.
 */
export function emit<K extends keyof OpEligibilityEventMap>(
  target: EventTarget,
  type: K,
  detail: OpEligibilityEventMap[K]['detail'],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap extends OpEligibilityEventMap {}
}
