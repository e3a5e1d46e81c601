// Which files' messages are translated with which lazily loaded feature: read by
// scripts/split-locales.js, and checked against the built chunks by test/node/embed.test.js.

/**
 * The translation files of the lazily loaded features, each with the files holding its
 * messages (see src/element/lazy-feature.ts). Every msg() there needs an explicit id; an id
 * used by the embed must not be in these files (test/node/embed.test.js checks the built
 * chunks). A file left off still builds, but its translations then load with the language,
 * on every page: the same test fails when a chunk holds messages of a file not listed here.
 */
export const TRANSLATION_FILES = {
  training: ['src/element/training-messages.ts'],
  'route-map': ['src/element/route-map-messages.ts'],
  result: [
    'src/element/result.ts',
    'src/element/result-messages.ts',
    'src/element/reason-messages.ts',
    'src/element/next-step-messages.ts',
    'src/element/language-messages.ts',
    'src/element/handoff-messages.ts',
  ],
  'result-routes': ['src/element/route-messages.ts', 'src/element/article-messages.ts'],
};

/**
 * Each lazily loaded feature and its translation files, all fetched together with it. The
 * result's are two, fetched side by side: in one, its Arabic outgrew the 10 KB a
 * translation file may weigh (scripts/size.js).
 */
export const FEATURES = {
  training: ['training'],
  'route-map': ['route-map'],
  result: ['result', 'result-routes'],
};
