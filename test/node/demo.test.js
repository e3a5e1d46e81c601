// The demo gallery (demo/*.html), as a trainer or a partner opens it: every page links to
// the others, and the pages a workshop may run in French or Spanish let them switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/embed-driver.js';
import { serveStatic } from '../../scripts/static-server.js';
import { trainingText } from '../../dist/element/training-messages.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const DEMO = new URL('../../demo/', import.meta.url);
const PAGES = readdirSync(DEMO).filter((name) => name.endsWith('.html'));
const page = (name) => readFileSync(new URL(name, DEMO), 'utf8');

/**
 * Opens each demo page of `names` (with `query`) in Chromium, with the gallery's script only
 * (the element itself needs Vite, `npm start`), and runs `check`; `before` runs on the tab
 * before it opens the page. With `element`, the page gets the element as `npm run build`
 * makes it (the one-file embed of dist/cdn) in place of the source Vite would serve.
 */
async function onDemoPages(names, query, check, before = () => {}, { element = false } = {}) {
  const server = await serveStatic(ROOT);
  const browser = await launchBrowser();
  try {
    for (const name of names) {
      const tab = await browser.newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (r) => {
        if (!r.url().endsWith('.ts')) return r.continue();
        if (element && r.url().endsWith('/src/index.ts')) return r.respond({ contentType: 'text/javascript', body: "import '/dist/cdn/op-eligibility.js';" });
        return r.abort();
      });
      await before(tab, name);
      await tab.goto(`${server.origin}/demo/${name}${query}`);
      await check(tab, name);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

test('no demo page asks for a file that is not there (a 404 in the console of a partner trying it out: the favicon, say)', async () => {
  const missing = [];
  await onDemoPages(
    PAGES,
    '',
    (tab) => tab.waitForNetworkIdle(),
    (tab, name) => tab.on('response', (r) => r.status() >= 400 && missing.push(`${name}: ${r.status()} ${new URL(r.url()).pathname}`)),
  );
  assert.deepEqual(missing, []);
});

test('every demo page shows the gallery’s navigation, so none is a dead end', () => {
  for (const name of PAGES) {
    assert.match(page(name), /<script type="module" src="gallery\.js"><\/script>/, `${name} loads gallery.js`);
    assert.match(page(name), /<nav data-gallery aria-label="[^"]+"><\/nav>/, `${name} has the gallery's nav`);
  }
  const gallery = readFileSync(new URL('gallery.js', DEMO), 'utf8');
  for (const name of PAGES) assert.ok(gallery.includes(`href: '${name}'`), `gallery.js lists ${name}`);
});

test('the French and Arabic pages name the gallery’s pages in their own language, not in English a screen reader would read with French or Arabic sounds', async () => {
  await onDemoPages(['fr.html', 'ar.html'], '', async (tab, name) => {
    await tab.waitForSelector('nav[data-gallery] a');
    const english = await tab.evaluate(() =>
      [...document.querySelectorAll('.gallery a, .gallery [aria-current]')].filter((a) => !a.lang).map((a) => a.textContent),
    ).then((names) => names.filter((n) => ['Default', 'Themed to a partner', 'Hostile page CSS', 'Training'].includes(n)));
    assert.deepEqual(english, [], name);
  });
});

test('the training page tells a trainer to start the scenario chosen before "Next step", with the panel’s own button labels', () => {
  // "Next step" plays only a scenario started: chosen in the list, it waits for "Start this scenario".
  const intro = page('training.html').match(/<header>[\s\S]*<\/header>/)[0].replace(/\s+/g, ' ');
  const start = intro.indexOf(`“${trainingText.start()}”`);
  assert.ok(start > 0, `the intro names “${trainingText.start()}”`);
  assert.ok(intro.indexOf(`“${trainingText.next()}”`) > start, 'then “Next step”');
});

/** English, then every language of lit-localize.json: the demo's language list must offer each one configured. */
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

test('the default and training pages switch the element’s language in place, in every configured language, and take ?lang=', async () => {
  await onDemoPages(['index.html', 'training.html'], '?lang=es', async (tab, name) => {
    await tab.waitForSelector('#language');
    const shown = await tab.evaluate(() => ({
      options: [...document.querySelectorAll('#language option')].map((o) => o.value),
      labelled: document.querySelector('label[for="language"]')?.textContent,
      lang: document.querySelector('op-eligibility').lang,
    }));
    // Both pages have their own words in Spanish, their language list's label included.
    assert.deepEqual(shown, { options: [sourceLocale, ...targetLocales], labelled: 'Idioma', lang: 'es' }, name);
    await tab.select('#language', 'ar');
    assert.equal(await tab.evaluate(() => document.querySelector('op-eligibility').lang), 'ar', `${name}: choosing Arabic sets lang`);
  });
});

test('the default page’s fallback, shown while the element loads or where it cannot start, is in the language asked for, with the Committee’s page in that language', async () => {
  for (const lang of [sourceLocale, ...targetLocales]) {
    // onDemoPages serves no source file, so the element never starts: what a visitor sees on a failed load.
    await onDemoPages(['index.html'], lang === sourceLocale ? '' : `?lang=${lang}`, async (tab) => {
      await tab.waitForSelector('#language');
      const shown = await tab.evaluate(() =>
        [...document.querySelectorAll('op-eligibility > *')]
          .filter((p) => p.checkVisibility())
          .map((p) => ({ lang: p.lang, link: p.querySelector('a').pathname })),
      );
      assert.deepEqual(shown, [{ lang, link: `/${lang}/treaty-bodies/cescr` }], lang);
    });
  }
});

test('printed, a demo page keeps its header, navigation, language list and footer off paper (a partner’s masthead may stay)', async () => {
  // hostile.html brings its own hostile CSS, not the gallery's stylesheet.
  await onDemoPages(PAGES.filter((p) => page(p).includes('href="demo.css"')), '', async (tab, name) => {
    await tab.waitForSelector('nav[data-gallery] a');
    await tab.emulateMediaType('print');
    const printed = await tab.evaluate(() =>
      ['header', 'nav', 'footer', '[data-languages]'].filter((s) => document.querySelector(s)?.checkVisibility()),
    );
    assert.deepEqual(printed, [], name);
  });
});

test('the gallery’s links and language list are at least 24px high (WCAG 2.5.8), like the element’s own targets', async () => {
  await onDemoPages(['index.html', 'training.html'], '', async (tab, name) => {
    await tab.waitForSelector('#language');
    const small = await tab.evaluate(() =>
      [...document.querySelectorAll('.gallery a, .gallery [aria-current], #language')]
        .map((e) => ({ what: e.id || e.textContent, height: e.getBoundingClientRect().height }))
        .filter((t) => t.height < 24),
    );
    assert.deepEqual(small, [], name);
  });
});

test('the training page follows its address, Back and Forward included: no #scenario= there, no scenario playing; another, that one', async () => {
  await onDemoPages(
    ['training.html'],
    '#scenario=eviction-spain',
    async (tab) => {
      // The scenario list shows the one playing (emptied when none is), and its story shows below "Next step".
      const shows = async (expected, what) => {
        const shown = () => {
          const root = document.querySelector('op-eligibility').shadowRoot;
          const list = root?.querySelector('#training-scenario');
          return list ? { list: list.value, story: !!root.querySelector('.training-story') } : null;
        };
        const want = { list: expected, story: expected !== '' };
        let now = null;
        for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
          now = await tab.evaluate(shown);
          if (JSON.stringify(now) === JSON.stringify(want)) break;
        }
        assert.deepEqual(now, want, what);
      };
      await shows('eviction-spain', 'opened from the address');
      await tab.evaluate(() => (location.hash = 'scenario=pension-ecuador'));
      await shows('pension-ecuador', 'another scenario in the address');
      await tab.goBack();
      await shows('eviction-spain', 'Back to the first one');
      await tab.evaluate(() => (location.hash = ''));
      await shows('', 'no scenario in the address');
      await tab.goBack();
      await shows('eviction-spain', 'Back to the scenario');
      await tab.goForward();
      await shows('', 'Forward to the address without one');
    },
    () => {},
    { element: true },
  );
});

test('a link to the training page with a mistyped scenario says so in the trainer’s panel, whatever the typo, rather than open an empty one', async () => {
  // A capital or a space, as a chat app or a slide may put in, as well as a wrong letter.
  for (const typo of ['eviction-spian', 'Eviction-Spain', 'eviction%20spain']) {
    await onDemoPages(
      ['training.html'],
      `#scenario=${typo}`,
      async (tab) => {
        const said = await tab
          .waitForFunction(() => document.querySelector('op-eligibility').shadowRoot?.querySelector('#training-unknown')?.textContent, { timeout: 10000 })
          .then((handle) => handle.jsonValue())
          .catch(() => null);
        assert.equal(said?.trim(), trainingText.unknown(), typo);
      },
      () => {},
      { element: true },
    );
  }
});

test('a link the training page did not play as written (a renamed scenario, a typo) is no trap for Back: one Back leaves the page', async () => {
  for (const [asked, address] of [
    // Opened by its id today, in place of the link's entry: Back from there used to ask for the old id again, which pushed the new one again.
    ['not-party-united-states', '#scenario=not-party-japan'],
    // Left as typed, so the trainer sees what the panel says does not exist; it used to be wiped by a new entry.
    ['eviction-spian', '#scenario=eviction-spian'],
  ]) {
    await onDemoPages(
      ['training.html'],
      `#scenario=${asked}`,
      async (tab) => {
        await tab.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot?.querySelector('#training-scenario'), { timeout: 20000 });
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await tab.evaluate(() => location.hash), address, asked);
        if (address.endsWith(asked)) {
          // Reset, the trainer's first act, clears the typo from the address, in place.
          await tab.evaluate(() => document.querySelector('op-eligibility').shadowRoot.querySelector('[part~="training-reset"]').click());
          await new Promise((r) => setTimeout(r, 300));
          assert.equal(await tab.evaluate(() => location.hash), '', `${asked}: Reset`);
        }
        await tab.goBack();
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await tab.evaluate(() => location.href), 'about:blank', `${asked}: Back leaves the training page`);
      },
      () => {},
      { element: true },
    );
  }
});

