// `npm run size`: gzip sizes (level 9, 1 KB = 1000 bytes) of the one-file embed and of every
// chunk beside it, against the budgets of issue 5. Expects `npm run build` to have run (the
// npm script does it first). Exits 1 when over.
// With `-- --by-module`, also what the embed's bytes are made of (scripts/size-by-module.js).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIR = new URL('../dist/cdn/', import.meta.url);
const EMBED = 'op-eligibility.js';
const KB = 1000;
const LOCALES = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales;
/**
 * The embed holds the JS, English and all the data for the questions; every chunk beside
 * it is fetched only when used: a language, a lazily loaded feature
 * (src/element/lazy-feature.ts: the result's module after the first answer, training
 * mode, the route map) or that feature's translations in one language. A feature is at
 * most 22 KB, so that the result's module (the outcome's words, the other routes and
 * the hand-off summary in one fetch) arrives while the person answers. (It was 12 KB
 * until the result said more: urgent help on a closed route, the cautions on the other
 * routes, what a copy leaves on the device; then 13 KB until the hand-off carried the
 * next steps and the other routes too; then 14 KB until the hand-off named the special
 * rapporteurs by their official titles and the articles in each language's UN form; then 15 KB
 * until it named, for a disappearance, the CED's urgent action and the Working Group on
 * Enforced or Involuntary Disappearances; then 16 KB until a child in Africa was shown the
 * African Children's Committee (the African Committee of Experts on the Rights and Welfare of
 * the Child); then 17 KB until the hand-off summary kept each article's citation whole on a
 * line, as the result does ("3(2)" was cut from "(ب)" in Arabic at 200% text on a phone); then
 * 18 KB until the result told a complaint closed only by its missing name to give the name
 * first, and said whether most or only some of the other routes need the name, or the
 * agreement of the people harmed, too; then 19 KB until each other body gave the last day of its
 * own time limit and the day its procedure applies in the State, the UN experts on detention, free
 * speech and torture were named, and the courts-first words met the answers people got wrong; then
 * 20 KB until each body said its own rule on a matter another body has (with its article), the
 * experts' card gave their form's address, and the summary cited each section's articles and
 * said ratification or accession (20.7 KB); then 21 KB until, when harm is about to happen, what
 * can act now came first under its own heading (on the page and in the summary), a route waiting
 * for the courts said "not yet" in its title and its reason's tag, and the "why it may fit" lines
 * spoke of a group or of those a representative acts for (21.5 KB).
 * On "3G" at 6x CPU, bench/phone.js saw the result's module (at 14 KB) arrive 0.8-1.1 s
 * after the first answer, long before the result.)
 * The result stays one file: at 16.9 KB, its other routes built as a second file fetched
 * beside it made 12.0 + 6.8 KB, 1.9 KB more in all (each file compresses apart), which
 * every person whose route is closed, most of them, would fetch.
 */
const BUDGETS = {
  embed: { what: 'the embed (JS, English, all data)', budget: 45 * KB },
  language: { what: 'language file', budget: 10 * KB },
  feature: { what: 'lazily loaded feature', budget: 22 * KB },
  'feature-language': { what: 'feature’s translations', budget: 10 * KB },
};

const files = readdirSync(DIR).filter((name) => name.endsWith('.js'));
if (!files.includes(EMBED)) {
  console.error(`dist/cdn/${EMBED} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** What a chunk is, from its name (`[name]-[hash].js`, the hash 8 characters). */
function kindOf(file) {
  if (file === EMBED) return 'embed';
  const name = file.match(/^(.+)-[\w-]{8}\.js$/)?.[1] ?? file;
  const [locale, ...feature] = name.split('-');
  if (!LOCALES.includes(locale)) return 'feature';
  return feature.length ? 'feature-language' : 'language';
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [EMBED, ...files.filter((name) => name !== EMBED).sort()].map((name) => {
  const code = readFileSync(new URL(name, DIR));
  const gzip = gzipSync(code, { level: 9 }).length;
  const { what, budget } = BUDGETS[kindOf(name)];
  return { file: `dist/cdn/${name}`, what, minified: kb(code.length), gzip: kb(gzip), budget: kb(budget), ok: gzip <= budget ? 'yes' : 'OVER', bytes: gzip };
});
console.log(`Budgets (gzip): ${Object.values(BUDGETS).map(({ what, budget }) => `${what} ${kb(budget)}`).join('; ')}.`);
console.table(rows.map(({ bytes, ...row }) => row));
// What a person who answers in English downloads in all: the embed, then the result's module.
const answered = rows.filter((row) => /^dist\/cdn\/(op-eligibility|result-feature-[\w-]{8})\.js$/.test(row.file));
const total = (chosen) => `${chosen.map((row) => row.file.slice('dist/cdn/'.length)).join(' + ')} = ${kb(chosen.reduce((sum, row) => sum + row.bytes, 0))}`;
console.log(`A page nobody uses: ${kb(answered[0].bytes)}. A screening to its result, in English: ${total(answered)}.`);
// And in each language, the translations it fetches on top: the language's file and the result's.
for (const locale of LOCALES) {
  const translations = rows.filter((row) => new RegExp(`^dist/cdn/${locale}(-result(-routes)?)?-[\\w-]{8}\\.js$`).test(row.file));
  console.log(`Its translations into ${locale}: ${total(translations)}.`);
}

if (process.argv.includes('--by-module')) {
  const { sizeByModule } = await import('./size-by-module.js');
  // The embed, and the result's module, whose budget every word of the result counts against.
  for (const name of [EMBED, files.find((file) => /^result-feature-[\w-]{8}\.js$/.test(file))]) {
    const groups = sizeByModule(new URL(name, DIR));
    console.log(`\n${name} by package and source file (bytes):`);
    console.table(groups.filter((g) => g['gzip share'] >= 200));
  }
}

const over = rows.filter((row) => row.ok === 'OVER');
if (over.length > 0) {
  console.error(`Over budget: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
