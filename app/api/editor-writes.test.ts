import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEditor, revokeEditor } from '@/db/editors';
import { seededAppDatabaseForFile } from '@/db/testing';
import { POST as createEvent } from './events/route';
import { DELETE as deleteEvent, PATCH as updateEvent } from './events/[id]/route';
import { POST as createHeadcount } from './headcounts/route';
import { DELETE as deleteHeadcount, PATCH as updateHeadcount } from './headcounts/[id]/route';
import { POST as createSource } from './sources/route';
import { DELETE as deleteSource, PATCH as updateSource } from './sources/[id]/route';
import { POST as createFacility } from './facilities/route';
import { DELETE as deleteFacility, PATCH as updateFacility } from './facilities/[id]/route';

const app = seededAppDatabaseForFile();
const token = 'correct-horse-battery-staple-0123456789';
beforeEach(() => {
  process.env.EDITOR_TOKEN = token;
});
afterEach(() => {
  delete process.env.EDITOR_TOKEN;
});

const newEvent = {
  id: '2025-07-01-us-readmits-staff',
  occurred_on: '2025-07',
  actor_country: 'US',
  target_country: 'RU',
  is_joint: false,
  kind: 'reopening',
  people_affected: 10,
  summary: 'Test event.',
  support: 'article_only',
  source_ids: ['article-2025-repatriate-russian-diplomats'],
};
const newHeadcount = {
  id: '2025-07-us-ru-test',
  observed_on: '2025-07-01',
  sending_country: 'US',
  host_country: 'RU',
  count: 125,
  bound: 'exact',
  scope: 'total_staff',
  coverage: 'country',
  is_estimate: true,
  source_id: 'article-2025-repatriate-russian-diplomats',
  support: 'article_only',
};
const newSource = {
  id: 'test-new-source',
  title: 'A report',
  publisher: 'Reuters',
  url: 'https://example.org/r',
};

const newFacility = {
  id: 'ru-consulate-test',
  name: 'Russian Consulate General Test',
  operated_by: 'RU',
  host_country: 'US',
  city: 'Chicago',
  kind: 'consulate_general',
  latitude: 41.85,
  longitude: -87.65,
  opened_on: '2025-07',
  opened_source_id: 'article-2025-repatriate-russian-diplomats',
  source_id: 'article-2025-repatriate-russian-diplomats',
};

