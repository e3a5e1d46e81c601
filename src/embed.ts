/**
 * The one-file embed's entry (vite.cdn.config.ts): registers <op-eligibility> and exports
 * nothing of its own. The headless engine is for the npm package (`op-eligibility/core`):
 * a page that only shows the element does not download it twice over (about 2.4 KB gzip).
 */
import './index.js';
import { configureLocalizationNow } from './element/localization.js';

configureLocalizationNow();
