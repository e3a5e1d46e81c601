// The demo gallery's navigation, the same on every page, with the current page marked.
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
