import { expect } from '@open-wc/testing';
import { $, $$, confirm, contrast, make } from './helpers.js';
import { SPAIN_EVICTION } from '../support/samples.js';

/**
 * A page's global CSS that matches the host element itself beats :host, and whatever
 * inherited property it sets would flow into the shadow root. demo/hostile.html shows
 * the same rules; here they are measured.
 */
const HOSTILE = `
  * { all: unset; }
  body, op-eligibility {
    font-family: 'Comic Sans MS', fantasy;
    font-weight: 900;
    font-style: italic;
    line-height: 4;
    letter-spacing: 0.3em;
    word-spacing: 1em;
    text-transform: uppercase;
    text-indent: 3em;
    text-align: justify;
    white-space: pre;
    color: rgb(204, 0, 204);
    visibility: hidden;
  }
  button, input, select, label { display: none !important; }
`;

describe('the page’s layout', () => {
  const layouts: [string, string][] = [
    ['a flex column centring its items', '<div style="display:flex;flex-direction:column;align-items:center;inline-size:600px"><op-eligibility></op-eligibility></div>'],
    ['a flex row beside a menu', '<div style="display:flex;inline-size:600px"><nav style="inline-size:100px">Menu</nav><op-eligibility></op-eligibility></div>'],
    ['a grid centring its items', '<div style="display:grid;place-items:center;inline-size:600px"><op-eligibility></op-eligibility></div>'],
  ];
  for (const [what, markup] of layouts) {
    it(`fills the space of ${what}, not the zero width of its container (size containment)`, async () => {
      const host = document.body.appendChild(document.createElement('div'));
      host.innerHTML = markup;
      try {
        const el = host.querySelector('op-eligibility')!;
        await el.updateComplete;
        const space = el.parentElement!.getBoundingClientRect().width - (el.previousElementSibling?.getBoundingClientRect().width ?? 0);
        expect(el.getBoundingClientRect().width).to.be.closeTo(space, 1);
      } finally {
        host.remove();
      }
    });
  }

  // Firefox knows neither stretch nor -webkit-fill-available: 100% alone there put the margins outside the sidebar.
  for (const reset of ['', '*, *::before, *::after { box-sizing: content-box; }']) {
    it(`in a 250px sidebar, with a margin, padding and border of the page's own${reset ? ' and a content-box reset' : ''}, stays inside it`, async () => {
      const host = document.body.appendChild(document.createElement('div'));
      host.innerHTML = `<style>${reset} .sidebar op-eligibility { margin-inline: 16px; padding: 8px; border: 2px solid teal; }</style>
        <div class="sidebar" style="inline-size:250px"><op-eligibility></op-eligibility></div>`;
      try {
        const el = host.querySelector('op-eligibility')!;
        await el.updateComplete;
        const sidebar = el.parentElement!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        expect(box.left - sidebar.left).to.be.closeTo(16, 1);
        expect(sidebar.right - box.right).to.be.closeTo(16, 1);
      } finally {
        host.remove();
      }
    });
  }

  it('has a usable width in a <dialog>, which sizes to its content', async () => {
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.innerHTML = '<op-eligibility></op-eligibility>';
    dialog.showModal();
    try {
      const el = dialog.querySelector('op-eligibility')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.least(300);
    } finally {
      dialog.remove();
    }
  });

  it('on a page with html { font-size: 62.5% }, the documented fix (its font size and space back, in rem) gives the usual layout', async () => {
    const measure = async (style: string, mode = 'screening') => {
      const host = document.body.appendChild(document.createElement('div'));
      host.style.inlineSize = '1400px';
      host.innerHTML = `<op-eligibility mode="${mode}" style="${style}"></op-eligibility>`;
      try {
        const el = host.querySelector('op-eligibility')!;
        await el.updateComplete;
        const button = $(el, '[part~="continue"]')!;
        return { width: el.getBoundingClientRect().width, radius: getComputedStyle(button).borderStartStartRadius, font: getComputedStyle($(el, '[part~="base"]')!).fontSize };
      } finally {
        host.remove();
      }
    };
    const usual = await measure('');
    const root = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '62.5%';
    try {
      expect(await measure('--op-eligibility-font-size: 1.9rem; --op-eligibility-space: 1.6rem')).to.deep.equal(usual);
      const training = await measure('--op-eligibility-font-size: 1.9rem; --op-eligibility-space: 1.6rem', 'training');
      // Training mode's 1.93 measures of 35.4em, at the usual 19px: the map's column beside the question's.
      expect(training.width).to.be.closeTo(19 * 35.4 * 1.93, 2);
    } finally {
      document.documentElement.style.fontSize = root;
    }
    expect(usual).to.deep.include({ font: '19px', radius: '6px' });
    expect(usual.width).to.be.closeTo(42 * 16, 1);
  });

  it('sticks "Exit this page" below a sticky site header of the height the host gives, and themes its text', async () => {
    const el = await make();
    el.style.setProperty('--op-eligibility-sticky-offset', '70px');
    el.style.setProperty('--op-eligibility-color-exit-text', 'rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '.quick-exit-bar')!).insetBlockStart).to.equal('70px');
    expect(getComputedStyle($(el, '[part~="quick-exit"]')!).color).to.equal('rgb(0, 0, 0)');
    expect(parseFloat(getComputedStyle($(el, '#step-heading')!).scrollMarginBlockStart)).to.be.greaterThan(70);
  });
});

describe('hostile page CSS', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = HOSTILE;
  });
  afterEach(() => sheet.remove());

  it('does not reach the text, the controls or the layout inside the element', async () => {
    const el = await make();
    const hint = getComputedStyle($(el, '.hint')!);
    expect(hint.fontFamily).not.to.contain('Comic');
    expect(hint.fontWeight).to.equal('400');
    expect(hint.fontStyle).to.equal('normal');
    expect(parseFloat(hint.lineHeight) / parseFloat(hint.fontSize)).to.be.closeTo(1.5, 0.01);
    expect(hint.letterSpacing).to.equal('normal');
    expect(hint.wordSpacing).to.equal('0px');
    expect(hint.textTransform).to.equal('none');
    expect(hint.textIndent).to.equal('0px');
    expect(hint.whiteSpace).to.equal('normal');
    expect(hint.visibility).to.equal('visible');
    expect(hint.color).not.to.equal('rgb(204, 0, 204)');

    const select = $(el, 'select')!;
    const button = $(el, 'button[type="submit"]')!;
    expect(getComputedStyle(select).display).not.to.equal('none');
    expect(getComputedStyle(button).display).not.to.equal('none');
    expect(button.getBoundingClientRect().height).to.be.greaterThan(20);
  });
});

