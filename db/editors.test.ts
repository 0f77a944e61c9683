import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addEditor,
  bootstrapEditor,
  editorOfToken,
  listEditors,
  openSession,
  readSession,
  revokeEditor,
  sessionAbsoluteMs,
  sessionIdleMs,
  tokenName,
} from './editors';
import { createTestDatabase } from './testing';

const run = promisify(execFile);
const databases: ReturnType<typeof createTestDatabase>[] = [];
afterEach(() => databases.splice(0).forEach((d) => d.dispose()));
function fresh() {
  const database = createTestDatabase();
  databases.push(database);
  return database.db;
}

function added(db: ReturnType<typeof fresh>, name: string) {
  const result = addEditor(db, name, `${name} display`);
  if (!result.ok) throw new Error(result.message);
  return result.token;
}

describe('named editors', () => {
  it('get a token of 256 random bits that names them, stored only as its hash', () => {
    const db = fresh();
    const token = added(db, 'ana');
    expect(token).toMatch(/^ana\.[A-Za-z0-9_-]{43}$/);
    expect(tokenName(token)).toBe('ana');
    const stored = JSON.stringify(db.all(sql`SELECT * FROM editors`));
    expect(stored).not.toContain(token.split('.')[1]);
    expect(editorOfToken(db, token, undefined)).toEqual({
      name: 'ana',
      displayName: 'ana display',
    });
    expect(added(db, 'bea')).not.toBe(token);
  });

  it.each([['Ana'], ['-ana'], ['ana.b'], ['bootstrap'], ['a'.repeat(41)], ['']])(
    'refuse the name %j',
    (name) => {
      expect(addEditor(fresh(), name).ok).toBe(false);
    },
  );

  it('cannot be added twice while active; revoked, they may be added again with a new token', () => {
    const db = fresh();
    const first = added(db, 'ana');
    expect(addEditor(db, 'ana').ok).toBe(false);
    expect(revokeEditor(db, 'ana')).toBe(true);
    expect(revokeEditor(db, 'ana')).toBe(false);
    expect(editorOfToken(db, first, undefined)).toBeNull();
    const second = added(db, 'ana');
    expect(editorOfToken(db, second, undefined)?.name).toBe('ana');
    expect(editorOfToken(db, first, undefined)).toBeNull();
    expect(listEditors(db).map((e) => [e.name, e.revokedAt])).toEqual([['ana', null]]);
  });

  it('shows a display name trimmed to 80 characters, and refuses an empty one', () => {
    const db = fresh();
    expect(addEditor(db, 'ana', `  ${'A'.repeat(90)}  `).ok).toBe(true);
    expect(listEditors(db)[0]!.displayName).toBe('A'.repeat(80));
    expect(addEditor(db, 'bea', '   ')).toEqual({
      ok: false,
      message: 'the display name is empty',
    });
    expect(addEditor(db, 'ana')).toEqual({
      ok: false,
      message: '"ana" is already an editor; revoke them first for a new token',
    });
    expect(addEditor(db, 'Ana')).toMatchObject({
      message: expect.stringContaining('"Ana" cannot be an editor\'s name'),
    });
  });

  it('the bootstrap token names the bootstrap editor', () => {
    const bootstrap = 'x'.repeat(40);
    expect(editorOfToken(fresh(), bootstrap, bootstrap)).toEqual(bootstrapEditor);
    expect(editorOfToken(fresh(), bootstrap, undefined)).toBeNull();
  });
});

