import { expect } from '@open-wc/testing';
import { $, make } from './helpers.js';

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
