import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '@/db/testing';
import { GET } from './route';

const app = seededAppDatabaseForFile();
const get = (query: string) => GET(new Request(`http://localhost/api/reciprocity${query}`));

describe('GET /api/reciprocity', () => {
  it('pairs every answer in the years with its measure, as the responds_to links give', async () => {
    const body = (await (await get('?from=2016&to=2018')).json()) as {
      pairs: { measure: { id: string }; answer: { id: string } }[];
    };
    const links = app.db.all<{ answer: string }>(
      sql`SELECT a.id AS answer FROM events a JOIN events m ON m.id = a.responds_to
          WHERE m.occurred_on BETWEEN '2016-01-01' AND '2018-12-31' ORDER BY a.id`,
    );
    expect(body.pairs.map((p) => p.answer.id).sort()).toEqual(links.map((l) => l.answer));
  });

  it('refuses bad years, an unknown kind or parameter, in the API’s error shape', async () => {
    for (const query of ['?from=20x6', '?from=2018&to=2016', '?kind=invasion', '?colour=red']) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'invalid_parameter',
      );
    }
  });
});
