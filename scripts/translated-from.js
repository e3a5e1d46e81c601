// Which translations were made from the English they now stand beside. Messages have
// explicit ids, so when a msg()'s English changes, `lit-localize extract` rewrites the
// <source> in each locales/<lang>.xlf and keeps the old <target>: the French, Spanish or
// Arabic would go on saying what the English no longer says, and every other test passes.
// locales/translated-from.json records, by language and id, a hash of the English each
// translation was made from; test/node/translations-fresh.test.js fails when it differs.
//
//   npm run localize:translated -- <id>…            the translations of these ids, in every
//                                                   language, now match their English
//   npm run localize:translated -- --lang fr <id>…  in French only
//   npm run localize:translated                     only drops the records of messages gone
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const RECORD = new URL('locales/translated-from.json', ROOT);
const LOCALES = JSON.parse(readFileSync(new URL('lit-localize.json', ROOT), 'utf8')).targetLocales;

/**
 * The English as a translator reads it: a placeholder's `equiv-text` (the expression in
 * the source code, `${country}`) and the line breaks of a reflowed msg() change nothing
 * to translate.
 */
const readable = (source) => source.replace(/ equiv-text="[^"]*"/g, '').replace(/\s+/g, ' ').trim();

/** A short hash of the English a translation is made from. */
export const sourceHash = (source) => createHash('sha256').update(readable(source)).digest('hex').slice(0, 12);

/** The messages of an XLIFF file as lit-localize writes it: id, English source, translation or null. */
export function unitsOf(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)];
  return units.map(([, id, source, target]) => ({ id, source, target: target ?? null }));
}

/** A language's messages, from locales/<lang>.xlf. */
export const readUnits = (locale) => unitsOf(readFileSync(new URL(`locales/${locale}.xlf`, ROOT), 'utf8'));

export const readRecord = () => JSON.parse(readFileSync(RECORD, 'utf8'));

/**
 * What differs between the translations and the record, by language: `stale`, translated
 * from an English that has changed since; `unrecorded`, a translation with no record (a new
 * message); `gone`, a record of a message no longer in the file.
 */
export function translationProblems(record = readRecord()) {
  return LOCALES.map((locale) => {
    const recorded = record[locale] ?? {};
    const units = readUnits(locale).filter((unit) => unit.target !== null);
    const ids = new Set(units.map((unit) => unit.id));
    return {
      locale,
      stale: units.filter((unit) => unit.id in recorded && recorded[unit.id] !== sourceHash(unit.source)).map(readableUnit),
      unrecorded: units.filter((unit) => !(unit.id in recorded)).map(readableUnit),
      gone: Object.keys(recorded).filter((id) => !ids.has(id)),
    };
  });
}

const readableUnit = ({ id, source, target }) => ({ id, source: readable(source), target: readable(target) });

/**
 * `record` once the given ids' translations in these languages are recorded as matching their
 * English, and the records of messages gone dropped; throws for an id a language does not translate.
 */
export function withTranslated(record, ids, locales = LOCALES) {
  const next = {};
  for (const locale of LOCALES) {
    const units = new Map(readUnits(locale).filter((unit) => unit.target !== null).map((unit) => [unit.id, unit]));
    const entries = Object.entries(record[locale] ?? {}).filter(([id]) => units.has(id));
    for (const id of locales.includes(locale) ? ids : []) {
      if (!units.has(id)) throw new Error(`locales/${locale}.xlf has no translation of ${id}`);
      entries.push([id, sourceHash(units.get(id).source)]);
    }
    next[locale] = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return next;
}

/** Records that the given ids' translations in these languages match their English; drops the records of messages gone. */
export function recordTranslated(ids, locales = LOCALES) {
  writeFileSync(RECORD, `${JSON.stringify(withTranslated(readRecord(), ids, locales), null, 2)}\n`);
}

/** The command line's ids and languages: `--lang fr <id>…` for French alone, every language without it. */
export function commandLine(args) {
  const lang = args.indexOf('--lang');
  const locales = lang === -1 ? LOCALES : [args[lang + 1]];
  if (!locales.every((locale) => LOCALES.includes(locale))) throw new Error(`--lang takes one of ${LOCALES.join(', ')}`);
  return { ids: args.filter((_, i) => lang === -1 || (i !== lang && i !== lang + 1)), locales };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { ids, locales } = commandLine(process.argv.slice(2));
    recordTranslated(ids, locales);
  } catch (error) {
    // Nothing was written: the record changes only once every id is found.
    console.error(error.message);
    process.exitCode = 1;
  }
}
