import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assess, isCalendarDate, QUESTION_KINDS, today, type Answers, type Assessment, type QuestionId } from '../../src/core/index.js';
import type { OpEligibility } from '../../src/index.js';
import { $, $$, active, CDP, currentQuestion, fill, firstTap, frames, headingText, liveText, outcome, quietly, settle, AS_OF, SPACE, LANGUAGES } from './helpers.js';
import { seededRandom, type SeededRandom } from '../support/seeded-random.js';

/*
 * A seeded monkey: long random sequences of what people and hosts do to the element
 * (answers by click and by keyboard, Back, Change, Confirm, Start again, a double tap, a
 * language switch, a new date, bad data, the host's answers, a new heading level,
 * training mode on and off, "Exit this page", a save and a reload, removing and adding it
 * back, two elements on one page), with the invariants checked after every action. A
 * failure names its seed, step and the last actions; SEEDS and STEPS stay few so that the
 * suite stays quick (about 10 s); for a longer exploration, raise them locally.
 */
const SEEDS = [3, 10, 15];
const STEPS = 45;

const DATES = ['2026-03-01', '2025-05-10', '2024-02-29', '2025-03-01'];

/** What one element told its page. */
interface Heard {
  steps: CustomEvent[];
  completes: CustomEvent[];
  errors: CustomEvent[];
}

function listen(el: OpEligibility): Heard {
  const heard: Heard = { steps: [], completes: [], errors: [] };
  el.addEventListener('op-eligibility-step', (e) => heard.steps.push(e as CustomEvent));
  el.addEventListener('op-eligibility-complete', (e) => heard.completes.push(e as CustomEvent));
  el.addEventListener('op-eligibility-error', (e) => heard.errors.push(e as CustomEvent));
  return heard;
}

/** What the element shows: the question, the summary or the result's outcome. */
function shown(el: OpEligibility): string {
  const question = currentQuestion(el);
  if (question) return `question:${question}`;
  if ($(el, '[part~="summary"]')) return 'review';
  const result = outcome(el);
  return result ? `result:${result}` : 'nothing';
}

const stepName = (step: { kind: string; question?: string; outcome?: string }): string =>
  step.kind === 'question' ? `question:${step.question}` : step.kind === 'result' ? `result:${step.outcome}` : 'review';

const defined = (answers: Record<string, unknown>): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers;

/** A value for the question shown, from its own controls (now and then one the question refuses). */
function randomValue(el: OpEligibility, question: QuestionId, asOf: string, { next, pick }: SeededRandom): unknown {
  const kind = QUESTION_KINDS[question];
  if (next() < 0.08) return kind.kind === 'multiple' ? [] : '';
  if (kind.kind === 'state') return pick($$<HTMLOptionElement>(el, 'select[name="answer"] option').map((o) => o.value).filter(Boolean));
  if (kind.kind === 'date') {
    if (next() < 0.2) return 'unknown';
    // The assessment day, a year before it and the day after it (refused), and further back.
    const days = pick([0, 1, -1, -365, -366, -3000, -6000]);
    return new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }
  const values = $$<HTMLInputElement>(el, 'input[name="answer"]').map((i) => i.value);
  if (kind.kind === 'choice') return pick(values);
  const exclusive: readonly string[] = kind.exclusive ?? [];
  if (exclusive.length && next() < 0.4) return [pick(exclusive)];
  const open = values.filter((v) => !exclusive.includes(v));
  const chosen = open.filter(() => next() < 0.3);
  return chosen.length ? chosen : [pick(open)];
}

