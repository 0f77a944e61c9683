import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCorrection, listOpenCorrections } from '@/db/corrections';
import { listChanges } from '@/db/queries/changes';
import { seededAppDatabaseForFile } from '@/db/testing';
import { PATCH as updateEvent } from '../events/[id]/route';
import { POST as reject } from './[reference]/rejection/route';
import { correctionsPerHour } from '@/lib/corrections/record';
import { POST as submit } from './route';

const app = seededAppDatabaseForFile();
const token = 'correct-horse-battery-staple-0123456789';
const site = 'http://localhost';
const event = '2013-05-14-ru-expels-fogle';
beforeEach(() => {
  process.env.EDITOR_TOKEN = token;
});
afterEach(() => {
  delete process.env.EDITOR_TOKEN;
});

let client = 0;
const newAddress = () => `203.0.113.${(client += 1)}`;

const fields = {
  record: `events:${event}`,
  problem: 'The date is a day late.',
  correct_value: '13 May 2013',
  source_url: 'https://example.org/fogle',
  contact: 'reader@example.org',
};

/** A post as a browser without JavaScript sends the form. */
function formPost(values: Record<string, string>, address = newAddress()) {
  return submit(
    new Request(`${site}/api/corrections`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-client-address': address,
      },
      body: new URLSearchParams(values).toString(),
    }),
  );
}

function jsonPost(body: unknown, address = newAddress()) {
  return submit(
    new Request(`${site}/api/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client-address': address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

const stored = () => app.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM corrections`)!.n;

describe('POST /api/corrections', () => {
  it('keeps a form sent without JavaScript and redirects to its status page', async () => {
    const response = await formPost(fields);
    expect(response.status).toBe(303);
    const reference = response.headers
      .get('location')!
      .match(/^\/corrections\/([0-9A-Z]{4}-[0-9A-Z]{4})$/)![1]!;
    expect(getCorrection(app.db, reference)).toMatchObject({
      entity: 'events',
      entityId: event,
      problem: fields.problem,
      correctValue: fields.correct_value,
      sourceUrl: fields.source_url,
      contact: fields.contact,
      status: 'open',
    });
  });

  it('stores nothing but what the form asks for (no address, no browser)', () => {
    const columns = app.db.all<{ name: string }>(
      sql`SELECT name FROM pragma_table_info('corrections')`,
    );
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'reference',
      'entity',
      'entity_id',
      'problem',
      'correct_value',
      'source_url',
      'contact',
      'submitted_at',
      'status',
      'decided_at',
      'decided_by',
      'reason',
    ]);
  });

  it('answers JSON with 201 and the reference', async () => {
    const response = await jsonPost({ ...fields, contact: '' });
    expect(response.status).toBe(201);
    const { reference, status } = await response.json();
    expect(status).toBe(`/corrections/${reference}`);
    expect(getCorrection(app.db, reference)?.contact).toBeNull();
  });

  it.each([
    ['a 70 KB body', { ...fields, problem: 'x'.repeat(70 * 1024) }, 413],
    ['a problem over 2,000 characters', { ...fields, problem: 'x'.repeat(2001) }, 422],
    ['control characters', { ...fields, correct_value: 'a\u0000b\u001b[31m' }, 422],
    ['a source that is not a web address', { ...fields, source_url: 'javascript:alert(1)' }, 422],
    ['a record that does not exist', { ...fields, record: 'events:no-such-event' }, 422],
    ['a record of an unknown kind', { ...fields, record: 'users:admin' }, 422],
    ['no problem', { ...fields, problem: '   ' }, 422],
    ['the honeypot filled in', { ...fields, website: 'https://spam.example' }, 422],
  ])('refuses %s, keeping nothing', async (_, body, status) => {
    const before = stored();
    expect((await jsonPost(body)).status).toBe(status);
    expect(stored()).toBe(before);
  });

  it('names every field it refuses, and why', async () => {
    const response = await jsonPost({ record: 'events:no-such-event', problem: 'x' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.issues).toEqual([
      { field: 'correct_value', message: 'this field is required' },
    ]);
    const unknown = await jsonPost({ ...fields, record: 'events:no-such-event' });
    expect((await unknown.json()).error.issues).toEqual([
      { field: 'record', message: 'no such record' },
    ]);
    const empty = await jsonPost({});
    expect((await empty.json()).error.issues).toEqual([
      { field: 'record', message: 'expected a record such as events:<id>' },
      { field: 'problem', message: 'this field is required' },
      { field: 'correct_value', message: 'this field is required' },
    ]);
  });

  it('sends a refused form back to the form, naming the fields', async () => {
    const response = await formPost({ ...fields, source_url: 'not a url' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, site);
    expect(location.pathname).toBe('/corrections/new');
    expect(location.searchParams.get('record')).toBe(fields.record);
    expect(location.searchParams.get('refused')).toBe('source_url');
  });

  it('keeps HTML as text: what is stored is what was typed', async () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const response = await jsonPost({ ...fields, problem: html });
    const { reference } = await response.json();
    expect(getCorrection(app.db, reference)?.problem).toBe(html);
  });

  it(`limits one address to ${correctionsPerHour} an hour: 1,000 in a minute get 429s, never a 5xx`, async () => {
    const address = newAddress();
    const statuses = new Map<number, number>();
    let retryAfter = 0;
    for (let i = 0; i < 1000; i += 1) {
      const response = await jsonPost(fields, address);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429) retryAfter = Number(response.headers.get('retry-after'));
    }
    expect(Object.fromEntries(statuses)).toEqual({
      201: correctionsPerHour,
      429: 1000 - correctionsPerHour,
    });
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Another reader is not held back by it.
    expect((await jsonPost(fields)).status).toBe(201);
  }, 60_000);
});

