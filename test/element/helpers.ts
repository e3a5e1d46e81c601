import { fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { whenIdle } from '../../src/element/idle.js';
import { FEATURE_PATIENCE_MS } from '../../src/element/lazy-feature.js';
import type { OpEligibility } from '../../src/index.js';
import { CDP, describeOverCdp, FIREFOX, overCdp, unlessWebDriver, unlessWebKit, WEBKIT } from '../support/browsers.js';
import { nextFrame, within } from '../support/watchdog.js';
import { answersOf, ROUTES } from './paths.js';
import { STATES_PARTIES } from '../../src/data/states-parties.js';
import type { StateRecord, StatesPartiesData } from '../../src/core/index.js';
import { sourceLocale, targetLocales } from '../../src/generated/locale-codes.js';

/*
 * A test that Tabs past the page's last control leaves Firefox's focus in its own toolbar, and
 * there it stays for the test files after it: their key presses go astray and `:focus` matches
 * nothing. Said by the test that did it, not by the files that meet it minutes later.
 */
let pageHadFocus = false;
beforeEach(() => {
  pageHadFocus = document.hasFocus();
});
afterEach(() => {
  if (pageHadFocus && !document.hasFocus()) throw new Error('The test left the focus outside the page (Tab past its last control?): the test files after it would lose their key presses.');
});

/** The Space bar, by its `key`: Chromium's driver also knows it as 'Space', Firefox's (WebDriver BiDi) only as this. */
export const SPACE = ' ';

export { CDP, describeOverCdp, FIREFOX, overCdp, unlessWebKit, WEBKIT };

/** `it` for a test of the printed page: WebDriver cannot emulate print media. */
export const onPaperOnly = overCdp('print media emulation');

/** `it` for a test of a double tap: WebDriver gives each click a count of 1. */
export const withClickCount = unlessWebDriver('its driver gives each click its own series (detail 1), whatever its count');

/** `it` for a test that types a name with a space into a closed list: in WebKit, Space opens the list, which ends its type-ahead. */
export const typingAheadPastSpace = unlessWebKit('Space opens a closed list, ending its type-ahead');

/**
 * `it` for a quick exit from a sandboxed frame without allow-top-navigation, which leaves
 * the frame alone: WebKit lets `top.location.replace()` through, and the test runner's own
 * page leaves.
 */
export const exitingTheFrameAlone = unlessWebKit('the sandboxed frame replaces the test runner’s page itself');

/** `it` for a test that reaches a link with Tab: Safari's Tab skips links unless the person turned that on (the WebKit run keeps that default). */
export const tabbingToLinks = unlessWebKit('Tab skips links, as in Safari by default');

/** The assessment date every test uses, so results do not change with the calendar. */
export const AS_OF = '2026-03-01';

/** Every language of lit-localize.json, English first: a language added there is tested with the others. */
export const LANGUAGES = [sourceLocale, ...targetLocales] as const;

/**
 * Newer States-Parties data as a host passes it (the shipped table, which a host's must
 * keep, with `code` joined on 15 January 2025), as of 20 February 2026 unless `table` says.
 */
export const partiesWith = (
  code: string,
  table: { source?: string; asOf?: string } = {},
  unconfirmed: StateRecord['unconfirmed'] = [],
): StatesPartiesData => ({
  source: table.source ?? 'test',
  asOf: table.asOf ?? '2026-02-20',
  states: [...STATES_PARTIES.states, { code, signedOn: null, consentedOn: '2025-01-15', consentKind: 'accession', article10: false, article11: false, unconfirmed }],
});

export async function make(
  options: { asOf?: string; headingLevel?: string; answers?: unknown; parties?: unknown; procedures?: unknown; lang?: string } = {},
): Promise<OpEligibility> {
  const el = await fixture<OpEligibility>(html`<op-eligibility
    as-of=${options.asOf ?? AS_OF}
    heading-level=${options.headingLevel ?? '2'}
    lang=${options.lang ?? 'en'}
    .answers=${options.answers}
    .parties=${options.parties}
    .procedures=${options.procedures}
  ></op-eligibility>`);
  await el.updateComplete;
  return el;
}

/** The text-spacing override of WCAG 1.4.12, as a reader's stylesheet or bookmarklet applies it, inside the shadow root too. */
export function spaceText(el: OpEligibility): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }');
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

export const shadow = (el: OpEligibility): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: OpEligibility, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: OpEligibility, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The step heading's title, without the "Question N" caption inside it (nor its unseen separator). */
export const headingText = (el: OpEligibility): string => {
  const heading = $(el, '#step-heading');
  if (!heading) return '';
  return [...heading.childNodes]
    .filter((node) => (node instanceof Element && !node.classList.contains('caption') && !node.classList.contains('visually-hidden')) || node instanceof Text)
    .map((node) => node.textContent)
    .join('')
    .trim();
};
export const active = (el: OpEligibility): Element | null => shadow(el).activeElement;
export const liveText = (el: OpEligibility): string => $(el, '[role="status"]')?.textContent?.trim() ?? '';

