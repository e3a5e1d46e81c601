// The demo gallery's navigation, the same on every page, with the current page marked; and,
// where a page asks for it, a language list for its <op-eligibility> (also `?lang=`).
const PAGES = [
  { href: 'index.html', label: 'Default' },
  { href: 'themed.html', label: 'Themed to a partner' },
  { href: 'fr.html', label: 'Français', lang: 'fr' },
  { href: 'ar.html', label: 'العربية', lang: 'ar' },
  { href: 'hostile.html', label: 'Hostile page CSS' },
  { href: 'training.html', label: 'Training' },
];

// Each language of lit-localize.json, named in itself (test/node/demo.test.js checks that none is missing),
// with the gallery's own words in it, for a page that has its text in that language too.
const LANGUAGES = [
  { value: 'en', label: 'English', words: { language: 'Language', nav: 'Demo pages' } },
  {
    value: 'fr',
    label: 'Français',
    words: {
      language: 'Langue',
      nav: 'Pages de démonstration',
      'index.html': 'Par défaut',
      'themed.html': 'Aux couleurs d’un partenaire',
      'hostile.html': 'CSS hostile de la page',
      'training.html': 'Formation',
    },
  },
  {
    value: 'es',
    label: 'Español',
    words: {
      language: 'Idioma',
      nav: 'Páginas de demostración',
      'index.html': 'Predeterminada',
      'themed.html': 'Con los colores de un socio',
      'hostile.html': 'CSS hostil de la página',
      'training.html': 'Formación',
    },
  },
  {
    value: 'ar',
    label: 'العربية',
    dir: 'rtl',
    words: {
      language: 'اللغة',
      nav: 'صفحات العرض',
      'index.html': 'الصفحة الافتراضية',
      'themed.html': 'بألوان شريك',
      'hostile.html': 'صفحة بأنماط CSS معادية',
      'training.html': 'التدريب',
    },
  },
];

const here = location.pathname.split('/').pop() || 'index.html';
const pickers = document.querySelectorAll('[data-languages]');
// The pages that take `?lang=`: a link to one keeps the language the trainer chose.
const TAKES_LANG = new Set(['index.html', 'training.html']);
const links = [];
// A page written in another language (fr.html, ar.html) names the pages in it: English names read there with French or Arabic sounds.
const pageWords = LANGUAGES.find((l) => l.value === document.documentElement.lang)?.words ?? {};
for (const nav of document.querySelectorAll('nav[data-gallery]')) {
  const list = document.createElement('ul');
  list.className = 'gallery';
  for (const { href, label, lang } of PAGES) {
    const link = Object.assign(document.createElement('a'), { href, textContent: pageWords[href] ?? label });
    if (lang) link.lang = lang;
    else links.push({ link, href, label });
    if (href === here) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  // On a small screen (a 320px phone with 200% text) the list took five rows, and pushed the element's
  // "Exit this page" below the first screen: there it is folded under one line, "Demo pages".
  const fold = document.createElement('details');
  fold.className = 'gallery-fold';
  const summary = Object.assign(document.createElement('summary'), { textContent: pageWords.nav ?? nav.getAttribute('aria-label') });
  fold.append(summary, list);
  fold.open = !matchMedia('(max-width: 30em), (max-height: 30em)').matches;
  nav.append(fold);
}

/**
 * Shows the page in `lang` where it has its own text in it (`[data-page-text]`: index.html, training.html): its
 * header and introduction, the element's fallback (`[data-fallback-text]`), title, direction and the gallery's words, and keeps `?lang=` in the address, so that a
 * reload, a link shared or the gallery's links do not fall back to English. Other pages keep
 * their English text; the element and the links still follow.
 */
function showPageIn(lang) {
  const { words, dir = 'ltr' } = LANGUAGES.find((l) => l.value === lang);
  const texts = [...document.querySelectorAll('[data-page-text]')];
  // The first in `lang` is the header's, which holds the title; the introduction below the element has its own.
  const text = texts.find((t) => t.lang === lang);
  if (text) {
    for (const t of texts) t.hidden = t.lang !== lang;
    for (const t of document.querySelectorAll('[data-fallback-text]')) t.hidden = t.lang !== lang;
    document.title = text.dataset.title;
    Object.assign(document.documentElement, { lang, dir });
    for (const nav of document.querySelectorAll('nav[data-gallery]')) {
      nav.setAttribute('aria-label', words.nav);
      nav.querySelector('summary').textContent = words.nav;
    }
    for (const { link, href, label } of links) link.textContent = words[href] ?? label;
    for (const label of document.querySelectorAll('label[for="language"]')) label.textContent = words.language;
  }
  for (const { link, href } of links) if (TAKES_LANG.has(href)) link.search = lang === 'en' ? '' : `?lang=${lang}`;
  const address = new URL(location.href);
  if (lang === 'en') address.searchParams.delete('lang');
  else address.searchParams.set('lang', lang);
  if (address.href !== location.href) history.replaceState(history.state, '', address);
}

// The element follows its lang attribute: switching keeps the answers, a scenario and the step.
for (const place of pickers) {
  const element = document.querySelector('op-eligibility');
  const select = Object.assign(document.createElement('select'), { id: 'language' });
  for (const { value, label } of LANGUAGES) select.append(Object.assign(new Option(label, value), { lang: value }));
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.some((l) => l.value === asked)) select.value = asked;
  element.lang = select.value;
  select.addEventListener('change', () => {
    element.lang = select.value;
    showPageIn(select.value);
  });
  place.append(Object.assign(document.createElement('label'), { htmlFor: 'language', textContent: 'Language' }), ' ', select);
  showPageIn(select.value);
}