describe('the element under a seeded monkey (random sequences of real actions)', function () {
  this.timeout(60_000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => sessionStorage.clear());
  /** How many actions of each kind the sequences took, and results they reached. */
  const taken = new Map<string, number>();

  for (const seed of SEEDS) {
    it(`seed ${seed}, ${STEPS} actions on two elements: one step shown, focus on it, the result is assess() of the answers, nothing lost or thrown`, async () => {
      const random = seededRandom(seed);
      const { next, pick } = random;
      const page = await fixture<HTMLDivElement>(html`<div>
        <op-eligibility id="chaos-a" lang="en" as-of=${AS_OF}></op-eligibility>
        <op-eligibility id="chaos-b" lang="en" as-of=${AS_OF}></op-eligibility>
      </div>`);
      const elements = [...page.querySelectorAll<OpEligibility>('op-eligibility')];
      page.addEventListener('op-eligibility-exit', (event) => event.preventDefault());
      const heard = new Map(elements.map((el) => [el, listen(el)]));
      await Promise.all(elements.map(settle));
      const log: string[] = [];

      for (let i = 0; i < STEPS; i++) {
        const index = Math.floor(next() * elements.length);
        const el = elements[index]!;
        const ears = heard.get(el)!;
        const where = () => `seed ${seed}, step ${i} (${log.slice(-6).join(' → ')})`;
        const before = shown(el);
        const stepsBefore = ears.steps.length;
        const lastAnswers = () => defined((ears.steps.at(-1)?.detail.answers as Record<string, unknown>) ?? {});
        const answersBefore = lastAnswers();
        // The element's date: an invalid `as-of` is refused for today.
        const asOf = isCalendarDate(el.asOf) ? el.asOf : today();
        let personActed = true;
        let expectStepKept = false;
        const roll = next();
        let action = '';

        // Mostly what the step asks for (an answer, Confirm, a result's buttons), so that results are reached.
        if (roll < 0.62 && before.startsWith('question:')) {
          const question = before.slice('question:'.length) as QuestionId;
          const button = $<HTMLButtonElement>(el, 'button[part~="continue"]')!;
          const radios = $$<HTMLInputElement>(el, 'input[type="radio"][name="answer"]');
          if (radios.length && next() < 0.3) {
            // By keyboard alone: to an option with the arrow keys, then Enter in the field.
            const presses = Math.floor(next() * radios.length);
            action = `${el.id} answers ${question} by keyboard (${presses} × ArrowDown, Enter)`;
            radios[0]!.focus();
            await sendKeys({ press: SPACE });
            for (let k = 0; k < presses; k++) await sendKeys({ press: 'ArrowDown' });
            await sendKeys({ press: 'Enter' });
          } else {
            const value = randomValue(el, question, asOf, random);
            await fill(el, value);
            // WebDriver (Firefox, WebKit) counts every click as a series' first: there a double tap is two taps.
            const how = pick(CDP ? ['click', 'enter', 'double tap'] : ['click', 'enter', 'click']);
            action = `${el.id} answers ${question} ${JSON.stringify(value)} (${how})`;
            if (how === 'click') button.click();
            else if (how === 'enter') {
              button.focus();
              await sendKeys({ press: 'Enter' });
            } else {
              await (await firstTap(button))();
            }
          }
        } else if (roll < 0.62 && before === 'review') {
          if (next() < 0.7) {
            action = `${el.id} Confirm`;
            $<HTMLButtonElement>(el, '[part~="confirm"]')!.click();
          } else {
            const change = pick($$<HTMLButtonElement>(el, '[part~="change"]'));
            action = `${el.id} Change ${change.textContent?.trim()}`;
            change.click();
          }
        } else if (roll < 0.62 && before.startsWith('result:')) {
          // Training mode has no "Change your answers": a scenario's answers are not the person's to change.
          const [name, button] = next() < 0.5 || !$(el, '[part~="change-answers"]') ? ['Start again', '[part~="restart"]'] : ['Change your answers', '[part~="change-answers"]'];
          action = `${el.id} ${name}`;
          $<HTMLButtonElement>(el, button)!.click();
        } else if (roll < 0.7 && $(el, '[part~="back"]')) {
          action = `${el.id} Back`;
          $<HTMLButtonElement>(el, '[part~="back"]')!.click();
        } else if (roll < 0.72 && $(el, '[part~="forget"]')) {
          action = `${el.id} Forget my answers`;
          $<HTMLButtonElement>(el, '[part~="forget"]')!.click();
        } else if (roll < 0.75) {
          // The host renders the heading at another level: focus on the heading stays on it.
          personActed = false;
          expectStepKept = true;
          const onHeading = active(el)?.id === 'step-heading';
          const level = pick(['1', '3', '6', '2', '9']);
          action = `${el.id} heading-level=${level}${onHeading ? ' (focus on the heading)' : ''}`;
          await quietly(async () => {
            el.setAttribute('heading-level', level);
            await settle(el);
          });
          if (onHeading) expect(active(el)?.id, `${where()}: focus left the heading at a new level`).to.equal('step-heading');
        } else if (roll < 0.8) {
          personActed = false;
          expectStepKept = true;
          el.lang = pick(LANGUAGES);
          action = `${el.id} lang=${el.lang}`;
        } else if (roll < 0.84) {
          personActed = false;
          const date = pick([...DATES, '2026-02-30']);
          action = `${el.id} as-of=${date}`;
          const errors = ears.errors.length;
          const changed = el.getAttribute('as-of') !== date;
          await quietly(async () => {
            el.setAttribute('as-of', date);
            await settle(el);
          });
          if (changed && !isCalendarDate(date)) expect(ears.errors.slice(errors).map((e) => e.detail.error.input), `${where()}: a bad date fired no error`).to.deep.equal(['attribute']);
          else expect(ears.errors.length, `${where()}: a good date fired an error`).to.equal(errors);
        } else if (roll < 0.88) {
          personActed = false;
          expectStepKept = true;
          const errors = ears.errors.length;
          const [property, value] = pick<[string, unknown]>([
            ['parties', {}],
            ['parties', { states: 'x' }],
            ['parties', 42],
            ['answers', { state: 'ZZ' }],
            ['answers', { factsDate: '2999-01-01' }],
            ['answers', 'ES'],
          ]);
          action = `${el.id} bad ${property}`;
          const host = el as unknown as Record<string, unknown>;
          // The same value again is no change, and says nothing.
          const changed = host[property] !== value;
          await quietly(async () => {
            host[property] = value;
            await settle(el);
          });
          if (changed) expect(ears.errors.slice(errors).map((e) => e.detail.error.input), `${where()}: bad ${property} fired no error`).to.deep.equal([property]);
          // Shipped data again changes nothing; `answers` stays as refused (set empty, it would start afresh).
          if (property === 'parties') el.parties = undefined;
        } else if (roll < 0.9) {
          // "Exit this page" (the button, or Shift three times), its leaving cancelled by the host: every screening is wiped.
          personActed = false;
          const byKeys = next() < 0.5;
          action = `${el.id} quick exit${byKeys ? ' (Shift×3)' : ''}`;
          if (byKeys) {
            $<HTMLButtonElement>(el, '[part~="continue"], [part~="confirm"], [part~="restart"]')?.focus();
            for (let k = 0; k < 3; k++) await sendKeys({ press: 'Shift' });
          } else $<HTMLButtonElement>(el, '[part~="quick-exit"]')!.click();
          for (const other of elements) {
            await settle(other);
            $<HTMLDialogElement>(other, 'dialog.exit-cover')?.close();
          }
          document.querySelectorAll<HTMLDialogElement>('body > dialog').forEach((d) => d.close());
          expect(Object.keys(sessionStorage).filter((k) => k.startsWith('op-eligibility')), `${where()}: saved answers left after the exit`).to.deep.equal([]);
          for (const other of elements) {
            expect(shown(other), `${where()}: ${other.id} not wiped`).to.equal('question:state');
            expect($<HTMLSelectElement>(other, 'select')!.value, `${where()}: ${other.id} keeps its State`).to.equal('');
          }
        } else if (roll < 0.91 && el.mode !== 'training') {
          // The host passes answers: the screening's own back (a controlled component) changes
          // nothing; others restart it from them, asking the first question they leave open.
          personActed = false;
          const same = next() < 0.5;
          const given = same ? structuredClone(lastAnswers()) : { state: 'ES', jurisdiction: 'yes' as const };
          action = `${el.id} host-answers${same ? ' (its own)' : ''}`;
          el.answers = given;
          await settle(el);
          if (same) {
            expect(ears.steps.length, `${where()}: its own answers given back restarted it`).to.equal(stepsBefore);
            expect(shown(el)).to.equal(before);
          } else {
            expect(lastAnswers(), `${where()}: the host's answers`).to.deep.equal(given);
            expect(shown(el), `${where()}: after the host's answers`).to.equal('question:author');
          }
        } else if (roll < 0.93) {
          // The host switches training mode on or off mid-way: the screening goes on as it was.
          personActed = false;
          expectStepKept = true;
          const mode = el.mode === 'training' ? 'screening' : 'training';
          action = `${el.id} mode=${mode}`;
          el.setAttribute('mode', mode);
          await settle(el);
        } else if (roll < 0.95) {
          personActed = false;
          expectStepKept = true;
          action = `${el.id} removed and added back`;
          const parent = el.parentNode!;
          const sibling = el.nextSibling;
          el.remove();
          await frames(1);
          parent.insertBefore(el, sibling);
          await settle(el);
          expect(ears.steps.length, `${where()}: put back, it fired a step again`).to.equal(stepsBefore);
        } else {
          // Saves, then the page is loaded again: a new element with the same id and persist.
          personActed = false;
          if (el.mode === 'training') {
            action = `${el.id} persist in training mode`;
            const storage = JSON.stringify(sessionStorage);
            el.setAttribute('persist', 'session');
            await settle(el);
            expect($(el, '[part~="save"]'), `${where()}: training mode offers to save`).to.equal(null);
            expect(JSON.stringify(sessionStorage), `${where()}: training mode touched storage`).to.equal(storage);
            el.removeAttribute('persist');
            await settle(el);
          } else {
          action = `${el.id} save and reload`;
          el.setAttribute('persist', 'session');
          await settle(el);
          $<HTMLButtonElement>(el, '[part~="save"]')?.click();
          await settle(el);
          // Saved: every answer but a date after the screening's date (the host moved it back), which is asked again.
          const saved = Object.fromEntries(Object.entries(lastAnswers()).filter(([, v]) => !(isCalendarDate(v) && v > asOf)));
          const fresh = document.createElement('op-eligibility');
          fresh.id = el.id;
          fresh.lang = el.lang;
          fresh.setAttribute('as-of', el.getAttribute('as-of') ?? AS_OF);
          fresh.setAttribute('persist', 'session');
          const freshEars = listen(fresh);
          fresh.addEventListener('op-eligibility-exit', (event) => event.preventDefault());
          el.replaceWith(fresh);
          await settle(fresh);
          const restored = defined((freshEars.steps.at(-1)?.detail.answers as Record<string, unknown>) ?? {});
          expect(restored, `${where()}: the answers saved did not come back`).to.deep.equal(saved);
          elements[index] = fresh;
          heard.set(fresh, freshEars);
          }
        }
        log.push(action);
        const kind = action.split(/[ =]/)[1]!;
        taken.set(kind, (taken.get(kind) ?? 0) + 1);
        const now = elements[index]!;
        await settle(now);

        expect(uncaught, where()).to.deep.equal([]);
        for (const other of elements) {
          // Exactly one step: one heading, and the question, the summary or the result.
          expect($$(other, '#step-heading').length, `${where()}: ${other.id} headings`).to.equal(1);
          const step = heard.get(other)!.steps.at(-1)?.detail.step;
          if (step) expect(shown(other), `${where()}: ${other.id} shows another step than it told the page`).to.equal(stepName(step));
        }
        if (expectStepKept) {
          expect(shown(now), `${where()}: the step changed`).to.equal(before);
          expect(lastAnswers(), `${where()}: answers lost`).to.deep.equal(answersBefore);
        }
        const moved = heard.get(now)!.steps.length > stepsBefore;
        if (personActed && moved) {
          const focused = active(now) as HTMLElement | null;
          expect(focused?.id, `${where()}: focus after the step changed`).to.equal('step-heading');
          expect(focused!.getBoundingClientRect().height, `${where()}: the focused heading is not visible`).to.be.greaterThan(0);
        } else if (personActed && $(now, '[part~="error-summary"]') && shown(now) === before) {
          expect(active(now), `${where()}: a refused answer’s error summary has no focus`).to.equal($(now, '[part~="error-summary"]'));
        }
        if (personActed && moved) {
          // Focus on the heading reads the step: the live region does not say it again.
          expect(liveText(now), `${where()}: the live region repeats the heading`).not.to.include(headingText(now));
        }
        const complete = heard.get(now)!.completes.at(-1)?.detail.assessment as Assessment | undefined;
        if (complete && shown(now).startsWith('result:') && moved) {
          // The answers the result names are the person's, and assess() of them gives that very result.
          const given = lastAnswers() as Record<string, unknown>;
          for (const [q, value] of Object.entries(complete.answers)) expect(value, `${where()}: the result's ${q}`).to.deep.equal(given[q]);
          const { training, ...screened } = complete;
          expect(training === undefined, `${where()}: marked as training or not`).to.equal(now.mode !== 'training');
          expect(screened, `${where()}: the result is not assess() of its answers`).to.deep.equal(assess(complete.answers, { asOf: complete.dates.asOf }));
          expect(shown(now)).to.equal(`result:${complete.outcome}`);
          taken.set('result', (taken.get('result') ?? 0) + 1);
        }
      }
    });
  }

  it('took every kind of action, and reached results', () => {
    console.log(`monkey: ${JSON.stringify(Object.fromEntries(taken))}`);
    const kinds = ['answers', 'Back', 'Confirm', 'Change', 'Start', 'lang', 'as-of', 'bad', 'heading-level', 'host-answers', 'quick', 'mode', 'removed', 'save', 'result'];
    expect(kinds.filter((kind) => !taken.has(kind))).to.deep.equal([]);
  });
});
