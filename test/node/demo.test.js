// The demo gallery (demo/*.html), as a trainer or a partner opens it: every page links to
// the others, and the pages a workshop may run in French or Spanish let them switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DEMO = new URL('../../demo/', import.meta.url);
const PAGES = readdirSync(DEMO).filter((name) => name.endsWith('.html'));
const page = (name) => readFileSync(new URL(name, DEMO), 'utf8');

test('every demo page shows the gallery’s navigation, so none is a dead end', () => {
  for (const name of PAGES) {
    assert.match(page(name), /<script type="module" src="gallery\.js"><\/script>/, `${name} loads gallery.js`);
    assert.match(page(name), /<nav data-gallery aria-label="[^"]+"><\/nav>/, `${name} has the gallery's nav`);
  }
  const gallery = readFileSync(new URL('gallery.js', DEMO), 'utf8');
  for (const name of PAGES) assert.ok(gallery.includes(`href: '${name}'`), `gallery.js lists ${name}`);
});

test('the default and training pages switch language in place, in the four languages', () => {
  for (const name of ['index.html', 'training.html']) {
    const html = page(name);
    const options = [...html.matchAll(/<option value="(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(options, ['en', 'fr', 'es', 'ar'], `${name}'s language list`);
    assert.match(html, /language\.addEventListener\('change', \(\) => \(\w+\.lang = language\.value\)\)/, `${name} sets the element's lang`);
  }
});
