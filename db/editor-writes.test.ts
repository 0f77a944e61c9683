import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyWrite } from './editor-writes';
import { seededAppDatabaseForFile } from './testing';

const app = seededAppDatabaseForFile();
const editor = 'desk';
const source = 'article-2025-repatriate-russian-diplomats';
const event = {
  id: '2025-08-01-test-event',
  occurred_on: '2025-08-01',
  actor_country: 'US',
  target_country: 'RU',
  is_joint: false,
  kind: 'talks',
  summary: 'A planted event.',
  support: 'article_only',
  source_ids: [source],
};

const sourcesOf = (id: string) =>
  app.db
    .all<{ s: string }>(
      sql`SELECT source_id AS s FROM event_sources WHERE event_id = ${id} ORDER BY 1`,
    )
    .map((r) => r.s);
const lastAudit = () =>
  app.db.get<{ action: string; entity_id: string; before: string | null; after: string | null }>(
    sql`SELECT action, entity_id, before, after FROM audit_log ORDER BY id DESC LIMIT 1`,
  )!;

describe('applyWrite', () => {
  it('creates, answers 201 with the row, and records the row after (and none before)', () => {
    const outcome = applyWrite(app.db, { entity: 'events', editor, action: 'create', body: event });
    expect(outcome).toMatchObject({
      status: 201,
      body: { id: event.id, summary: 'A planted event.' },
    });
    expect(sourcesOf(event.id)).toEqual([source]);
    const audit = lastAudit();
    expect(audit).toMatchObject({ action: 'create', entity_id: event.id, before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ id: event.id });
  });

  it('refuses a second row with the same id with 409, naming it', () => {
    expect(applyWrite(app.db, { entity: 'events', editor, action: 'create', body: event })).toEqual(
      {
        status: 409,
        code: 'conflict',
        message: `a events row with id "${event.id}" already exists`,
      },
    );
  });

  it('updates only what is sent, keeps the sources unless new ones are sent, and audits both sides', () => {
    const update = (body: Record<string, unknown>) =>
      applyWrite(app.db, { entity: 'events', editor, action: 'update', id: event.id, body });
    expect(update({ summary: 'Changed.' })).toMatchObject({
      status: 200,
      body: { summary: 'Changed.', kind: 'talks' },
    });
    expect(sourcesOf(event.id)).toEqual([source]);
    const audit = lastAudit();
    expect(JSON.parse(audit.before!)).toMatchObject({ summary: 'A planted event.' });
    expect(JSON.parse(audit.after!)).toMatchObject({ summary: 'Changed.' });
    const other = app.db.get<{ id: string }>(
      sql`SELECT id FROM sources WHERE id <> ${source} LIMIT 1`,
    )!.id;
    expect(update({ source_ids: [other, other] }).status).toBe(200);
    expect(sourcesOf(event.id)).toEqual([other]);
  });

  it.each([
    ['an id that changes', { id: 'renamed' }, 'id: an id cannot change; create a new row instead'],
    [
      'sources that are not a list',
      { source_ids: source },
      'source_ids: expected a list of one or more source ids',
    ],
    [
      'an empty list of sources',
      { source_ids: [] },
      'source_ids: expected a list of one or more source ids',
    ],
    [
      'a source that is not a string',
      { source_ids: [source, 7] },
      'source_ids: expected a list of one or more source ids',
    ],
    ['a field it does not know', { colour: 'red' }, 'colour: unknown field'],
  ])('refuses an update with %s with 422, the field and the reason', (_, body, message) => {
    const outcome = applyWrite(app.db, {
      entity: 'events',
      editor,
      action: 'update',
      id: event.id,
      body,
    });
    expect(outcome).toMatchObject({ status: 422, code: 'invalid_body', message });
    expect(outcome).toHaveProperty('issues', [
      { field: message.split(':')[0], message: message.slice(message.indexOf(':') + 2) },
    ]);
  });

  it('names an unknown source as source_ids', () => {
    const outcome = applyWrite(app.db, {
      entity: 'events',
      editor,
      action: 'update',
      id: event.id,
      body: { source_ids: ['no-such-source'] },
    });
    expect(outcome).toMatchObject({ status: 422, code: 'invalid_body' });
    expect(outcome).toHaveProperty(['issues', 0, 'field'], 'source_ids');
  });

  it('answers an unknown id with 404 naming it, for updates and deletes', () => {
    for (const action of ['update', 'delete'] as const) {
      expect(
        applyWrite(app.db, { entity: 'headcounts', editor, action, id: 'nope', body: {} }),
      ).toEqual({
        status: 404,
        code: 'not_found',
        message: 'no headcounts row with id "nope"',
      });
    }
  });

  it('refuses to delete a source rows still cite, with 409; deletes one nothing cites', () => {
    expect(applyWrite(app.db, { entity: 'sources', editor, action: 'delete', id: source })).toEqual(
      {
        status: 409,
        code: 'conflict',
        message: `other rows still refer to sources "${source}"`,
      },
    );
    const deleted = applyWrite(app.db, {
      entity: 'events',
      editor,
      action: 'delete',
      id: event.id,
    });
    expect(deleted).toEqual({ status: 200, body: { deleted: event.id } });
    expect(lastAudit()).toMatchObject({ action: 'delete', entity_id: event.id, after: null });
    expect(JSON.parse(lastAudit().before!)).toMatchObject({ id: event.id });
  });
});

describe('applyWrite reads a JSON body as a file row', () => {
  it('trims text, and refuses a nested value naming the field', () => {
    const id = '2018-03-26-us-expels-60';
    const update = (body: Record<string, unknown>) =>
      applyWrite(app.db, { entity: 'events', editor, action: 'update', id, body });
    const before = app.db.get<{ reason: string | null }>(
      sql`SELECT reason FROM events WHERE id = ${id}`,
    )!;
    expect(update({ reason: '  The Skripal poisoning.  ' })).toMatchObject({
      status: 200,
      body: { reason: 'The Skripal poisoning.' },
    });
    expect(update({ reason: { html: '<b>x</b>' } })).toMatchObject({
      status: 422,
      message: 'reason: expected a string, number, boolean or null',
    });
    expect(update({ reason: before.reason }).status).toBe(200);
  });
});

describe('applyWrite on figures and sources', () => {
  it('creates a figure and a source, which have no source list of their own', () => {
    const figure = {
      id: '2099-01-us-ru-planted',
      observed_on: '2099-01',
      sending_country: 'US',
      host_country: 'RU',
      count: 99,
      bound: 'exact',
      scope: 'total_staff',
      coverage: 'country',
      is_estimate: false,
      source_id: source,
      support: 'article_only',
    };
    expect(
      applyWrite(app.db, { entity: 'headcounts', editor, action: 'create', body: figure }),
    ).toMatchObject({
      status: 201,
      body: { id: figure.id, count: 99 },
    });
    const report = {
      id: 'planted-report',
      title: 'A report',
      publisher: 'Reuters',
      url: 'https://example.org/r',
    };
    expect(
      applyWrite(app.db, { entity: 'sources', editor, action: 'create', body: report }),
    ).toMatchObject({
      status: 201,
      body: { id: 'planted-report' },
    });
  });
});
