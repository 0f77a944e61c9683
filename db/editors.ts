import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from './connection';
import { editorSessions, editors } from './schema';

/** Who is editing: the name the audit log records and the name readers see on /changes. */
export type EditorIdentity = { name: string; displayName: string };

/** The single editor of EDITOR_TOKEN (bootstrap mode); no named editor may take this name. */
export const bootstrapEditor: EditorIdentity = { name: 'bootstrap', displayName: 'Editor' };

/**
 * How long a session lasts: it ends after two hours without a request, and twelve hours
 * after sign-in whatever happens, so that a browser left signed in on a shared desk does
 * not keep its editor's rights.
 */
export const sessionIdleMs = 2 * 3_600_000;
export const sessionAbsoluteMs = 12 * 3_600_000;
/** A session's last use is written at most once a minute: reads should not all write. */
const touchEveryMs = 60_000;

const namePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** A named editor's token: their name, a dot, 256 random bits in base64url. */
const tokenPattern = /^([a-z0-9][a-z0-9-]{0,39})\.[A-Za-z0-9_-]{43}$/;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Equal hex digests, compared in constant time. */
function sameHash(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** An editor who has not been revoked, by name. */
function activeEditor(db: Db, name: string) {
  return db
    .select()
    .from(editors)
    .where(and(eq(editors.name, name), isNull(editors.revokedAt)))
    .get();
}

/** The editor a token claims to be, read from its form alone (before any check). */
export function tokenName(token: string): string | null {
  return tokenPattern.exec(token)?.[1] ?? null;
}

export type AddedEditor = { ok: true; token: string } | { ok: false; message: string };

/** Adds an editor and returns their token: shown once, stored only as its hash. */
export function addEditor(db: Db, name: string, displayName = name): AddedEditor {
  if (!namePattern.test(name) || name === bootstrapEditor.name) {
    return {
      ok: false,
      message: `"${name}" cannot be an editor's name: use 1–40 lowercase letters, digits and hyphens (not "bootstrap")`,
    };
  }
  const shown = displayName.trim().slice(0, 80);
  if (!shown) return { ok: false, message: 'the display name is empty' };
  const existing = db.select().from(editors).where(eq(editors.name, name)).get();
  if (existing && !existing.revokedAt) {
    return {
      ok: false,
      message: `"${name}" is already an editor; revoke them first for a new token`,
    };
  }
  const token = `${name}.${randomBytes(32).toString('base64url')}`;
  const row = {
    name,
    displayName: shown,
    tokenHash: sha256(token),
    addedAt: new Date().toISOString(),
    revokedAt: null,
  };
  db.insert(editors).values(row).onConflictDoUpdate({ target: editors.name, set: row }).run();
  return { ok: true, token };
}

export function listEditors(db: Db) {
  return db
    .select({
      name: editors.name,
      displayName: editors.displayName,
      addedAt: editors.addedAt,
      revokedAt: editors.revokedAt,
    })
    .from(editors)
    .orderBy(asc(editors.name))
    .all();
}

/** Revokes an editor: their token is refused and every session of theirs ends at once. */
export function revokeEditor(db: Db, name: string): boolean {
  return db.transaction((tx) => {
    const revoked = tx
      .update(editors)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(editors.name, name), isNull(editors.revokedAt)))
      .run();
    tx.delete(editorSessions).where(eq(editorSessions.editor, name)).run();
    return revoked.changes > 0;
  });
}

/**
 * The editor a token belongs to, or null (a revoked editor's token is nobody's). Always one
 * hash comparison in constant time, whether or not the name exists, so the answer's timing
 * says nothing about the token.
 */
export function editorOfToken(
  db: Db,
  token: string,
  bootstrapToken: string | undefined,
): EditorIdentity | null {
  const given = sha256(token);
  if (bootstrapToken && sameHash(given, sha256(bootstrapToken))) return bootstrapEditor;
  const name = tokenName(token);
  const row = name ? activeEditor(db, name) : undefined;
  const matches = sameHash(given, row?.tokenHash ?? sha256(`no editor ${token}`));
  return row && matches ? { name: row.name, displayName: row.displayName } : null;
}

/**
 * Opens a session for an editor who has just proved `token` (checkToken): returns the
 * cookie's value. The token's hash is kept so that revoking it ends the session.
 */
export function openSession(
  db: Db,
  editor: EditorIdentity,
  token: string,
  now = Date.now(),
): string {
  const id = randomBytes(32).toString('base64url');
  db.insert(editorSessions)
    .values({
      idHash: sha256(id),
      editor: editor.name,
      credentialHash: sha256(token),
      openedAt: now,
      lastSeenAt: now,
    })
    .run();
  return id;
}

/** Whether the credential a session was opened with still stands. */
function credentialStands(
  db: Db,
  session: typeof editorSessions.$inferSelect,
  bootstrapToken: string | undefined,
): EditorIdentity | null {
  if (session.editor === bootstrapEditor.name) {
    return bootstrapToken && sha256(bootstrapToken) === session.credentialHash
      ? bootstrapEditor
      : null;
  }
  const row = activeEditor(db, session.editor);
  return row && row.tokenHash === session.credentialHash
    ? { name: row.name, displayName: row.displayName }
    : null;
}

/**
 * The editor of a live session, or null: unknown, idle too long, too old, or its editor
 * revoked (an ended session's row is deleted). The id is looked up by its SHA-256.
 */
export function readSession(
  db: Db,
  id: string,
  bootstrapToken: string | undefined,
  now = Date.now(),
): EditorIdentity | null {
  const idHash = sha256(id);
  const session = db.select().from(editorSessions).where(eq(editorSessions.idHash, idHash)).get();
  if (!session) return null;
  const live =
    now - session.lastSeenAt <= sessionIdleMs && now - session.openedAt <= sessionAbsoluteMs;
  const editor = live ? credentialStands(db, session, bootstrapToken) : null;
  if (!editor) {
    endSession(db, id);
    return null;
  }
  if (now - session.lastSeenAt > touchEveryMs) {
    db.update(editorSessions)
      .set({ lastSeenAt: now })
      .where(eq(editorSessions.idHash, idHash))
      .run();
  }
  return editor;
}

/** Signs a session out. */
export function endSession(db: Db, id: string): void {
  db.delete(editorSessions)
    .where(eq(editorSessions.idHash, sha256(id)))
    .run();
}
