import { handoffText } from './handoff-messages.js';
import type { Handoff } from './handoff.js';

/**
 * The hand-off summary as plain text, for "Copy as text": a title, then each section
 * numbered as on the UN form, each line "label: value" or "question? answer", with one
 * "  - value" line per value when there are several; the next steps lettered "  a) …" in
 * the language's alphabet. No markup, so it pastes cleanly into an e-mail or a
 * case-management system; no "=====" underlines either: a screen reader reads each
 * sign, and a spreadsheet takes a line starting with "=" or "-" for a formula.
 */
/** A section's heading as the UN form numbers it, the same on the sheet, on paper and in the copy: "3. The problem". */
export const numberedTitle = (title: string, index: number): string => `${index + 1}. ${title}`;

export function handoffPlainText(handoff: Handoff): string {
  const lines = [handoff.title, ''];
  const letters = handoffText.stepLetters().split(' ');
  if (handoff.training) lines.push(handoff.training, '');
  handoff.sections.forEach((section, i) => {
    lines.push(numberedTitle(section.title, i));
    if (section.note) lines.push(section.note);
    // Lettered and indented, not "1." again: they would read as more numbered sections.
    if (section.steps) lines.push(...section.steps.map((step, n) => `  ${letters[n] ?? n + 1}) ${step}`));
    else if (section.rows.length === 0) lines.push(handoffText.notAsked());
    for (const { label, value, question } of section.rows) {
      // A colon after a question's own question mark ("…about?: Spain") reads as a slip.
      if (typeof value === 'string') lines.push(question ? `${label} ${value}` : handoffText.textRow(label, value));
      else lines.push(question ? label : handoffText.textRowList(label), ...value.map((v) => `  - ${v}`));
    }
    lines.push('');
  });
  lines.push(handoff.disclaimer);
  return `${lines.join('\n')}\n`;
}
