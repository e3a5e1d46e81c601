/** `:focus-visible` where the browser knows it (Safari 15.4 on), else `:focus`. */
const FOCUS_SHOWN = CSS.supports('selector(:focus-visible)') ? ':focus-visible' : ':focus';

/**
 * Marks the training layout with the part where focus shows, `data-focus-shown` "pick"
 * (the scenario list, Start) or "main" (the question), so that the trainer's sticky bar
 * lets go of it (training-styles.ts). A `:has(:focus-visible)` rule said the same, but
 * WebKit did not always restyle it as focus moved: in Safari the bar stayed over the
 * control the keyboard was on.
 */
export function markFocusShown(event: FocusEvent): void {
  const layout = event.currentTarget as HTMLElement;
  const target = event.type === 'focusin' ? (event.target as Element) : null;
  const part = target?.matches(FOCUS_SHOWN) ? target.closest('.training-pick, .training-main') : null;
  const shown = part ? (part.classList.contains('training-pick') ? 'pick' : 'main') : null;
  if (shown) layout.dataset['focusShown'] = shown;
  else delete layout.dataset['focusShown'];
}