// Each request from its own address, so that the failed-sign-in limit (5 a minute per
// address, tested in session/route.test.ts) does not turn these 401s into 429s.
let client = 0;
function request(method: string, body?: unknown, headers: Record<string, string> = {}) {
  client += 1;
  return new Request('http://localhost/api/x', {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-client-address': `198.51.100.${client % 250}-${client}`,
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** Every table the writes touch, to prove that a refused write changed nothing. */
function snapshot() {
  return [
    'events',
    'event_sources',
    'headcounts',
    'sources',
    'facilities',
    'event_facilities',
    'audit_log',
    'dataset_revision',
  ].map((t) => app.db.all(sql.raw(`SELECT * FROM ${t} ORDER BY 1`)));
}

const routes = [
  ['POST /api/events', (r: Request) => createEvent(r), newEvent],
  [
    'PATCH /api/events/[id]',
    (r: Request) => updateEvent(r, params('2018-03-26-us-expels-60')),
    { people_affected: 61 },
  ],
  [
    'DELETE /api/events/[id]',
    (r: Request) => deleteEvent(r, params('2013-05-14-ru-expels-fogle')),
    undefined,
  ],
  ['POST /api/headcounts', (r: Request) => createHeadcount(r), newHeadcount],
  [
    'PATCH /api/headcounts/[id]',
    (r: Request) => updateHeadcount(r, params('2023-06-28-us-ru-total-staff-lavrov')),
    { count: 121 },
  ],
  [
    'DELETE /api/headcounts/[id]',
    (r: Request) => deleteHeadcount(r, params('2023-06-28-us-ru-total-staff-lavrov')),
    undefined,
  ],
  ['POST /api/sources', (r: Request) => createSource(r), newSource],
  [
    'PATCH /api/sources/[id]',
    (r: Request) => updateSource(r, params('wikipedia-illegals-program')),
    { publisher: 'Wikipedia (en)' },
  ],
  [
    'DELETE /api/sources/[id]',
    (r: Request) => deleteSource(r, params('tass-2017-zakharova-no-official-figure')),
    undefined,
  ],
  ['POST /api/facilities', (r: Request) => createFacility(r), newFacility],
  [
    'PATCH /api/facilities/[id]',
    (r: Request) => updateFacility(r, params('ru-consulate-houston')),
    { city: 'Houston, Texas' },
  ],
  [
    'DELETE /api/facilities/[id]',
    (r: Request) => deleteFacility(r, params('ru-visa-centre-new-york')),
    undefined,
  ],
] as const;

describe.each(routes)('%s', (_, send, body) => {
  it.each([
    ['no token', {}, 'unauthorized'],
    ['a wrong token', { authorization: 'Bearer nope' }, 'unauthorized'],
    [
      'a wrong token of the right length',
      { authorization: `Bearer ${'x'.repeat(token.length)}` },
      'unauthorized',
    ],
    [
      'the token without its last character',
      { authorization: `Bearer ${token.slice(0, -1)}` },
      'unauthorized',
    ],
    ['the token with more after it', { authorization: `Bearer ${token}0` }, 'unauthorized'],
  ])('refuses %s with 401 and writes nothing', async (__, headers, code) => {
    const before = snapshot();
    const req = request('POST', body, headers);
    if (!('authorization' in headers)) req.headers.delete('authorization');
    const response = await send(req);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe(code);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a revoked editor’s token with 401 and writes nothing', async () => {
    // One editor per route: five wrong tokens naming one editor would be limited (429).
    const name = `revoked-${client}`;
    const added = addEditor(app.db, name, 'Revoked Editor');
    if (!added.ok) throw new Error(added.message);
    revokeEditor(app.db, name);
    const before = snapshot();
    const response = await send(request('POST', body, { authorization: `Bearer ${added.token}` }));
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
    expect(snapshot()).toEqual(before);
  });

  it('refuses every write when EDITOR_TOKEN is unset', async () => {
    delete process.env.EDITOR_TOKEN;
    const response = await send(request('POST', body));
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('editing_disabled');
  });
});

describe('valid writes', () => {
  it('creates an event with its sources, records an audit row and bumps the revision', async () => {
    const revision = () =>
      app.db.get<{ r: number }>(sql`SELECT revision AS r FROM dataset_revision`)!.r;
    const before = revision();
    const response = await createEvent(request('POST', newEvent));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      id: newEvent.id,
      occurredOn: '2025-07-01',
      datePrecision: 'month',
    });
    expect(
      app.db.all(sql`SELECT source_id FROM event_sources WHERE event_id = ${newEvent.id}`),
    ).toEqual([{ source_id: 'article-2025-repatriate-russian-diplomats' }]);
    const [audit] = app.db.all<{ editor: string; action: string; after: string }>(
      sql`SELECT editor, action, after FROM audit_log WHERE entity_id = ${newEvent.id}`,
    );
    expect(audit).toMatchObject({ editor: 'bootstrap', action: 'create' });
    expect(JSON.parse(audit!.after)).toMatchObject({ summary: 'Test event.' });
    expect(revision()).toBeGreaterThan(before);

    const again = await createEvent(request('POST', newEvent));
    expect(again.status).toBe(409);
  });

  it('the audit log names the real editor even with a forged X-Editor', async () => {
    const added = addEditor(app.db, 'ana', 'Ana Petrova');
    if (!added.ok) throw new Error(added.message);
    const editorOf = async (headers: Record<string, string>) => {
      const response = await updateEvent(
        request('PATCH', { people_affected: 60 }, headers),
        params('2018-03-26-us-expels-60'),
      );
      expect(response.status).toBe(200);
      return app.db.get<{ editor: string }>(
        sql`SELECT editor FROM audit_log ORDER BY id DESC LIMIT 1`,
      )!.editor;
    };
    const forged = { 'x-editor': 'someone-else' };
    expect(await editorOf({ ...forged, authorization: `Bearer ${added.token}` })).toBe('ana');
    expect(await editorOf(forged)).toBe('bootstrap');
  });

  it('updates only the fields sent, and deletes', async () => {
    const response = await updateHeadcount(
      request('PATCH', { count: 119, note: null }),
      params('2021-10-28-us-ru-total-staff'),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      count: 119,
      note: null,
      scope: 'total_staff',
      observedOn: '2021-10-28',
    });
    const removed = await deleteSource(
      request('DELETE'),
      params('tass-2017-zakharova-no-official-figure'),
    );
    expect(removed.status).toBe(200);
    expect(
      app.db.all(sql`SELECT id FROM sources WHERE id = 'tass-2017-zakharova-no-official-figure'`),
    ).toEqual([]);
  });
});

