// Drives <op-eligibility> in a page opened by puppeteer-core: shared by the embed tests
// (test/node/embed.test.js) and the benchmark (bench/run.js). Functions passed to
// page.evaluate run in the page, so each one is self-contained.
import puppeteer from 'puppeteer-core';
import { findBrowser, QUIET_BROWSER_ARGS } from './find-browser.js';

/** Answers of one complete route (Spain, an eviction, remedies exhausted): 11 questions. */
export const ES_EVICTION = {
  state: 'ES',
  jurisdiction: 'yes',
  author: 'self',
  rights: ['eviction'],
  urgency: 'yes',
  factsDate: '2024-01-10',
  remedies: 'exhausted',
  finalDecisionDate: '2025-12-01',
  otherProcedure: 'none',
  identity: 'named',
  evidence: 'documents',
};

export function launchBrowser() {
  return puppeteer.launch({ executablePath: findBrowser(), args: QUIET_BROWSER_ARGS, headless: true });
}

/** In the page: the question now shown, from the last `op-eligibility-step` event the page recorded. */
export function shownQuestion() {
  const steps = window.opEvents.filter((e) => e.type === 'op-eligibility-step');
  const step = steps.at(-1)?.detail.step;
  return step?.kind === 'question' ? step.question : (step?.kind ?? null);
}

/**
 * In the page: fills the current question's controls with `value` as a person would
 * leave them (select, radios, checkboxes, date or "I do not know"); does not submit.
 */
export function fillCurrentQuestion(value) {
  const form = document.querySelector('op-eligibility').shadowRoot.querySelector('form');
  const select = form.querySelector('select[name="answer"]');
  const date = form.querySelector('input[name="date"]');
  if (select) {
    select.value = value;
  } else if (date) {
    form.querySelector('input[name="unknown"]').checked = value === 'unknown';
    date.value = value === 'unknown' ? '' : value;
  } else {
    const wanted = [].concat(value);
    for (const input of form.querySelectorAll('input[name="answer"]')) input.checked = wanted.includes(input.value);
  }
}