test('the training page’s address follows the trainer: a scenario started from the list or Reset, so that Back, a reload or a link shared finds it, in the language chosen', async () => {
  await onDemoPages(
    ['training.html'],
    '?lang=fr#scenario=eviction-spain',
    async (tab) => {
      const inPanel = (script) => tab.evaluate(new Function(`const root = document.querySelector('op-eligibility').shadowRoot; ${script}`));
      const playing = async () => {
        await tab.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot?.querySelector('#training-scenario'), { timeout: 20000 });
        await new Promise((r) => setTimeout(r, 200));
        return inPanel("return location.search + location.hash + ' ' + root.querySelector('#training-scenario').value + ' ' + (root.querySelector('.training-story strong')?.textContent ?? '-').replace(/\\u00a0/g, ' ')");
      };
      assert.equal(await playing(), '?lang=fr#scenario=eviction-spain eviction-spain En cours : Espagne — une expulsion');
      await inPanel("const list = root.querySelector('#training-scenario'); list.value = 'late-portugal'; list.dispatchEvent(new Event('change'));");
      await inPanel("root.querySelector('[part~=\"training-start\"]').click()");
      assert.equal(await playing(), '?lang=fr#scenario=late-portugal late-portugal En cours : Portugal — licenciée pendant sa grossesse');
      await tab.reload();
      assert.equal(await playing(), '?lang=fr#scenario=late-portugal late-portugal En cours : Portugal — licenciée pendant sa grossesse', 'reloaded');
      await inPanel("root.querySelector('[part~=\"training-reset\"]').click()");
      assert.equal(await playing(), '?lang=fr  -', 'reset');
      await tab.goBack();
      assert.equal(await playing(), '?lang=fr#scenario=late-portugal late-portugal En cours : Portugal — licenciée pendant sa grossesse', 'Back after Reset');
      await tab.goBack();
      assert.equal(await playing(), '?lang=fr#scenario=eviction-spain eviction-spain En cours : Espagne — une expulsion', 'Back to the first');
    },
    () => {},
    { element: true },
  );
});

