import type { ReactiveElement } from 'lit';
import type { EarlyTapGuard } from './early-tap.js';
import { fitsWith, focusInView, showInView, showWithAnswer } from './reveal.js';
import { STEP_HEADING_ID } from './steps/view.js';

/**
 * Where keyboard focus goes after an update of `<op-eligibility>`, and why.
 *
 * - The person acted on a step (Continue, Back, Change, Confirm, Start again): the new
 *   step's heading takes focus, which reads it to a screen reader; an answer refused
 *   sends it to the error summary instead.
 * - Anything else (the host's answers, date or data, the first question): focus stays
 *   where it is, on the page.
 * - The trainer drove the wizard from their panel: their controls keep focus (the room
 *   watches the step change), the step is scrolled into view and the live region says it.
 * - A change the person did not make here (saved answers resumed, a new day, another tab
 *   forgetting the answers): focus follows only if it was within the element.
 * - Recoveries: what held focus and went (the heading or exit bar a host redrew, the
 *   question a scenario replaced, a "Try again" or "Delete saved answers" button) hands it
 *   to the step's heading, not to the page's start, where a keyboard or screen reader user
 *   would be lost; "Save my answers" hands it to "Forget my answers", which takes its place.
 *
 * The element records each intent as it happens (the methods named for the events), tells
 * the plan in willUpdate() of a new step or problem, and calls carryOut() from updated().
 */
export class FocusPlan {
  readonly #host: ReactiveElement;
  readonly #earlyTaps: EarlyTapGuard;
  /** Set when the person acted: the next step takes focus and is announced. */
  #personActed = false;
  /** The trainer's controls keep focus while they drive the wizard (the room watches the step change). */
  #keepFocus = false;
  /**
   * The trainer moved the wizard from their panel: the new step is scrolled into view for the
   * room (the panel's buttons lie beside or below it, and a longer question pushed it away).
   */
  #showStep = false;
  /** The trainer's "Next step" chose the scenario's answer on the question shown: it is scrolled into view for the room. */
  #showAnswer = false;
  /** "Save my answers" was pressed: its replacement, "Forget my answers", takes the focus. */
  #focusForget = false;
  /** Focus was on what a host's change of `heading-level` or `no-quick-exit` (the heading, the exit bar), or a scenario opening (the question), may take away. */
  #focusedBeforeRedraw: Element | null = null;
  /** "Try again" fetched the result's module: focus goes to the result (or to the failure again) when it settles. */
  #focusResult = false;
  #stepChanged = false;
  #problem: unknown = null;
  #problemChanged = false;

  /** `earlyTaps` learns of each step and error summary drawn, before focus moves onto it. */
  constructor(host: ReactiveElement, earlyTaps: EarlyTapGuard) {
    this.#host = host;
    this.#earlyTaps = earlyTaps;
  }

  /** The person acts on the step: focus follows them to the next one, which is announced. */
  personActed(): void {
    this.#personActed = true;
  }

  /**
   * A change the person did not make here (saved answers resumed, a new day, the answers
   * forgotten in another tab): the next step is announced, and takes focus only if focus is
   * within the element now; a person reading elsewhere on the page hears it instead.
   */
  changedFromOutside(): void {
    this.#personActed = true;
    this.#keepFocus = !this.#host.matches(':focus-within');
  }

  /** The trainer drove the wizard: with `keepFocus`, their controls keep focus and the new step is scrolled into view. */
  trainerDrove(keepFocus: boolean): void {
    this.#keepFocus = keepFocus;
    this.#showStep = keepFocus;
  }

  /** "Next step" showed the scenario's answer on the question, focus staying on the button: the room is shown the question with it. */
  answerShown(): void {
    this.#showAnswer = true;
  }

  /**
   * What has focus may be drawn away: the heading or exit bar anew (the host changed
   * `heading-level` or `no-quick-exit`), "Delete saved answers" once pressed.
   */
  focusedMayGo(): void {
    this.#focusedBeforeRedraw = this.#activeInside();
  }

  /**
   * A scenario opens: focus on a question it replaces (training mode arrived late, the
   * trainer answering meanwhile) would fall to the page: it goes to the new step's heading.
   */
  scenarioOpens(): void {
    this.#focusedBeforeRedraw ??= this.#activeInside();
  }

  /** "Save my answers" was pressed: "Forget my answers" takes its place, and the focus. */
  savePressed(): void {
    this.#focusForget = true;
  }

  /** "Try again" fetched the result's details. The button goes while they load: focus waits on the outcome's heading, which stays, and goes to it again when they settle. */
  retryPressed(): void {
    this.#focusResult = true;
    this.waitOnHeading();
  }

  /** "Try again" on the result was pressed and its update is not done: a second failure needs saying, since the heading focused says only the outcome. */
  get retrying(): boolean {
    return this.#focusResult;
  }

