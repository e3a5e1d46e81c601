import type { chai as mainChai } from '@open-wc/testing';
// The pure entry: the main one registers its fixture cleanup with mocha, not yet set up here.
import * as pure from '@open-wc/testing/pure';

/*
 * The runner sends a failed assertion's `actual` and `expected` out of the page as they
 * are. A DOM node, with its document and window behind it, made the browser hang until
 * the run timed out ("browser disconnected") instead of reporting the failure. The runner
 * gets the node's tag instead; chai's message already names it.
 */
const readable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(readable);
  if (value instanceof Element) return `<${value.localName}>`;
  return value instanceof Node ? value.nodeName : value;
};

// Its types leave out the chai it exports.
const { chai } = pure as unknown as { chai: typeof mainChai };

chai.use(({ Assertion, AssertionError }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failed = error as Error & { actual?: unknown; expected?: unknown };
        Object.assign(failed, { actual: readable(failed.actual), expected: readable(failed.expected) });
      }
      throw error;
    }
  };
});
