import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET as getEvent, PATCH as patchEvent } from './events/[id]/route';
import { GET as listEvents, POST as createEvent } from './events/route';
import { POST as createHeadcount } from './headcounts/route';
import { GET as getStaffing } from './staffing/route';
import { GET as listFacilities, POST as createFacility } from './facilities/route';
import { GET as getReciprocity } from './reciprocity/route';
import { GET as getFacility, PATCH as patchFacility } from './facilities/[id]/route';
import { POST as submitCorrection } from './corrections/route';

// Hostile and random input for every API route: no 5xx, and every 4xx explains itself in
// the one JSON error shape. The handlers run in-process on a real seeded database.
seededAppDatabaseForFile();
const token = 'fuzz-editor-token-0123456789abcdefgh';
beforeEach(() => {
  process.env.EDITOR_TOKEN = token;
});
afterEach(() => {
  delete process.env.EDITOR_TOKEN;
});

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    '<script>alert(1)</script>',
    '%00',
    '../../etc/passwd',
    '9'.repeat(400),
    '-1',
    '1e308',
    'NaN',
    '2018-02-30',
    '',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const queryString = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'year',
        'from',
        'to',
        'actor',
        'kind',
        'q',
        'cursor',
        'limit',
        'scope',
        'series',
        'format',
        'post',
        'on',
        'x',
      ),
      hostile,
    ),
    { maxLength: 6 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

async function expectExplained(response: Response) {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    const body = await response.json();
    expect(typeof body.error?.code).toBe('string');
    expect(typeof body.error?.message).toBe('string');
  }
}

describe('fuzzing the API', () => {
  it('GET /api/events, /api/staffing and /api/facilities answer any query string', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        await expectExplained(listEvents(new Request(`http://localhost/api/events?${query}`)));
        await expectExplained(getStaffing(new Request(`http://localhost/api/staffing?${query}`)));
        await expectExplained(
          listFacilities(new Request(`http://localhost/api/facilities?${query}`)),
        );
        await expectExplained(
          getReciprocity(new Request(`http://localhost/api/reciprocity?${query}`)),
        );
      }),
      { numRuns: 800 },
    );
  });

  it('GET and PATCH /api/events/[id] and /api/facilities/[id] answer any id and body', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.jsonValue(), async (id, body) => {
        for (const [get, patch] of [
          [getEvent, patchEvent],
          [getFacility, patchFacility],
        ] as const) {
          await expectExplained(
            await get(new Request('http://localhost'), { params: Promise.resolve({ id }) }),
          );
          const request = new Request('http://localhost', {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await expectExplained(await patch(request, { params: Promise.resolve({ id }) }));
        }
      }),
      { numRuns: 600 },
    );
  });

  it('POST bodies of any shape, encoding and header get a 4xx, a 201 or a 303, never a 5xx', async () => {
    let address = 0;
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .dictionary(
          fc.constantFrom(
            'id',
            'observed_on',
            'occurred_on',
            'count',
            'kind',
            'summary',
            'source_ids',
            'scope',
            'bound',
            'latitude',
            'opened_on',
            'operated_by',
            'record',
            'problem',
            'correct_value',
            'source_url',
            'website',
          ),
          hostile,
        )
        .map((v) => JSON.stringify(v)),
      fc.string(),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      '',
      'application/x-www-form-urlencoded',
    );
    const authorization = fc.constantFrom(`Bearer ${token}`, 'Bearer x', '', `Basic ${token}`);
    await fc.assert(
      fc.asyncProperty(body, contentType, authorization, async (text, type, auth) => {
        for (const handler of [createEvent, createHeadcount, createFacility, submitCorrection]) {
          // Each from its own address: the limits on failures would otherwise answer 429 to
          // every later request and hide the handlers from the fuzzer.
          address += 1;
          const request = new Request('http://localhost', {
            method: 'POST',
            headers: {
              'content-type': type,
              authorization: auth,
              'x-client-address': `fuzz-${address}`,
            },
            body: text,
          });
          await expectExplained(await handler(request));
        }
      }),
      { numRuns: 700 },
    );
  });
});