/** The page shown again from the browser's back-forward cache (Back to it), as the browser tells it; then `el` settled. */
export async function backFromCache(el?: OpEligibility): Promise<void> {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  if (el) await settle(el);
}

/** Waits for the element to settle after an event. */
export async function settle(el: OpEligibility): Promise<void> {
  // Longer than a language's or a feature's patience (8 s), which an update may wait out.
  await within('the element’s update', el.updateComplete.then(() => el.updateComplete), 15_000);
}

/**
 * Opens "Show the route map" on the result page as a person would, then waits for the
 * map: the disclosure's `toggle` event (a task after the click) asks for its chunk, and
 * `updateComplete` waits for the chunk to arrive and render.
 */
export async function openRouteMap(el: OpEligibility): Promise<HTMLDetailsElement> {
  const disclosure = $<HTMLDetailsElement>(el, '.route-map-disclosure')!;
  const toggled = oneEvent(disclosure, 'toggle');
  disclosure.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
  return disclosure;
}

/** Fills the current question's controls with `value` (as a person would, by clicking) without submitting. */
export async function fill(el: OpEligibility, value: unknown): Promise<void> {
  const select = $<HTMLSelectElement>(el, 'select[name="answer"]');
  if (select) {
    select.value = String(value ?? '');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const date = $<HTMLInputElement>(el, 'input[type="date"]');
  if (date) {
    const unknown = $<HTMLInputElement>(el, 'input[name="unknown"]')!;
    if (value === 'unknown') {
      if (!unknown.checked) unknown.click();
    } else {
      if (unknown.checked) unknown.click();
      date.value = String(value ?? '');
    }
    return;
  }
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  for (const input of $$<HTMLInputElement>(el, 'input[name="answer"]')) {
    const want = values.includes(input.value);
    if (input.checked !== want && (input.type === 'checkbox' || want)) {
      const label = $<HTMLLabelElement>(el, `label[for="${input.id}"]`)!;
      label.click();
    }
  }
}

/** After the elements' own idle work (`whenIdle`: requestIdleCallback, or a timer in Safari, which lacks it). */
export const idle = (): Promise<void> => within('an idle moment', new Promise((resolve) => whenIdle(resolve)));

/**
 * Types `date` (YYYY-MM-DD) into the focused date input, its parts in the order the
 * browser's language puts them. Chromium moves to the next part once one is full; WebKit
 * does not, so there Tab moves on, as a person does.
 */
export async function typeDate(date: string): Promise<void> {
  const [year, month, day] = date.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2020, 10, 22))
    .filter((p): p is Intl.DateTimeFormatPart & { type: 'day' | 'month' | 'year' } => p.type === 'day' || p.type === 'month' || p.type === 'year');
  for (const [i, part] of parts.entries()) {
    if (i > 0 && WEBKIT) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: { day, month, year }[part.type] });
  }
}

/**
 * Waits `count` animation frames (three by default): the exit bar measured (its
 * ResizeObserver reports after a frame's callbacks), then fitted to the screen in the next
 * (exit-bar-layout.ts), which a callback asked for first would run before; a smooth scroll
 * moved on; a turn's focused control shown again.
 */
export async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

/** Lets Lit's updates (microtasks) run, but no task: a module being fetched cannot arrive meanwhile. */
export async function microtasksUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i += 1) await Promise.resolve();
  if (!done()) throw new Error('the element did not get there within its microtasks');
}

export async function continueOn(el: OpEligibility): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await settle(el);
}

/** Answers the current question by clicking, then Continue. */
export async function answer(el: OpEligibility, value: unknown): Promise<void> {
  await fill(el, value);
  await continueOn(el);
}

export async function confirm(el: OpEligibility): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="confirm"]')!.click();
  await settle(el);
}

/** Answers every question of `ROUTES[route]` in turn, as `answer` does: the element is left at "Check your answers". */
export async function answerAll(el: OpEligibility, route: keyof typeof ROUTES): Promise<void> {
  for (const [, value] of ROUTES[route].steps) await answer(el, value);
}

/** Answers every question of `ROUTES[route]`, then confirms the summary: the element shows that route's result. */
export async function reachResult(el: OpEligibility, route: keyof typeof ROUTES): Promise<void> {
  await answerAll(el, route);
  await confirm(el);
}

/** The person's own opt-in to save-and-resume (with `persist`): presses "Save my answers". */
export async function chooseToSave(el: OpEligibility): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="save"]')!.click();
  await settle(el);
}

