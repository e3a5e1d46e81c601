// Run right after `lit-localize build` (npm run localize:build). Splits each language module
// it generated (src/generated/locales/<lang>.ts) into the part a page loads with the
// language and the translation files of the lazily loaded features (<lang>-<name>.ts,
// scripts/feature-messages.js), fetched with that feature's chunk, so a page that never
// opens a feature never downloads its translations.
// Also writes src/generated/locale-features.ts: one literal import() per language module and
// per translation file, from lit-localize.json's targetLocales, so that the bundler makes one
// chunk of each and no language is left out of a hand-written list; and
// src/generated/language-unavailable.ts: the one message the page carries in every
// language, for when that language's file cannot load.
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURES, TRANSLATION_FILES } from './feature-messages.js';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('src/generated/', ROOT);
/** Marks a module already split: running twice must not empty the feature parts. */
const SPLIT_MARK = '// Split by scripts/split-locales.js';

/** The msg() ids of a source file; fails on a msg() without a literal id. */
function messageIds(file) {
  const source = readFileSync(new URL(file, ROOT), 'utf8');
  const calls = source.match(/\bmsg\(/g)?.length ?? 0;
  const ids = [...source.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
  if (calls !== ids.length) throw new Error(`${file}: ${calls} msg() calls but ${ids.length} literal ids; every message of a lazy feature needs { id: '…' }`);
  return ids;
}

/** The entries of a generated module: one `'id': value,` per line between `templates = {` and `};`. */
function entriesOf(text, file) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /export const templates = \{\s*$/.test(line));
  const end = lines.findIndex((line, i) => i > start && /^\s*\};\s*$/.test(line));
  if (start < 0 || end < 0) throw new Error(`${file}: no templates object found`);
  return lines.slice(start + 1, end).map((line) => {
    const entry = line.match(/^\s*'([^']+)': (.*),$/);
    if (!entry) throw new Error(`${file}: cannot read the line ${JSON.stringify(line)}`);
    return { id: entry[1], value: entry[2] };
  });
}

function moduleText(entries) {
  const usesStr = entries.some((e) => e.value.startsWith('str`'));
  return [
    '// Do not modify this file by hand! Re-generate it with `npm run localize:build`.',
    SPLIT_MARK,
    ...(usesStr ? ["import { str } from '@lit/localize';"] : []),
    '',
    '/* eslint-disable no-irregular-whitespace */',
    'export const templates = {',
    ...entries.map((e) => `  '${e.id}': ${e.value},`),
    '};',
    '',
  ].join('\n');
}

/**
 * Said in the language whose file could not be loaded (offline), while the text shows in
 * English instead: so it must be in the page already, in every language.
 */
const IN_EVERY_LANGUAGE = 'language.unavailable';

const config = JSON.parse(readFileSync(new URL('lit-localize.json', ROOT), 'utf8'));
const locales = config.targetLocales;
const fetched = Object.values(FEATURES).flat();
for (const name of Object.keys(TRANSLATION_FILES)) {
  if (fetched.filter((f) => f === name).length !== 1) throw new Error(`the translation file "${name}" must be fetched by exactly one feature (FEATURES in scripts/feature-messages.js)`);
}
const fileOf = new Map();
for (const [file, sources] of Object.entries(TRANSLATION_FILES)) {
  for (const id of sources.flatMap(messageIds)) {
    if (fileOf.has(id)) throw new Error(`the message id "${id}" is in two translation files: ${fileOf.get(id)}, ${file}`);
    fileOf.set(id, file);
  }
}

const everyLanguage = [];
for (const locale of locales) {
  const file = new URL(`locales/${locale}.ts`, OUT);
  const text = readFileSync(file, 'utf8');
  const entries = entriesOf(text, `src/generated/locales/${locale}.ts`);
  const unavailable = entries.find((e) => e.id === IN_EVERY_LANGUAGE);
  if (!unavailable || !/^`[^`$\\]*`$/.test(unavailable.value)) throw new Error(`${locale}: "${IN_EVERY_LANGUAGE}" must be translated, as plain text`);
  everyLanguage.push(`  ${locale}: ${unavailable.value},`);
  if (text.includes(SPLIT_MARK)) {
    console.log(`src/generated/locales/${locale}.ts is already split (run lit-localize build to regenerate it).`);
    continue;
  }
  const missing = [...fileOf.keys()].filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) throw new Error(`${locale}: ids of lazy features missing from lit-localize's output: ${missing.join(', ')}`);
  writeFileSync(file, moduleText(entries.filter((e) => !fileOf.has(e.id))));
  for (const name of Object.keys(TRANSLATION_FILES)) {
    writeFileSync(new URL(`locales/${locale}-${name}.ts`, OUT), moduleText(entries.filter((e) => fileOf.get(e.id) === name)));
  }
}

const features = Object.keys(FEATURES);
const localeUnion = locales.map((l) => `'${l}'`).join(' | ');
writeFileSync(
  new URL('locale-features.ts', OUT),
  [
    '// Do not modify this file by hand! Re-generate it with `npm run localize:build` (scripts/split-locales.js).',
    "import type { LocaleModule } from '@lit/localize';",
    '',
    '/** The features whose translations load with their chunk rather than with the language. */',
    `export type LocalizedFeature = ${features.map((f) => `'${f}'`).join(' | ')};`,
    '',
    '/** One literal import() per language (lit-localize.json\'s targetLocales), so that a bundler makes one chunk of each. */',
    `export const languageLocales: Record<${localeUnion}, () => Promise<LocaleModule>> = {`,
    ...locales.map((locale) => `  ${locale}: () => import('./locales/${locale}.js'),`),
    '};',
    '',
    '/** Per language and feature, one literal import() per translation file, so that a bundler makes one chunk of each. */',
    `export const featureLocales: Record<${localeUnion}, Record<LocalizedFeature, (() => Promise<LocaleModule>)[]>> = {`,
    ...locales.flatMap((locale) => [
      `  ${locale}: {`,
      ...features.flatMap((f) => [
        `    '${f}': [`,
        ...FEATURES[f].map((name) => `      () => import('./locales/${locale}-${name}.js'),`),
        '    ],',
      ]),
      '  },',
    ]),
    '};',
    '',
  ].join('\n'),
);

writeFileSync(
  new URL('language-unavailable.ts', OUT),
  [
    '// Do not modify this file by hand! Re-generate it with `npm run localize:build` (scripts/split-locales.js).',
    '',
    `/** The message "${IN_EVERY_LANGUAGE}" in each language (locales/*.xlf), which the page carries whichever it shows. */`,
    'export const LANGUAGE_UNAVAILABLE = {',
    ...everyLanguage,
    '} as const;',
    '',
  ].join('\n'),
);
