// @ts-check
// CommonJS: the production server's caching rules (server/cache-rules.cjs) read this as well
// as the editor's sign-in (app/api/_lib/editor-auth.ts).

/** The cookie an editor's session travels in: its requests are never answered from a cache. */
const sessionCookie = 'editor_session';

module.exports = { sessionCookie };