/** The question the element shows now (from the id of its first control). */
export function currentQuestion(el: OpEligibility): string | null {
  const field = $(el, '[id^="field-"]');
  return field ? field.id.slice('field-'.length) : null;
}

/**
 * Answers every question the element asks, each with `pick(question)`, up to the summary.
 * An answer refused (a question added since, that takes other answers) fails naming it,
 * instead of being given again until the file's time runs out.
 */
export async function answerEach(el: OpEligibility, pick: (question: string) => unknown): Promise<void> {
  for (let question = currentQuestion(el); question; ) {
    const value = pick(question);
    await answer(el, value);
    const next = currentQuestion(el);
    if (next === question) throw new Error(`${question} refused ${JSON.stringify(value)}: give it an answer it takes`);
    question = next;
  }
}

export const outcome = (el: OpEligibility): string | null => $(el, '.result')?.getAttribute('data-outcome') ?? null;
/** The result page's own words: the hand-off summary folded inside it repeats them, and would stand in for any it lost. */
export function pageText(el: OpEligibility): string {
  const page = $(el, '.result')!.cloneNode(true) as HTMLElement;
  page.querySelector('[part="handoff"]')!.remove();
  return page.textContent!.replace(/\s+/g, ' ');
}
export const reasonCodes = (el: OpEligibility): string[] => $$(el, '.reason').map((li) => li.dataset['code'] ?? '');
export const nextStepCodes = (el: OpEligibility): string[] => $$(el, '.next-steps li').map((li) => li.dataset['code'] ?? '');

/** Presses Tab until `test` holds for the focused element in the shadow root (at most 40 times). */
export async function tabUntil(el: OpEligibility, test: (focused: Element) => boolean, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < 40; i += 1) {
    await sendKeys({ press: key });
    const focused = active(el);
    if (focused && test(focused)) return focused;
  }
  throw new Error(`Tab never reached the wanted control (focused: ${active(el)?.outerHTML.slice(0, 80)})`);
}

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await within(`the key press ${key}`, sendKeys({ press: key }));
}

/** Records the element's events. */
export function record(el: OpEligibility) {
  const events = { step: [] as CustomEvent[], complete: [] as CustomEvent[], error: [] as CustomEvent[] };
  el.addEventListener('op-eligibility-step', (e) => events.step.push(e));
  el.addEventListener('op-eligibility-complete', (e) => events.complete.push(e));
  el.addEventListener('op-eligibility-error', (e) => events.error.push(e));
  return events;
}

/** The page's named nodes in reading order, `{ role, name }`, as Chromium gives them to a screen reader or a braille display. */
export async function accessibleNodes(): Promise<{ role: string; name: string }[]> {
  const nodes: { role: string; name: string }[] = [];
  const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
    if (node.role && node.name) nodes.push({ role: node.role, name: node.name });
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  // Typed as void, it resolves to Chromium's accessibility tree.
  walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
  return nodes;
}

/** The accessible names of the page's elements of `role`. */
export async function accessibleNames(role: string): Promise<string[]> {
  return (await accessibleNodes()).filter((node) => node.role === role).map((node) => node.name);
}

/** The middle of `target`, scrolled to the middle of the screen, in whole pixels of the viewport. */
function middleOf(target: Element): { x: number; y: number } {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** A real click (trusted) at the middle of `target`, the `count`th of its series: 2 is a double tap's second (web-test-runner.config.js, `click`). */
export async function clickAt(target: Element, count = 1): Promise<void> {
  await executeServerCommand('click', { ...middleOf(target), count });
}

/**
 * A double tap's first tap, at the middle of `target`; resolves to its second, at the same
 * point of the screen (the series' second click), on whatever is drawn there by then.
 */
export async function firstTap(target: Element): Promise<() => Promise<void>> {
  const point = middleOf(target);
  await executeServerCommand('click', { ...point, count: 1 });
  return async () => {
    await executeServerCommand('click', { ...point, count: 2 });
  };
}

/** What console.warn was given while `run` ran, each call's arguments joined; nothing reaches the console. */
export async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

/** Runs `run` with console.warn silenced: for steps whose warning is expected (a chunk that could not be fetched, a rejected attribute or saved state). */
export async function quietly(run: () => Promise<unknown>): Promise<void> {
  await warnings(run);
}

/** Emulates media features (`forced-colors` too: web-test-runner.config.js, `media-features`); none ends it. */
export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('media-features', features);
}

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as [r, g, b] from 0 to 1, and its alpha. */
function channels(color: string): { rgb: number[]; alpha: number } {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (srgb) return { rgb: srgb.slice(1, 4).map(Number), alpha: Number(srgb[4] ?? 1) };
  const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
  if (!rgb) throw new Error(`not a colour this test reads: ${color}`);
  return { rgb: rgb.slice(1, 4).map((c) => Number(c) / 255), alpha: Number(rgb[4] ?? 1) };
}

