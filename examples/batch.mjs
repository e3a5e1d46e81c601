// Headless batch screening with op-eligibility/core, in plain Node (no DOM):
//   node examples/batch.mjs examples/intake.json > screened.csv
// Each record is { id, receivedOn, answers }; the assessment date is the day it arrived.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { assess, ValidationError } from 'op-eligibility/core';

/**
 * @param {{ id: string, receivedOn: string, answers: unknown }[]} records
 * @returns {{ id: string, outcome: string, urgent: boolean, articles: string[], deadline: string | null, problem: string | null }[]}
 */
export function screenBatch(records) {
  return records.map(({ id, receivedOn, answers }) => {
    try {
      const { outcome, reasons, dates } = assess(answers, { asOf: receivedOn });
      const articles = reasons.filter((r) => r.severity !== 'info').map((r) => r.article);
      // Art. 5: someone may be about to suffer irreparable harm, on an open route or not.
      const urgent = reasons.some((r) => r.code === 'interim-measures');
      return { id, outcome, urgent, articles, deadline: dates.deadline ?? null, problem: null };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return { id, outcome: 'invalid-record', urgent: false, articles: [], deadline: null, problem: error.message };
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const records = JSON.parse(await readFile(process.argv[2] ?? new URL('intake.json', import.meta.url), 'utf8'));
  console.log('id,outcome,urgent,articles,deadline,problem');
  for (const row of screenBatch(records)) {
    console.log([row.id, row.outcome, row.urgent ? 'yes' : '', row.articles.join(' '), row.deadline ?? '', JSON.stringify(row.problem ?? '')].join(','));
  }
}
