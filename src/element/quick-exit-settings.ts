import * as z from 'zod/mini';
import { describeValue, ValidationError } from '../core/errors.js';
import { once } from '../core/memo.js';
import { readAttribute, type AttributeCheck } from './input-checks.js';

/**
 * Where "Exit this page" goes unless the host sets `exit-url`: a page found in the
 * history of almost any device, in the reader's own language, that says nothing about
 * what the person was doing. Hosts should choose one that is ordinary where they work.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/**
 * An absolute http(s) URL with a host name and no user name or password: nothing that
 * runs script, nothing that hides where it goes. Built when a page first sets `exit-url`, not as the
 * module loads, where every zod schema made delays the first question.
 */
const exitUrlSchema = once(() =>
  z.string().check(
    z.maxLength(2048),
    z.refine((value) => {
      // Not URL.canParse (Chromium 120, Safari 17): older supported browsers lack it.
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return false;
      }
      // The host name's own characters (or an IPv6 literal): Chromium takes "www.exa mple.org"
      // as a host (www.exa%20mple.org) and the exit lands on an error page; Firefox refuses it.
      return (url.protocol === 'http:' || url.protocol === 'https:') && /^[\w.-]+$|^\[/.test(url.hostname) && !url.username && !url.password;
    }),
  ),
);

const EXIT_URL: AttributeCheck<string> = {
  name: 'exit-url',
  schema: exitUrlSchema,
  expected: 'an absolute http: or https: URL',
  fallback: DEFAULT_EXIT_URL,
};

/** What `no-quick-exit="false"` reads as: not `true`, so the quick exit stays (readEnabled says why). */
const FALSE_ATTRIBUTE = 'false';

/**
 * `no-quick-exit` read as HTML reads a boolean attribute (present: true, absent: false),
 * but for the value "false": a host that writes it means to keep the quick exit.
 */
export const noQuickExitAttribute = {
  fromAttribute: (value: string | null): boolean | typeof FALSE_ATTRIBUTE =>
    value === null ? false : value.trim().toLowerCase() === FALSE_ATTRIBUTE ? FALSE_ATTRIBUTE : true,
};

/**
 * The quick exit's two settings, `no-quick-exit` and `exit-url`, as the element's
 * properties hold them; a bad value is reported and the default kept.
 */
export interface QuickExitSettings {
  readonly noQuickExit: boolean;
  readonly exitUrl: string | undefined;
}

/**
 * Whether the quick exit shows. The quick exit is a safety feature: only `true` hides it.
 * `no-quick-exit="false"` (which HTML would read as present, so hidden) keeps it and says so.
 */
export function readEnabled(host: QuickExitSettings, reject: (error: ValidationError) => void): boolean {
  const hidden: unknown = host.noQuickExit;
  if (typeof hidden !== 'boolean') {
    const message =
      hidden === FALSE_ATTRIBUTE
        ? 'is a boolean attribute: leave it out to show the quick exit, which stays shown (got "false")'
        : `must be true or false (got ${describeValue(hidden)})`;
    reject(new ValidationError('attribute', [{ path: 'no-quick-exit', code: 'invalid', message }]));
  }
  return hidden !== true;
}

/** Where "Exit this page" goes: `exit-url` where it is an absolute http(s) URL, else the default. */
export const readExitUrl = (host: QuickExitSettings, reject: (error: ValidationError) => void): string =>
  readAttribute(EXIT_URL, host.exitUrl, reject);
