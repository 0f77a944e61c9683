import { describe, expect, it } from 'vitest';
import * as audit from './audit/route';
import * as event from './events/[id]/route';
import * as events from './events/route';
import * as years from './events/years/route';
import * as headcount from './headcounts/[id]/route';
import * as headcounts from './headcounts/route';
import * as session from './session/route';
import * as source from './sources/[id]/route';
import * as sources from './sources/route';
import * as staffing from './staffing/route';

// Next.js answers a method a route lacks with an empty 405; every route answers it itself,
// in the JSON error shape, and names the methods it has.
const routes: [string, Record<string, unknown>, string[]][] = [
  ['/api/audit', audit, ['GET']],
  ['/api/events/[id]', event, ['GET', 'PATCH', 'DELETE']],
  ['/api/events', events, ['GET', 'POST']],
  ['/api/events/years', years, ['GET']],
  ['/api/headcounts/[id]', headcount, ['PATCH', 'DELETE']],
  ['/api/headcounts', headcounts, ['POST']],
  ['/api/session', session, ['POST', 'DELETE']],
  ['/api/sources/[id]', source, ['PATCH', 'DELETE']],
  ['/api/sources', sources, ['POST']],
  ['/api/staffing', staffing, ['GET']],
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

describe('methods a route does not have', () => {
  it.each(routes)('%s answers the others with a JSON 405 naming its own', async (_, route, own) => {
    for (const method of methods.filter((m) => !own.includes(m))) {
      const response = (route[method] as () => Response)();
      expect(response.status).toBe(405);
      expect((await response.json()).error).toEqual({
        code: 'method_not_allowed',
        message: `expected ${own.join(' or ')} on this address`,
      });
      const allow = response.headers.get('allow')!.split(', ');
      expect(allow).toEqual(expect.arrayContaining([...own, 'OPTIONS']));
      expect(allow).not.toContain(method);
    }
  });
});
