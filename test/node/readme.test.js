// The README's first lines, as a newcomer meets them: two commands that work on a fresh
// machine, one for the demo and one for every test (the one CI runs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the README opens with its two commands: the demo, and every test, which .ci/run runs', () => {
  const opening = read('README.md').match(/^# op-eligibility\n\n```sh\n([^`]*)```\n/);
  assert.ok(opening, 'the first thing under the title is a shell block');
  const commands = opening[1].trim().split('\n').map((line) => line.replace(/\s+#.*$/, ''));
  assert.deepEqual(commands, ['npm install && npm start', 'npm install && npm test']);
  assert.match(read('.ci/run'), /\nnpm install [^\n]*&& npm test\n*$/);
});

test('the README’s count of hostile payloads is the number test/element/hostile.test.ts tries', () => {
  const source = read('test/element/hostile.test.ts');
  const list = source.slice(source.indexOf('const PAYLOADS'), source.indexOf('\n];', source.indexOf('const PAYLOADS')));
  const tried = list.match(/^\s*\{ name: /gm).length;
  assert.equal(read('README.md').match(/\((\d+) payloads are tested\)/)?.[1], String(tried));
});

test('the README names every npm script a developer runs (the build’s own steps and npm’s prepack hook aside)', () => {
  const readme = read('README.md');
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts).filter((name) => !/^(build:|manifest$|prepack$)/.test(name));
  const command = (name) => (['start', 'test'].includes(name) ? `\`npm ${name}` : `\`npm run ${name}`);
  assert.deepEqual(scripts.filter((name) => !new RegExp(`${command(name)}[\` ]`).test(readme)), []);
});

test('every link inside the README resolves: an anchor to one of its headings (as GitHub names them), a path to a file', () => {
  const readme = read('README.md');
  const prose = readme.replace(/```[^]*?```/g, '');
  // GitHub's slugs: lower case, punctuation but hyphens dropped, each space a hyphen.
  const slugs = [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'));
  const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((target) => !/^https?:/.test(target));
  assert.ok(links.length > 5, `${links.length} links`);
  const broken = links.filter((target) => (target.startsWith('#') ? !slugs.includes(target.slice(1)) : !existsSync(new URL(`../../${target}`, import.meta.url))));
  assert.deepEqual(broken, []);
});

test('the README’s table of scenarios lists them in the trainer’s order, each with its outcome and, in its lesson, the articles it teaches', async () => {
  const { SCENARIOS } = await import('../../dist/data/scenarios.js');
  const rows = [...read('README.md').matchAll(/^\| [^|]+ \| `([a-z0-9-]+)` \| ([^|]+) \| `([a-z-]+)` \|$/gm)];
  const cited = (lesson) => [...lesson.matchAll(/\bart\. (\d+(?:\(\d+\))?(?:\([a-g]\))?)/g)].map((m) => m[1]);
  assert.deepEqual(
    rows.map(([, id, lesson, outcome]) => ({ id, teaches: cited(lesson), outcome })),
    SCENARIOS.map((s) => ({ id: s.id, teaches: [...s.teaches], outcome: s.expected })),
  );
});

test('the README’s own exit for a host with no-quick-exit leaves even where the element is missing or its script did not run, and once it has erased where it did', async () => {
  const { runInNewContext } = await import('node:vm');
  const exit = read('README.md').match(/```js\n(async function exitNow\(\) \{[^`]*)```/);
  assert.ok(exit, 'the Safety section shows its exitNow()');
  const events = [];
  const running = { eraseForExit: () => new Promise((resolve) => setTimeout(() => resolve(events.push('erased')), 50)) };
  for (const [page, element] of [
    ['no element on the page', null],
    ['the element never upgraded (its script blocked)', {}],
    ['the element running, emptying the clipboard', running],
  ]) {
    events.length = 0;
    await runInNewContext(`${exit[1]}\nexitNow();`, { document: { querySelector: () => element }, location: { replace: (url) => events.push(url) } });
    assert.deepEqual(events, [...(element === running ? ['erased'] : []), 'https://www.google.com/'], page);
  }
});