describe('sessions', () => {
  const t0 = Date.UTC(2026, 0, 1, 9);

  it('are stored by the hash of their id and end after two idle hours', () => {
    const db = fresh();
    const token = added(db, 'ana');
    const id = openSession(db, { name: 'ana', displayName: 'ana display' }, token, t0);
    expect(db.all(sql`SELECT * FROM editor_sessions WHERE id_hash = ${id}`)).toEqual([]);
    expect(readSession(db, id, undefined, t0 + sessionIdleMs)?.name).toBe('ana');
    // That read counted as use: two more hours from there.
    expect(readSession(db, id, undefined, t0 + 2 * sessionIdleMs)?.name).toBe('ana');
    expect(readSession(db, id, undefined, t0 + 3 * sessionIdleMs + 1)).toBeNull();
    // An ended session is gone, not merely refused.
    expect(db.all(sql`SELECT * FROM editor_sessions`)).toEqual([]);
  });

  it('note their last use at most once a minute', () => {
    const db = fresh();
    const token = added(db, 'ana');
    const id = openSession(db, { name: 'ana', displayName: 'ana display' }, token, t0);
    const lastSeen = () =>
      db.get<{ t: number }>(sql`SELECT last_seen_at AS t FROM editor_sessions`)!.t;
    readSession(db, id, undefined, t0 + 60_000);
    expect(lastSeen()).toBe(t0);
    readSession(db, id, undefined, t0 + 60_001);
    expect(lastSeen()).toBe(t0 + 60_001);
  });

  it('end when their editor’s token is no longer the one they were opened with', () => {
    const db = fresh();
    const token = added(db, 'ana');
    const id = openSession(db, { name: 'ana', displayName: 'ana display' }, token, t0);
    db.run(sql`UPDATE editors SET token_hash = 'another'`);
    expect(readSession(db, id, undefined, t0)).toBeNull();
  });

  it('of the bootstrap editor end when EDITOR_TOKEN changes', () => {
    const db = fresh();
    const bootstrap = 'b'.repeat(40);
    const id = openSession(db, bootstrapEditor, bootstrap, t0);
    expect(readSession(db, id, bootstrap, t0)).toEqual(bootstrapEditor);
    expect(readSession(db, id, 'c'.repeat(40), t0)).toBeNull();
  });

  it('end twelve hours after sign-in, however busy', () => {
    const db = fresh();
    const token = added(db, 'ana');
    const id = openSession(db, { name: 'ana', displayName: 'ana display' }, token, t0);
    for (let t = t0; t <= t0 + sessionAbsoluteMs; t += sessionIdleMs / 2) {
      expect(readSession(db, id, undefined, t)?.name).toBe('ana');
    }
    expect(readSession(db, id, undefined, t0 + sessionAbsoluteMs + 1)).toBeNull();
  });
});

describe('npm run editor:add / editor:list / editor:revoke', () => {
  it('prints the token once, lists without it, and revokes', async () => {
    const database = createTestDatabase();
    databases.push(database);
    database.db.$client.close();
    const env = { ...process.env, DATABASE_PATH: database.file };
    const cli = (...args: string[]) =>
      run('npx', ['tsx', '--conditions=react-server', 'scripts/editor.ts', ...args], { env });
    const add = await cli('add', 'gil', 'Gil', 'Moreau');
    const token = add.stdout.match(/^gil\.[A-Za-z0-9_-]{43}$/m)?.[0];
    expect(token).toBeDefined();
    const list = await cli('list');
    expect(list.stdout).toMatch(/^gil\tGil Moreau\tadded /m);
    expect(list.stdout).not.toContain(token);
    expect((await cli('revoke', 'gil')).stdout).toContain('revoked');
    await expect(cli('revoke', 'gil')).rejects.toMatchObject({ code: 1 });
    await expect(cli('add', 'Not A Name')).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});

describe('server/start.cjs', () => {
  it('refuses to start with an EDITOR_TOKEN shorter than 32 characters', async () => {
    const env = {
      ...process.env,
      EDITOR_TOKEN: 'x'.repeat(31),
      DATABASE_PATH: '/nonexistent/x.db',
    };
    const started = run('node', ['server/start.cjs', '--port', '0'], { env });
    await expect(started).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('EDITOR_TOKEN is 31 characters long: use at least 32'),
    });
  });
});
