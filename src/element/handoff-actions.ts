import type { Assessment, Environment } from '../core/index.js';
import { noteSummaryCopied } from './erase-everywhere.js';
import type { Formatting } from './format.js';
import { handoffOf } from './handoff.js';
import { handoffText } from './handoff-messages.js';
import { handoffPlainText } from './handoff-text.js';

/** What the last "Copy as text" or "Download" did: shown beside the buttons and announced. */
export type HandoffStatus = { kind: 'copied' } | { kind: 'copy-failed' } | { kind: 'downloaded'; file: string };

export const handoffStatusText = (status: HandoffStatus): string =>
  status.kind === 'copied' ? handoffText.copied() : status.kind === 'copy-failed' ? handoffText.copyFailed() : handoffText.downloaded(status.file);

/** Copies the summary as plain text; `env` is the screening's (handoffOf). */
export async function copyHandoff(assessment: Assessment, f: Formatting, env: Environment): Promise<HandoffStatus> {
  try {
    await navigator.clipboard.writeText(handoffPlainText(handoffOf(assessment, f, env)));
    noteSummaryCopied();
    return { kind: 'copied' };
  } catch {
    return { kind: 'copy-failed' };
  }
}

/** Offers the assessment itself (the complete event's payload) as a JSON file, and names it. */
export function downloadAssessment(assessment: Assessment): HandoffStatus {
  // A scenario's files are told apart by its id (two scenarios compared are read on the same day); never a person's words.
  const training = assessment.training ? ['training', assessment.training.scenario ?? ''].filter(Boolean).join('-') + '-' : '';
  const file = `op-eligibility-${training}${assessment.dates.asOf}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(assessment, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  // The click has handed the file to the browser: the URL can go once this task is done.
  setTimeout(() => URL.revokeObjectURL(url));
  return { kind: 'downloaded', file };
}