const event = { ...newEvent, id: '2025-07-02-us-refused' };

describe('refused writes', () => {
  it.each([
    ['a missing field', { ...event, summary: undefined }, 422, 'summary'],
    ['an unknown kind', { ...event, kind: 'invasion' }, 422, 'kind'],
    ['a negative count', { ...event, people_affected: -3 }, 422, 'people_affected'],
    ['an impossible date', { ...event, occurred_on: '2018-02-30' }, 422, 'occurred_on'],
    ['an unknown source', { ...event, source_ids: ['no-such-source'] }, 422, 'source_ids'],
    ['no source at all', { ...event, source_ids: [] }, 422, 'source_ids'],
    ['an unknown field', { ...event, colour: 'red' }, 422, 'colour'],
    ['a nested value', { ...event, summary: { html: '<b>x</b>' } }, 422, 'summary'],
  ])('refuses an event with %s', async (_, body, status, field) => {
    const before = snapshot();
    const response = await createEvent(request('POST', body));
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_body');
    expect(error.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a body over 64 KB with 413, and other content types with 415', async () => {
    const before = snapshot();
    const big = await createEvent(request('POST', { ...event, summary: 'x'.repeat(65 * 1024) }));
    expect(big.status).toBe(413);
    const form = await createEvent(
      request('POST', 'summary=x', { 'content-type': 'application/x-www-form-urlencoded' }),
    );
    expect(form.status).toBe(415);
    const broken = await createEvent(request('POST', '{"id": '));
    expect(broken.status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  it('answers an unknown id with 404 and a row others refer to with 409', async () => {
    expect(
      (await updateEvent(request('PATCH', { summary: 'x' }), params('no-such-event'))).status,
    ).toBe(404);
    expect((await deleteEvent(request('DELETE'), params('2018-03-26-us-expels-60'))).status).toBe(
      409,
    );
    expect(
      (await updateEvent(request('PATCH', { id: 'renamed' }), params('2018-03-26-us-expels-60')))
        .status,
    ).toBe(422);
  });
});

describe('GET /api/audit', () => {
  it('lists the writes, newest first, to editors only', async () => {
    const { GET } = await import('./audit/route');
    const denied = await GET(new Request('http://localhost/api/audit'));
    expect(denied.status).toBe(401);
    const response = await GET(
      new Request('http://localhost/api/audit', { headers: { authorization: `Bearer ${token}` } }),
    );
    const { entries } = await response.json();
    const ids = app.db
      .all<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id DESC`)
      .map((r) => r.id);
    expect(entries.map((e: { id: number }) => e.id)).toEqual(ids);
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('facility writes', () => {
  it('creates a post, closes it with a sourced date, and refuses a delete others refer to', async () => {
    const created = await createFacility(request('POST', newFacility));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      openedOn: '2025-07-01',
      openedPrecision: 'month',
    });
    const closed = await updateFacility(
      request('PATCH', {
        closed_on: '2025-12-31',
        closed_source_id: 'article-2025-repatriate-russian-diplomats',
      }),
      params('ru-consulate-test'),
    );
    expect(closed.status).toBe(200);
    const [audit] = app.db.all<{ entity: string }>(
      sql`SELECT entity FROM audit_log WHERE entity_id = 'ru-consulate-test' ORDER BY id DESC`,
    );
    expect(audit?.entity).toBe('facilities');
    // Headcounts name the embassy as the one post they cover.
    const refused = await deleteFacility(request('DELETE'), params('us-embassy-moscow'));
    expect(refused.status).toBe(409);
  });

  it.each([
    ['an opening date without its source', { opened_source_id: null }, 'opened_source_id'],
    ['a latitude without a longitude', { longitude: null }, 'longitude'],
    ['a latitude past the pole', { latitude: 91 }, 'latitude'],
    [
      'a closing before the opening',
      { closed_on: '2024', closed_source_id: 'article-2025-repatriate-russian-diplomats' },
      'closed_on',
    ],
    ['an unknown kind', { kind: 'palace' }, 'kind'],
    ['an unknown source', { source_id: 'no-such-source' }, 'source_id'],
  ])('refuses %s, writing nothing', async (_, change, field) => {
    const before = snapshot();
    const response = await createFacility(
      request('POST', { ...newFacility, id: 'ru-consulate-refused', ...change }),
    );
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(snapshot()).toEqual(before);
  });
});

describe('an event’s facility links', () => {
  const links = (id: string) =>
    app.db.all<{ facility_id: string; role: string }>(
      sql`SELECT facility_id, role FROM event_facilities WHERE event_id = ${id} ORDER BY facility_id`,
    );

  it('are written with the event, replaced by a later list, and removed by an empty one', async () => {
    const id = '2025-07-03-us-closes-test-consulate';
    const created = await createEvent(
      request('POST', {
        ...newEvent,
        id,
        kind: 'facility_closure',
        facility_links: [{ facility_id: 'ru-consulate-houston', role: 'closed' }],
      }),
    );
    expect(created.status).toBe(201);
    expect(links(id)).toEqual([{ facility_id: 'ru-consulate-houston', role: 'closed' }]);
    const replaced = await updateEvent(
      request('PATCH', {
        facility_links: [
          { facility_id: 'ru-consulate-new-york', role: 'affected' },
          { facility_id: 'ru-embassy-washington', role: 'affected' },
        ],
      }),
      params(id),
    );
    expect(replaced.status).toBe(200);
    expect(links(id).map((l) => l.facility_id)).toEqual([
      'ru-consulate-new-york',
      'ru-embassy-washington',
    ]);
    await updateEvent(request('PATCH', { summary: 'Edited.' }), params(id));
    expect(links(id)).toHaveLength(2);
    await updateEvent(request('PATCH', { facility_links: [] }), params(id));
    expect(links(id)).toEqual([]);
  });

  it.each([
    ['an unknown facility', [{ facility_id: 'no-such-post', role: 'closed' }]],
    ['an unknown role', [{ facility_id: 'ru-consulate-houston', role: 'demolished' }]],
    [
      'one facility twice',
      [
        { facility_id: 'ru-consulate-houston', role: 'closed' },
        { facility_id: 'ru-consulate-houston', role: 'affected' },
      ],
    ],
    ['a list of ids', ['ru-consulate-houston']],
  ])('refuses %s, writing nothing', async (_, facilityLinks) => {
    const before = snapshot();
    const response = await createEvent(
      request('POST', {
        ...newEvent,
        id: '2025-07-04-us-refused-links',
        facility_links: facilityLinks,
      }),
    );
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.issues.map((i: { field: string }) => i.field)).toEqual(['facility_links']);
    expect(snapshot()).toEqual(before);
  });
});