  /**
   * In willUpdate(): a new step is drawn. Returns what the live region says of it. Focus on
   * the new step's heading reads it: the live region says only what focus does not (a
   * notice, 'notice'), or the step itself when focus stays where it is ('step'); nothing
   * when the person did not act.
   */
  newStep(): 'step' | 'notice' | null {
    this.#stepChanged = true;
    if (!this.#personActed) return null;
    return this.#keepFocus ? 'step' : 'notice';
  }

  /** In willUpdate(): the screening's problem (a refused answer), whose error summary takes focus when it is new. */
  problemIs(problem: unknown): void {
    if (problem === this.#problem) return;
    this.#problem = problem;
    this.#problemChanged = problem !== null;
  }

  /**
   * In updated(): moves focus as planned, and clears the plan for the next update.
   * `resultWaiting`: a result is reached but its details are still on their way (their
   * stand-in is shown); `shown`: the step is on screen (not the page's fallback).
   * Returns 'new-step' when a new step was drawn (the host is told of it), 'same-step', or
   * 'hidden' when the step is not on screen to be told of (off the page, waiting, not shown yet).
   */
  carryOut({ resultWaiting, shown }: { resultWaiting: boolean; shown: boolean }): 'new-step' | 'same-step' | 'hidden' {
    if (!this.#host.isConnected) {
      // Off the page (a framework removed it while its result loaded): it tells the host of
      // the step only when it is back, if ever, and then takes no focus, since nobody saw it come.
      this.#personActed = this.#keepFocus = this.#showStep = this.#focusForget = this.#focusResult = this.#problemChanged = false;
      this.#focusedBeforeRedraw = null;
      return 'hidden';
    }
    if (this.#focusForget) {
      this.#focusForget = false;
      this.#host.renderRoot.querySelector<HTMLElement>('[part~="forget"]')?.focus();
    }
    // The host rendered the focused heading or exit bar away, or a scenario the question:
    // focus goes to the step's heading, not to the page's start, where a keyboard or screen reader user would be lost.
    const lost = this.#focusedBeforeRedraw;
    this.#focusedBeforeRedraw = null;
    const root = this.#host.renderRoot;
    if (lost && !lost.isConnected && root instanceof ShadowRoot && !root.activeElement) {
      focusInView(this.#stepHeading);
    }
    // Its details still on their way (a slow or stalled connection): focus, lost to the page when
    // Confirm went, goes to the stand-in's heading, so that a screen reader hears the outcome
    // rather than nothing; the whole result, when it comes, takes it as ever.
    if (resultWaiting && this.#personActed && !this.#keepFocus && this.#focusLost()) {
      focusInView(this.#stepHeading);
    }
    // Still the page's own fallback (the language on its way): the step is not shown yet.
    if (resultWaiting || !shown) return 'hidden';
    const acted = this.#personActed && !this.#keepFocus;
    const show = this.#showStep;
    const answer = this.#showAnswer;
    this.#personActed = false;
    this.#keepFocus = false;
    this.#showStep = false;
    this.#showAnswer = false;
    if (this.#focusResult) {
      this.#focusResult = false;
      focusInView(this.#stepHeading);
    }
    if (this.#stepChanged) {
      this.#stepChanged = false;
      this.#problemChanged = false;
      this.#earlyTaps.stepShown();
      // An urgent case's note, above the heading, is seen with it, not left above the screen.
      const note = root.querySelector<HTMLElement>('[part="urgent-note"]');
      if (acted) focusInView(this.#stepHeading, note);
      // The step with its answers, for the room: not only its heading at the foot of the first screen, below the host page's header.
      else if (show) {
        const heading = this.#stepHeading;
        showInView(note && heading && fitsWith(note, heading) ? note : heading, 'start', root.querySelector<HTMLElement>('.training-main') ?? undefined);
      }
      return 'new-step';
    }
    if (answer) {
      // A double click's second click would send the answer the first one showed, before the room saw it.
      this.#earlyTaps.stepShown();
      // The question down to the answer chosen; on a list too long for that, the answer itself.
      const chosen = root.querySelector<HTMLElement>('.step input:checked') ?? root.querySelector<HTMLElement>('.step select, .step input[name="date"]');
      showWithAnswer(this.#stepHeading, chosen, root.querySelector<HTMLElement>('.training-actions'));
    }
    if (this.#problemChanged) {
      this.#problemChanged = false;
      // The error summary moved the question down: a double tap's second tap lands on it drawn anew.
      this.#earlyTaps.stepShown();
      focusInView(root.querySelector<HTMLElement>('.error-summary'));
    }
    return 'same-step';
  }

  /** A "Try again" was pressed, and goes while what it fetches loads: focus waits on the step's heading, which stays. */
  waitOnHeading(): void {
    this.#stepHeading?.focus();
  }

  /** Focus lost to the page (the control it was on went with the step): back to the step's heading. */
  recoverLost(): void {
    if (this.#focusLost()) focusInView(this.#stepHeading);
  }

  /** The heading of the step shown, where focus goes at each new step. */
  get #stepHeading(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#${STEP_HEADING_ID}`);
  }

  /** Focus is on no control: the one it was on went with the step, and a keyboard or screen reader is left at the page's start. */
  #focusLost(): boolean {
    return document.activeElement === null || document.activeElement === document.body;
  }

  #activeInside(): Element | null {
    const root = this.#host.renderRoot;
    return root instanceof ShadowRoot ? root.activeElement : null;
  }
}