/** The WCAG contrast ratio of `color` laid over the opaque `background`. */
export function contrast(color: string, background: string): number {
  const fg = channels(color);
  const bg = channels(background).rgb;
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const over = fg.rgb.map((c, i) => c * fg.alpha + bg[i]! * (1 - fg.alpha));
  const [light, dark] = [luminance(over), luminance(bg)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour behind `node`: that of its nearest ancestor in the shadow root with an opaque background. */
export function backdrop(node: Element): string {
  for (let at: Element | null = node.parentElement; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (channels(color).alpha === 1) return color;
  }
  throw new Error('no opaque background behind the node');
}

/**
 * Holds the timers of a feature's patience (FEATURE_PATIENCE_MS) instead of running them,
 * so that a test says when that while is over: `runOut()` runs those set and not cleared.
 */
export function heldPatience(): { runOut(): void; restore(): void } {
  const held = new Map<number, () => void>();
  const { setTimeout: set, clearTimeout: clear } = window;
  let id = 0;
  window.setTimeout = ((handler: () => void, delay?: number, ...rest: unknown[]) => {
    if (delay !== FEATURE_PATIENCE_MS) return set(handler, delay, ...rest);
    held.set(--id, handler);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((handle?: number) => {
    if (handle === undefined || !held.delete(handle)) clear(handle);
  }) as typeof clearTimeout;
  return {
    runOut() {
      const due = [...held.values()];
      held.clear();
      due.forEach((run) => run());
    },
    restore() {
      Object.assign(window, { setTimeout: set, clearTimeout: clear });
    },
  };
}

/** What the result says in place of its reasons and next steps when their module could not be fetched. */
export const RESULT_FAILED = 'The reasons and next steps could not be loaded. Check your internet connection, then try again.';

/**
 * An element put on the page with `answers`, once it shows their summary and its Confirm.
 * Microtasks only: a result module that never comes (whatever the test made `RESULT.load`
 * do) does not hold it up, as `make`'s `updateComplete` would.
 */
export async function summaryOf(answers: Record<string, unknown>): Promise<OpEligibility> {
  const el = document.createElement('op-eligibility') as OpEligibility;
  el.setAttribute('as-of', AS_OF);
  el.answers = answers;
  document.body.append(el);
  await microtasksUntil(() => $(el, '[part~="confirm"]') !== null);
  return el;
}

/**
 * An element put on the page on its way to an urgent result (the result's module doing
 * whatever the test made `RESULT.load` do), confirmed, and waited for until `there`.
 * Microtasks only: a module that never comes does not hold it up.
 */
export async function urgentResult(there: (el: OpEligibility) => boolean): Promise<OpEligibility> {
  const el = await summaryOf({ ...answersOf('likely-admissible'), urgency: 'yes' });
  $<HTMLButtonElement>(el, '[part~="confirm"]')!.click();
  await microtasksUntil(() => there(el));
  return el;
}

/**
 * `message` from another tab of the site on the quick exit's BroadcastChannel; resolves
 * once this page's channel has had it: channels get a message in the order they were made.
 */
export async function messageFromAnotherTab(message: 'exit' | 'copied'): Promise<void> {
  const heardLast = new BroadcastChannel('op-eligibility:quick-exit');
  const delivered = new Promise((resolve) => (heardLast.onmessage = resolve));
  const otherTab = new BroadcastChannel('op-eligibility:quick-exit');
  otherTab.postMessage(message);
  otherTab.close();
  await delivered;
  heardLast.close();
}

/** "Exit this page" in another tab of the site (messageFromAnotherTab). */
export const exitInAnotherTab = (): Promise<void> => messageFromAnotherTab('exit');

/** The runner's own window, which each test starts in. */
export const RUNNER_SCREEN = { width: 800, height: 600 };

/**
 * Runs `test` on a `screen` of that size, with the reader's text at `text` (the page's root,
 * as a browser's text-size setting: '200%') and `above` of the host page's content above
 * the element; then, pass or fail, puts back the runner's window, the usual text and the
 * page, so the next test starts as every test does. A test may change them as it goes.
 */
export async function onScreen<T>(
  { screen, text = '', above = '' }: { screen?: { width: number; height: number }; text?: string; above?: string },
  test: () => Promise<T>,
): Promise<T> {
  try {
    // The browser resizes the page at its next frame, keeping the scroll the test before left:
    // on a busy machine that frame came once the new page was built. Resized, then built.
    if (screen) {
      await setViewport(screen);
      await frames(2);
    }
    document.documentElement.style.fontSize = text;
    document.body.style.paddingBlockStart = above;
    return await test();
  } finally {
    document.documentElement.style.fontSize = '';
    document.body.style.paddingBlockStart = '';
    await setViewport(RUNNER_SCREEN);
    await frames(2);
  }
}
