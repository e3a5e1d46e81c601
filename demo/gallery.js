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

const here = location.pathname.split('/').pop() || 'index.html';
for (const nav of document.querySelectorAll('nav[data-gallery]')) {
  const list = document.createElement('ul');
  list.className = 'gallery';
  for (const { href, label, lang } of PAGES) {
    const link = Object.assign(document.createElement('a'), { href, textContent: label });
    if (lang) link.lang = lang;
    if (href === here) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
}

// Each language of lit-localize.json, named in itself (test/node/demo.test.js checks that none is missing).
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'ar', label: 'العربية' },
];

// The element follows its lang attribute: switching keeps the answers, a scenario and the step.
for (const place of document.querySelectorAll('[data-languages]')) {
  const element = document.querySelector('op-eligibility');
  const select = Object.assign(document.createElement('select'), { id: 'language' });
  for (const { value, label } of LANGUAGES) select.append(Object.assign(new Option(label, value), { lang: value }));
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.some((l) => l.value === asked)) select.value = asked;
  element.lang = select.value;
  select.addEventListener('change', () => (element.lang = select.value));
  place.append(Object.assign(document.createElement('label'), { htmlFor: 'language', textContent: 'Language' }), ' ', select);
}
