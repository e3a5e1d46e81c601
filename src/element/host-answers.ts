import { sameAnswers } from '../core/answers.js';
import { parseAnswers, ValidationError, type Answers } from '../core/index.js';

/**
 * The host's `answers` property, as accepted, and whether it replaces the screening's.
 *
 * Answers the screening holds already (a host passing back each step event's, as a
 * controlled component does) change nothing: a restart would move the person off the
 * question they went back to, and fire a step event that the host passes back again. Nor
 * do the answers it passed last, in a new object (React rendering again with an object
 * literal, `{}` among them, or with what it parsed from storage): the person would lose
 * every answer given since. No answers (undefined) start afresh, and the next answers
 * passed are taken whatever they are.
 */
export class HostAnswers {
  /** The answers the host passed, as accepted; undefined when there are none, they were rejected, or forgotten. */
  given: Answers | undefined;
  /** The answers the host passed last, as accepted; kept through a restart and a quick exit, after which they would bring the answers back. */
  #passed: Answers | undefined;

  /**
   * Reads the property's `value`; `check` throws a ValidationError naming each answer the
   * engine refuses on any route. True when the answers replace `screening`'s, the answers the
   * screening holds now; a rejection goes to `reject` and leaves the screening as it was.
   */
  read(value: unknown, screening: Answers | undefined, check: (answers: Answers) => void, reject: (error: ValidationError) => void): boolean {
    const passed = this.#passed;
    const accepted = this.#accept(value, check, reject);
    const given = this.given;
    const again = passed && given && sameAnswers(given, passed);
    if (accepted) this.#passed = given;
    return accepted && !again && !(given && screening && sameAnswers(given, screening));
  }

  /** Forgets the answers given ("Forget my answers", the quick exit): they no longer start a screening. */
  forget(): void {
    this.given = undefined;
  }

  /**
   * False when the answers were rejected (and reported): malformed, or refused by the engine
   * on any route, as assess() refuses them (the person would find an error on a step they
   * never answered); none at all is accepted, as a fresh start.
   */
  #accept(value: unknown, check: (answers: Answers) => void, reject: (error: ValidationError) => void): boolean {
    this.given = undefined;
    if (value === undefined || value === null) return true;
    try {
      const answers = parseAnswers(value);
      check(answers);
      this.given = answers;
      return true;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      reject(error);
      return false;
    }
  }
}
