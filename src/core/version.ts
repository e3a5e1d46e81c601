/**
 * This package's version, as in package.json (test/node/core.test.js holds them equal):
 * a case file says which version of the rules screened it.
 */
export const OP_ELIGIBILITY_VERSION = '0.1.0';