test('on a short screen (a 1280×720 projector at 150% and 200% zoom) every demo page shows the element’s first question, not only its own header', async () => {
  const hidden = [];
  for (const [width, height] of [
    [853, 480],
    [640, 360],
  ]) {
    await onDemoPages(
      PAGES.filter((p) => page(p).includes('href="demo.css"')),
      '',
      async (tab, name) => {
        await tab.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot?.querySelector('h2'), { timeout: 20000 });
        // How far below the screen the first line of the question's heading ends.
        const below = await tab.evaluate(() => {
          const heading = document.querySelector('op-eligibility').shadowRoot.querySelector('h2');
          const line = parseFloat(getComputedStyle(heading).lineHeight);
          return Math.ceil(heading.getBoundingClientRect().top + line - innerHeight);
        });
        if (below > 0) hidden.push(`${name} at ${width}×${height}: ${below}px below the screen`);
      },
      (tab) => tab.setViewport({ width, height }),
      { element: true },
    );
  }
  assert.deepEqual(hidden, []);
});

test('on a phone on its side or a small phone upright with 200% text (740×360, 844×390, 320×568), every demo page for a person shows “Exit this page” whole on the first screen, in each language', async () => {
  // Their header and intro pushed it a screen down: a person could not leave at once. The training
  // page is left out: its intro is the trainer's instructions, for fictional scenarios.
  const names = ['index.html', 'fr.html', 'ar.html', 'themed.html', ...targetLocales.map((lang) => `index.html?lang=${lang}`)];
  const hidden = [];
  for (const [width, height] of [
    [740, 360],
    [844, 390],
    // Upright: the gallery's links took five rows and the page's title three, the bar half below the screen.
    [320, 568],
  ]) {
    await onDemoPages(
      names,
      '',
      async (tab, name) => {
        await tab.waitForFunction(() => document.querySelector('op-eligibility').shadowRoot?.querySelector('h2'), { timeout: 20000 });
        // Drawn: the bar turns compact on a short screen once laid out.
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const below = await tab.evaluate(() => {
          const bar = [...document.querySelector('op-eligibility').shadowRoot.querySelectorAll('.quick-exit-bar')].find((b) => b.checkVisibility());
          return Math.ceil(bar.getBoundingClientRect().bottom - innerHeight);
        });
        if (below > 0) hidden.push(`${name} at ${width}×${height}: ${below}px below the screen`);
      },
      async (tab) => {
        await tab.setViewport({ width, height });
        // The reader's text at 200%, as the element's own tests set it.
        await tab.evaluateOnNewDocument(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')));
      },
      { element: true },
    );
  }
  assert.deepEqual(hidden, []);
});

test('on a phone (390×844) every demo page’s header (index.html’s and training.html’s in each language too) keeps its text in under a third of the screen, so the element is not pushed to the bottom', async () => {
  const tall = [];
  const runs = [[PAGES.filter((p) => page(p).includes('href="demo.css"')), ''], ...targetLocales.map((lang) => [['index.html', 'training.html'], `?lang=${lang}`])];
  for (const [names, query] of runs) {
    await onDemoPages(
      names,
      query,
      async (tab, name) => {
        await tab.waitForSelector('nav[data-gallery] a');
        const header = await tab.evaluate(() => {
          const box = document.querySelector('header');
          // The text in the page's language: index.html and training.html keep their other languages' hidden.
          const text = [...box.querySelectorAll('h1, p')].filter((e) => !e.closest('[hidden]'));
          return { height: box.getBoundingClientRect().height, shown: text.length > 0 && [box, ...text].every((e) => e.checkVisibility()) };
        });
        if (!header.shown) tall.push(`${name}${query}: its header or its text is hidden`);
        else if (header.height > 844 / 3) tall.push(`${name}${query}: header ${Math.round(header.height)}px tall`);
      },
      (tab) => tab.setViewport({ width: 390, height: 844 }),
    );
  }
  assert.deepEqual(tall, []);
});

/** The element's own words for `id` in `lang`, as locales/<lang>.xlf gives them. */
function target(lang, id) {
  const xlf = readFileSync(new URL(`../../locales/${lang}.xlf`, import.meta.url), 'utf8');
  return new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?<target>([^<]*)</target>`).exec(xlf)[1];
}

/** What a reader sees of a demo page around the element: its header, title, direction, navigation and language list. */
function pageAround() {
  const visible = (e) => e.checkVisibility();
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    heading: [...document.querySelectorAll('header h1')].filter(visible).map((h) => h.closest('[lang]').lang),
    intro: [...document.querySelectorAll('header p')].filter(visible).map((p) => p.textContent.replace(/\s+/g, ' ')).join(' '),
    nav: document.querySelector('nav[data-gallery]').getAttribute('aria-label'),
    links: [...document.querySelectorAll('.gallery a')].map((a) => ({ text: a.textContent, href: a.pathname.split('/').pop() + a.search })),
    label: document.querySelector('label[for="language"]').textContent,
    address: location.search + location.hash,
  };
}

test('the default and training pages speak the reader’s language: ?lang=fr, es and ar show their header, title, navigation and language list in it, Arabic right to left', async () => {
  for (const lang of targetLocales) {
    await onDemoPages(['index.html', 'training.html'], `?lang=${lang}#scenario=eviction-spain`, async (tab, name) => {
      const english = page(name).match(/<title>([^<]*)<\/title>/)[1];
      await tab.waitForSelector('#language');
      const shown = await tab.evaluate(pageAround);
      assert.equal(shown.lang, lang);
      assert.equal(shown.dir, lang === 'ar' ? 'rtl' : 'ltr', `${lang}: the page's direction`);
      assert.deepEqual(shown.heading, [lang], `${lang}: one heading, in the language asked for`);
      assert.notEqual(shown.title, english, `${lang}: the tab's title`);
      if (name === 'training.html') {
        // The intro names the buttons as the element labels them in that language, the scenario started before "Next step".
        const start = shown.intro.indexOf(target(lang, 'training.start'));
        assert.ok(start >= 0, `${lang}: the intro names “${target(lang, 'training.start')}”: ${shown.intro}`);
        assert.ok(shown.intro.indexOf(target(lang, 'training.next')) > start, `${lang}: then “${target(lang, 'training.next')}”`);
      }
      assert.notEqual(shown.nav, 'Demo pages', `${lang}: the navigation's name`);
      assert.notEqual(shown.label, 'Language', `${lang}: the language list's label`);
      for (const english of ['Default', 'Themed to a partner', 'Hostile page CSS', 'Training']) {
        assert.ok(!shown.links.some((l) => l.text === english), `${lang}: no “${english}” in the navigation`);
      }
      // A link to a page that takes ?lang= keeps the language; the rest of the address (a scenario) stays.
      assert.deepEqual(
        shown.links.filter((l) => /^(index|training)\.html/.test(l.href)).map((l) => l.href),
        [`index.html?lang=${lang}`, `training.html?lang=${lang}`],
      );
      assert.equal(shown.address, `?lang=${lang}#scenario=eviction-spain`);
    });
  }
});

test('on the training page, a language chosen in the list goes into the address (a reload or a link shared keeps it) and turns the page with it', async () => {
  await onDemoPages(['training.html'], '?lang=fr#scenario=late-portugal', async (tab) => {
    await tab.waitForSelector('#language');
    await tab.select('#language', 'ar');
    let shown = await tab.evaluate(pageAround);
    assert.deepEqual([shown.address, shown.lang, shown.dir, shown.heading], ['?lang=ar#scenario=late-portugal', 'ar', 'rtl', ['ar']]);
    await tab.reload();
    await tab.waitForSelector('#language');
    shown = await tab.evaluate(pageAround);
    assert.deepEqual([shown.address, shown.lang, shown.label], ['?lang=ar#scenario=late-portugal', 'ar', 'اللغة'], 'after a reload');
    await tab.select('#language', 'en');
    shown = await tab.evaluate(pageAround);
    assert.deepEqual([shown.address, shown.lang, shown.dir, shown.heading, shown.label], ['#scenario=late-portugal', 'en', 'ltr', ['en'], 'Language']);
  });
});