describe('an editor answers a correction', () => {
  async function submitted(): Promise<string> {
    return (await (await jsonPost(fields)).json()).reference;
  }
  function edit(reference: string, body: unknown, id = event) {
    return updateEvent(
      new Request(`${site}/api/events/${id}?correction=${reference}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );
  }

  it('accepted: the change is linked to it and listed on /changes with it', async () => {
    const reference = await submitted();
    expect((await edit(reference, { occurred_on: '2013-05-13' })).status).toBe(200);
    expect(getCorrection(app.db, reference)).toMatchObject({
      status: 'accepted',
      decidedBy: 'bootstrap',
    });
    const [change] = listChanges({ correction: reference });
    expect(change).toMatchObject({
      record: { entity: 'events', id: event },
      editor: 'Editor',
      correction: reference,
      fields: [{ field: 'occurred_on', before: '2013-05-14', after: '2013-05-13' }],
    });
    // Accepted once: a second change cannot claim it.
    expect((await edit(reference, { occurred_on: '2013-05-14' })).status).toBe(422);
  });

  it('a change cannot claim a correction of another record', async () => {
    const reference = await submitted();
    const response = await edit(reference, { people_affected: 1 }, '2018-03-26-us-expels-60');
    expect(response.status).toBe(422);
    expect(getCorrection(app.db, reference)?.status).toBe('open');
  });

  function rejection(reference: string, body: string, headers: Record<string, string>) {
    return reject(
      new Request(`${site}/api/corrections/${reference}/rejection`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      }),
      { params: Promise.resolve({ reference }) },
    );
  }

  it('rejected with a reason, by an editor only', async () => {
    const reference = await submitted();
    const queue = listOpenCorrections(app.db);
    expect(queue.at(-1)?.reference).toBe(reference);
    expect(queue.every((c, i) => c.status === 'open' && (i === 0 || c.id > queue[i - 1]!.id))).toBe(
      true,
    );
    const anonymous = await rejection(reference, 'reason=no', { 'x-client-address': newAddress() });
    expect(anonymous.status).toBe(401);
    const editor = { authorization: `Bearer ${token}` };
    expect((await rejection(reference, 'reason=', editor)).status).toBe(422);
    const response = await rejection(reference, 'reason=The+source+gives+14+May.', editor);
    expect(response.status).toBe(303);
    expect(getCorrection(app.db, reference)).toMatchObject({
      status: 'rejected',
      reason: 'The source gives 14 May.',
    });
    expect((await rejection(reference, 'reason=again', editor)).status).toBe(404);
    expect(listOpenCorrections(app.db).map((c) => c.reference)).not.toContain(reference);
  });
});