describe('a partner’s brand colours', () => {
  /** A computed colour (rgb(), lch()…) as sRGB channels, as the screen draws it. */
  const drawn = (color: string): number[] => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  /** WCAG's contrast ratio of a control's text on its own background, drawn first: contrast() reads rgb(), not the lch() a relative colour computes to. */
  const contrastOf = (control: Element): number => {
    const style = getComputedStyle(control);
    const asRgb = (color: string) => `rgb(${drawn(color).join(', ')})`;
    return contrast(asRgb(style.color), asRgb(style.backgroundColor));
  };
  const themed = async (theme: Record<string, string>) => {
    const el = await make();
    for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
    return { continueButton: $(el, '[part~="continue"]')!, exit: $(el, '[part~="quick-exit"]')! };
  };

  it('a light accent or exit colour set alone gets dark text on it, which reads (4.5:1), not the default white', async () => {
    const { continueButton, exit } = await themed({ '--op-eligibility-color-accent': '#f5a623', '--op-eligibility-color-exit': '#ffd54f' });
    expect(contrastOf(continueButton)).to.be.at.least(4.5);
    expect(contrastOf(exit)).to.be.at.least(4.5);
    expect(drawn(getComputedStyle(continueButton).color)).to.deep.equal([0, 0, 0]);
  });

  it('keeps white text on the default colours and on a dark brand colour, and the text colour the partner sets', async () => {
    const plain = await themed({});
    expect(drawn(getComputedStyle(plain.continueButton).color)).to.deep.equal([255, 255, 255]);
    expect(drawn(getComputedStyle(plain.exit).color)).to.deep.equal([255, 255, 255]);
    const dark = await themed({ '--op-eligibility-color-accent': '#6a1b9a' });
    expect(drawn(getComputedStyle(dark.continueButton).color)).to.deep.equal([255, 255, 255]);
    const chosen = await themed({ '--op-eligibility-color-accent': '#f5a623', '--op-eligibility-color-accent-text': '#3b0000', '--op-eligibility-color-exit-text': '#102030' });
    expect(drawn(getComputedStyle(chosen.continueButton).color)).to.deep.equal([59, 0, 0]);
    expect(drawn(getComputedStyle(chosen.exit).color)).to.deep.equal([16, 32, 48]);
  });
});

describe('a partner’s fonts', () => {
  // At every heading level a page may ask for: the tags run from h1 (level 1) to h6 (level 5 and below it).
  for (const headingLevel of ['1', '2', '5']) {
    it(`a heading font reaches every heading, the step’s, the result’s and the summary’s, and the text keeps the body font (heading-level ${headingLevel})`, async () => {
      const el = await make({ answers: SPAIN_EVICTION, headingLevel });
      el.style.setProperty('--op-eligibility-font-family', 'Body Sans, sans-serif');
      el.style.setProperty('--op-eligibility-font-family-heading', 'Brand Serif, serif');
      // Chromium quotes a family name with a space in it, Firefox does not.
      const fontOf = (node: Element) => getComputedStyle(node).fontFamily.replaceAll('"', '');
      expect(fontOf($(el, '[part~="heading"]')!)).to.equal('Brand Serif, serif');
      await confirm(el);
      const headings = $$(el, 'h1, h2, h3, h4, h5, h6');
      // The outcome, "What you can do next", "Why we say this", "About this result", the summary's own.
      expect(headings.length).to.be.greaterThan(4);
      expect(headings.filter((h) => fontOf(h) !== 'Brand Serif, serif').map((h) => h.textContent!.trim())).to.deep.equal([]);
      expect(fontOf($(el, '[part~="next-steps"] li')!)).to.equal('Body Sans, sans-serif');
      el.style.removeProperty('--op-eligibility-font-family-heading');
      expect(fontOf(headings[0]!)).to.equal('Body Sans, sans-serif');
    });
  }
});
