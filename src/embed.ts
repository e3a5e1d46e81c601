/**
 * The one-file embed's entry (vite.cdn.config.ts): registers <op-eligibility>. Of the
 * headless engine it exports createEnvironment() alone, which the element holds anyway: a
 * plain page starts from the shipped tables (`createEnvironment().parties`, `.procedures`)
 * to give the element newer ones. The rest of the engine is for the npm package
 * (`op-eligibility/core`): a page that only shows the element does not download it twice
 * over (about 2.4 KB gzip).
 */
import './index.js';
import { configureLocalizationNow } from './element/localization.js';

export { createEnvironment } from './core/environment.js';

configureLocalizationNow();
