import { handoffText } from './handoff-messages.js';
import type { Handoff } from './handoff.js';

/**
 * The hand-off summary as plain text, for "Copy as text": a title, then each section
 * numbered as on the UN form, each line "label: value". No markup, so it pastes cleanly
 * into an e-mail or a case-management system.
 */
export function handoffPlainText(handoff: Handoff): string {
  const lines = [handoff.title, '='.repeat(Math.min(handoff.title.length, 72)), ''];
  handoff.sections.forEach((section, i) => {
    const title = `${i + 1}. ${section.title}`;
    lines.push(title, '-'.repeat(Math.min(title.length, 72)));
    if (section.rows.length === 0) lines.push(handoffText.notAsked());
    for (const row of section.rows) lines.push(`${row.label}: ${row.value}`);
    lines.push('');
  });
  lines.push(handoff.disclaimer);
  return `${lines.join('\n')}\n`;
}
