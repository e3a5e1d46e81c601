// Which files' messages are translated with which lazily loaded feature: read by
// scripts/split-locales.js, and checked against the built chunks by test/node/embed.test.js.

/**
 * The lazily loaded features and the files holding their messages (see
 * src/element/lazy-feature.ts). Every msg() there needs an explicit id; an id used by the
 * embed must not be in these files (test/node/embed.test.js checks the built chunks).
 * A file left off still builds, but its translations then load with the language, on
 * every page: the same test fails when a chunk holds messages of a file not listed here.
 */
export const FEATURES = {
  training: ['src/element/training-messages.ts'],
  'route-map': ['src/element/route-map-messages.ts'],
  result: [
    'src/element/result.ts',
    'src/element/result-messages.ts',
    'src/element/reason-messages.ts',
    'src/element/next-step-messages.ts',
    'src/element/route-messages.ts',
    'src/element/language-messages.ts',
    'src/element/handoff-messages.ts',
  ],
};
