import { html, nothing, type TemplateResult } from 'lit';
import type { SavingOffered } from './persistence.js';
import { deleteSavedLabel, exitLabel, exitNote, exitShortLabel, forgetLabel, notSavedNote, saveLabel, saveOffer, savedElsewhereNote, savedNote, skipToExitLabel } from './safety-messages.js';

/** The skip link (first focusable, shown only when focused) and the "Exit this page" button that stays in view. */
export function renderQuickExit(onSkip: (event: Event) => void, onExit: () => void): TemplateResult {
  return html`<a class="skip-link" part="skip-link" href="#quick-exit" @click=${onSkip}>${skipToExitLabel()}</a>
    <div class="quick-exit-bar">
      <button id="quick-exit" type="button" class="button quick-exit" part="quick-exit" @click=${onExit}>
        <span class="exit-long">${exitLabel()}</span><span class="exit-short" aria-hidden="true">${exitShortLabel()}</span>
      </button>
    </div>`;
}

/**
 * What covers the page the moment the person exits, while the browser loads the other
 * site. A modal dialog sits in the top layer, above anything the host page stacks, and
 * makes everything under it inert; its opaque backdrop leaves nothing readable.
 */
export function renderExitCover(): TemplateResult {
  return html`<dialog class="exit-cover" part="exit-cover" @cancel=${(event: Event) => event.preventDefault()}></dialog>`;
}

export interface SafetyNoteView {
  quickExit: boolean;
  /** Null when the host does not allow saving; `chosen` once the person has chosen to save. */
  saved: SavingOffered | null;
  /** Without saving here: answers saved on another page of the site are on this device. */
  savedElsewhere: boolean;
  /** Writes the number of hours answers are kept ("24 hours"). */
  hours(count: number): string;
  onSave(): void;
  onForget(): void;
  onDeleteSaved(): void;
}

/** What the quick exit erases and what it cannot, and whether anything is kept on this device. */
export function renderSafetyNote({ quickExit, saved, savedElsewhere, hours, onSave, onForget, onDeleteSaved }: SafetyNoteView): TemplateResult {
  const duration = saved ? hours(saved.ttlHours) : '';
  return html`<div class="safety-note" part="safety-note">
    ${quickExit ? html`<p>${exitNote()}</p>` : nothing}
    ${!saved
      ? savedElsewhere
        ? html`<p>${savedElsewhereNote()}</p>
            <button type="button" class="button secondary" part="button delete-saved" @click=${onDeleteSaved}>${deleteSavedLabel()}</button>`
        : html`<p>${notSavedNote()}</p>`
      : saved.chosen
        ? html`<p>${savedNote(saved.mode, duration)}</p>
            <button type="button" class="button secondary" part="button forget" @click=${onForget}>${forgetLabel()}</button>`
        : html`<p>${saveOffer(saved.mode, duration)}</p>
            <button type="button" class="button secondary" part="button save" @click=${onSave}>${saveLabel()}</button>`}
  </div>`;
}
