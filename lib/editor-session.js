// @ts-check
// CommonJS: the production server (server/start.cjs, server/cache-rules.cjs) reads this as
// well as the editor's sign-in (app/api/_lib/editor-auth.ts).

/** The cookie an editor's session travels in: its requests are never answered from a cache. */
const sessionCookie = 'editor_session';

/**
 * A cookie scripts may read, set beside the session: it says only "an editor signed in
 * here", so that cached pages can show their Edit links (the session itself is HttpOnly).
 */
const editorHintCookie = 'editor_hint';

/** EDITOR_TOKEN's least length: a shorter one could be guessed. */
const bootstrapTokenMinLength = 32;

/**
 * Why EDITOR_TOKEN cannot be used, or null (unset is fine: named editors only).
 * @param {string | undefined} token
 */
function bootstrapTokenProblem(token) {
  if (token === undefined || token === '' || token.length >= bootstrapTokenMinLength) return null;
  return `EDITOR_TOKEN is ${token.length} characters long: use at least ${bootstrapTokenMinLength} (e.g. \`openssl rand -base64 32\`), or named editors (npm run editor:add)`;
}

module.exports = { sessionCookie, editorHintCookie, bootstrapTokenProblem };
