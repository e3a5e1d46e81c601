// A partner's page that opens the screening in a modal dialog from a button, as "Check if
// you can complain" does; ?print-css= adds a print stylesheet of the page's own.
const css = new URLSearchParams(location.search).get('print-css');
if (css) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
addEventListener('DOMContentLoaded', () => {
  document.getElementById('open').addEventListener('click', () => document.getElementById('checker').showModal());
});
