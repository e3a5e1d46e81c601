import { msg, str } from '@lit/localize';
import type { PersistMode } from './persistence.js';

/*
 * The words of the quick exit and of the note on what is kept. Written for someone who
 * may be watched: plain, calm, honest about what the tool cannot erase.
 */

export const exitLabel = (): string => msg('Exit this page', { id: 'safety.exit' });

/** What the button shows when the text is so large for the width that the full label would wrap word by word. */
export const exitShortLabel = (): string => msg('Exit', { id: 'safety.exit-short' });

export const skipToExitLabel = (): string => msg('Skip to Exit this page', { id: 'safety.skip-to-exit' });

export const exitNote = (): string =>
  msg(
    'Pressing “Exit this page” clears your answers and opens another website. On a keyboard, pressing Shift three times does the same, but not in Tor Browser. Leaving this way cannot clear your browser history or close other tabs. If someone may check this device, use a private window.',
    { id: 'safety.note.exit' },
  );

export const notSavedNote = (): string =>
  // A phone's own back button leaves the page, and every answer with it, without a word: said where the note says nothing is kept.
  msg('This tool does not save your answers or send them anywhere. To change an answer, use “Back” above the question. Your browser’s back button leaves the page and loses your answers.', {
    id: 'safety.note.not-saved',
  });

/** Instead of notSavedNote, when answers saved on another page of the site are on the device: "does not save" alone would have the person think nothing of theirs is kept. */
export const savedElsewhereNote = (): string =>
  msg('This page does not save your answers. But answers saved earlier on this website are still on this device. Anyone using it could see them.', {
    id: 'safety.note.saved-elsewhere',
  });

export const deleteSavedLabel = (): string => msg('Delete saved answers', { id: 'safety.delete-saved' });

/** `duration` is already written out by Intl ("24 hours"). */
export function savedNote(mode: PersistMode, duration: string): string {
  return mode === 'session'
    ? // Browsers give a closed tab back, storage and all (Ctrl+Shift+T, the history): closing it is no erasing.
      msg(
        str`Your answers are saved in this browser tab for up to ${duration}. You can come back to them. Anyone using this device could see them. Closing the tab does not delete them: “Forget my answers” does.`,
        { id: 'safety.note.saved-session' },
      )
    : msg(
        str`Your answers are saved in this browser for up to ${duration}, even after you close it. You can come back to them. Anyone using this device could see them.`,
        { id: 'safety.note.saved-local' },
      );
}

/** With `persist`, until the person chooses to save: what saving would keep, where, for how long, and who could see it. */
export function saveOffer(mode: PersistMode, duration: string): string {
  return mode === 'session'
    ? msg(
        str`Your answers are not saved. You can save them in this browser tab for up to ${duration}. You can then come back to them. Anyone using this device could then see them, even after the tab is closed.`,
        { id: 'safety.note.offer-session' },
      )
    : msg(
        str`Your answers are not saved. You can save them in this browser for up to ${duration}, even after you close it. You can then come back to them. Anyone using this device could then see them.`,
        { id: 'safety.note.offer-local' },
      );
}

export const saveLabel = (): string => msg('Save my answers', { id: 'safety.save' });

export const savedNotice = (): string => msg('Your answers are saved.', { id: 'safety.saved' });

export const notSavedNotice = (): string =>
  msg('This browser could not save your answers, so they are not kept on this device.', { id: 'safety.not-saved' });

export const forgetLabel = (): string => msg('Forget my answers', { id: 'safety.forget' });

export const forgottenNotice = (): string => msg('Your saved answers were deleted.', { id: 'safety.forgotten' });

export const restoredNotice = (): string =>
  msg(str`Answers saved earlier on this device were restored. “${forgetLabel()}” deletes them.`, { id: 'safety.restored' });
