// @ts-check
// Who may keep a response, and for how long: the one place the app's HTTP caching rules live
// (README, "Deploying"). Plain CommonJS: the production server loads it without a bundler.
const { sessionCookie } = require('../lib/editor-session.js');

/**
 * How long a shared cache (nginx, a CDN) may serve a response without asking again, and how
 * much longer it may serve it while it asks. The data changes only when an editor writes, so a
 * correction reaches every reader at most `sharedMaxAge + staleWhileRevalidate` seconds after
 * it is saved: the documented bound. Browsers keep nothing fresh (max-age=0): they revalidate
 * every time, which costs a 304 and shows a reader the correction at once.
 * @param {Record<string, string | undefined>} env
 */
function sharedLifetime(env = process.env) {
  return {
    sharedMaxAge: seconds(env.HTTP_SHARED_MAX_AGE, 60),
    staleWhileRevalidate: seconds(env.HTTP_STALE_WHILE_REVALIDATE, 60),
  };
}

/** @typedef {ReturnType<typeof sharedLifetime>} Lifetime */

/** @param {string | undefined} value @param {number} fallback */
function seconds(value, fallback) {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 3600) {
    throw new Error(`a cache lifetime must be whole seconds from 0 to 3600, not "${value}"`);
  }
  return parsed;
}

/** @param {Lifetime} lifetime */
function sharedCacheControl({ sharedMaxAge, staleWhileRevalidate }) {
  return `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
}

/** Never stored by anyone: an editor's pages, sessions, anything sent with a cookie. */
const personal = 'private, no-store';
/** Not stored, not personal: answers to writes, server errors. */
const notStored = 'no-store';

// Addresses whose answer depends on who asks (the editor's desk, sessions, the audit log).
const personalPaths = [/^\/admin(\/|$)/, /^\/api\/session(\/|$)/, /^\/api\/audit(\/|$)/];
// Build files named by their content: Next.js marks them immutable, rightly.
const buildAssets = /^\/_next\/static\//;
const editorCookie = new RegExp(`(^|;\\s*)${sessionCookie}=`);

/**
 * Whether a request is an editor's: it carries credentials, so its answer may be personal
 * even where the address is public.
 * @param {import('node:http').IncomingMessage} request
 */
function isEditorRequest(request) {
  return !!request.headers.authorization || editorCookie.test(request.headers.cookie ?? '');
}

/**
 * The class of a finished response, from the request and what the app set on it:
 * - `personal`: never stored by anyone;
 * - `immutable`: a build file, kept as Next.js says;
 * - `shared`: stored by shared caches within the bound, validated by its ETag;
 * - `not-stored`: not a read, or a failure.
 * @param {{ method: string, pathname: string, editor: boolean }} request
 * @param {{ status: number, cacheControl: string, setsCookie: boolean }} response
 * @returns {'personal' | 'immutable' | 'shared' | 'not-stored'}
 */
function responseClass(request, response) {
  if (
    request.editor ||
    response.setsCookie ||
    personalPaths.some((path) => path.test(request.pathname)) ||
    /\b(private|no-store)\b/.test(response.cacheControl)
  ) {
    return 'personal';
  }
  if (request.method !== 'GET' || response.status >= 500) return 'not-stored';
  if (buildAssets.test(request.pathname) && response.status === 200) return 'immutable';
  return 'shared';
}

/**
 * The Cache-Control a response of `kind` is sent with; `own` is the app's, kept for build files.
 * @param {ReturnType<typeof responseClass>} kind
 * @param {string} own
 * @param {Lifetime} lifetime
 */
function cacheControlFor(kind, own, lifetime) {
  if (kind === 'personal') return personal;
  if (kind === 'not-stored') return notStored;
  if (kind === 'immutable') return own;
  return sharedCacheControl(lifetime);
}

module.exports = {
  sharedLifetime,
  sharedCacheControl,
  isEditorRequest,
  responseClass,
  cacheControlFor,
};
