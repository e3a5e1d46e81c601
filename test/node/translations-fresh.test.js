// Every translation was made from the English it stands beside (scripts/translated-from.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine, readRecord, readUnits, sourceHash, translationProblems, unitsOf, withTranslated } from '../../scripts/translated-from.js';

const recordIt = (locale, units) =>
  `once each translation says what its English says, run: npm run localize:translated -- --lang ${locale} ${units.map(({ id }) => id).join(' ')}`;

for (const { locale, stale, unrecorded, gone } of translationProblems()) {
  test(`locales/${locale}.xlf: each translation was made from the English it stands beside`, () => {
    const lines = stale.map(({ id, source, target }) => `${id}: the English changed since it was translated\n  English now: ${source}\n  ${locale}: ${target}`);
    assert.deepEqual(stale.map(({ id }) => id), [], [...lines, recordIt(locale, stale)].join('\n'));
  });

  test(`locales/${locale}.xlf: each translation is recorded in locales/translated-from.json`, () => {
    assert.deepEqual(unrecorded.map(({ id }) => id), [], `translated, not recorded (new messages?)\n${recordIt(locale, unrecorded)}`);
    assert.deepEqual(gone, [], 'recorded, no longer translated or no longer a message: run npm run localize:translated');
  });
}

test('the check finds a translation made from other English, one not recorded and a record of a message gone', () => {
  // Made from the French file as it is, so that the repository's own record does not count.
  const record = { fr: Object.fromEntries(readUnits('fr').filter((unit) => unit.target !== null).map((unit) => [unit.id, sourceHash(unit.source)])) };
  const [changed, added] = Object.keys(record.fr);
  record.fr[changed] = sourceHash('English that has since changed');
  delete record.fr[added];
  record.fr['message.gone'] = sourceHash('Gone');
  const fr = translationProblems(record).find(({ locale }) => locale === 'fr');
  assert.deepEqual(
    { stale: fr.stale.map(({ id }) => id), unrecorded: fr.unrecorded.map(({ id }) => id), gone: fr.gone },
    { stale: [changed], unrecorded: [added], gone: ['message.gone'] },
  );
});

test('a placeholder’s expression and the line breaks of a msg() are not a change of its English', () => {
  assert.equal(sourceHash('From <x id="0" equiv-text="${date}"/>,\n  send it'), sourceHash('From <x id="0" equiv-text="${since}"/>, send it'));
  assert.notEqual(sourceHash('From <x id="0"/>, send it'), sourceHash('Until <x id="0"/>, send it'));
});

test('npm run localize:translated -- --lang fr <id> records the French alone: a Spanish translation still to redo stays stale', () => {
  const record = structuredClone(readRecord());
  const id = Object.keys(record.fr).find((key) => key in record.es);
  const english = readUnits('fr').find((unit) => unit.id === id).source;
  record.fr[id] = record.es[id] = sourceHash('English that has since changed');
  const { ids, locales } = commandLine(['--lang', 'fr', id]);
  assert.deepEqual({ ids, locales }, { ids: [id], locales: ['fr'] });
  const next = withTranslated(record, ids, locales);
  assert.equal(next.fr[id], sourceHash(english));
  assert.equal(next.es[id], sourceHash('English that has since changed'));
  assert.deepEqual(commandLine([id]), { ids: [id], locales: ['fr', 'es', 'ar'] });
  assert.throws(() => commandLine(['--lang', 'de', id]), /--lang takes one of fr, es, ar/);
});

test('recording drops the records of messages gone, and refuses an id with no translation rather than record it', () => {
  const record = structuredClone(readRecord());
  record.fr['message.gone'] = sourceHash('Gone');
  assert.deepEqual(withTranslated(record, []), readRecord());
  assert.throws(() => withTranslated(record, ['message.gone'], ['fr']), /locales\/fr\.xlf has no translation of message\.gone/);
});

// Every check above reads the English from locales/*.xlf, which only `npm run localize:extract`
// brings up to date: a msg() reworded in src/ without it kept its old French, Spanish and
// Arabic, unreported, and escaped the English tests that read the files (20 words a sentence).
test("locales/*.xlf hold the English as src/ now says it, placeholders' expressions aside (npm run localize:extract was run)", () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'op-eligibility-extract-'));
  try {
    const interchange = { ...config.interchange, xliffDir: join(dir, 'xlf') };
    writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify({ ...config, tsConfig: join(root, config.tsConfig), output: { ...config.output, outputDir: join(dir, 'out') }, interchange }));
    execFileSync(process.execPath, [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
    for (const locale of config.targetLocales) {
      const extracted = new Map(unitsOf(readFileSync(join(dir, 'xlf', `${locale}.xlf`), 'utf8')).map(({ id, source }) => [id, source]));
      const inFile = new Map(readUnits(locale).map(({ id, source }) => [id, source]));
      const differ = [...new Set([...extracted.keys(), ...inFile.keys()])]
        // As the record compares them: a placeholder's expression or a line break is no change.
        .filter((id) => !extracted.has(id) || !inFile.has(id) || sourceHash(extracted.get(id)) !== sourceHash(inFile.get(id)))
        .map((id) => `${id}\n  src/: ${extracted.get(id) ?? '(none)'}\n  locales/${locale}.xlf: ${inFile.get(id) ?? '(none)'}`);
      assert.deepEqual(differ, [], `run npm run localize:extract, then check the translations it reports stale\n${differ.join('\n')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
