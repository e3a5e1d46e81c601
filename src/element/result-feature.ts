import { css } from 'lit';
import { handoffStyles } from './handoff-styles.js';
import { resultStyles } from './result-styles.js';
import { routesStyles } from './routes-styles.js';

/*
 * The result's module (see lazy-feature.ts): the outcome and its reasons, the other
 * routes, and the hand-off summary, with their words and styles. The wizard does not
 * need it until the end, so a page that nobody uses never downloads it; the element
 * fetches it after the person's first answer, so the result does not wait for it.
 */

export { renderResult } from './result.js';
export { handoffOf } from './handoff.js';
export { copyHandoff, downloadAssessment, handoffStatusText, type HandoffStatus } from './handoff-actions.js';
export { renderHandoff } from './handoff-view.js';
export const styles = css`${resultStyles}${routesStyles}${handoffStyles}`;
