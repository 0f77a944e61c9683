import { getDb } from '@/db/client';
import { submitCorrection, type CorrectionIssue } from '@/db/corrections';
import { countAgainst, secondsBlocked } from '@/db/rate-limits';
import { apiError } from '@/app/api/_lib/errors';
import { clientAddressOf } from '@/app/api/_lib/editor-auth';
import { isFormPost, readFormOrJson } from '@/app/api/_lib/json-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import {
  correctionFormPath,
  correctionRecord,
  correctionsPerHour,
  honeypotField,
} from '@/lib/corrections/record';

const perAddress = { prefix: 'corrections-address', points: correctionsPerHour, seconds: 3600 };
/** The fields' limits add up to about 3,200 characters; 16 KB leaves room for encoding. */
const maxFormBytes = 16 * 1024;

type Outcome =
  | { ok: true; reference: string }
  | {
      ok: false;
      status: 422 | 429;
      message: string;
      issues?: CorrectionIssue[];
      retryAfter?: number;
    };

/**
 * A browser's form post (no JavaScript) is answered with a redirect: to the correction's
 * status page, or back to the form saying which fields were refused. Anything else gets JSON.
 */
function answer(outcome: Outcome, form: boolean, record: unknown, request: Request): Response {
  if (form) {
    const location = new URL(
      outcome.ok ? `/corrections/${outcome.reference}` : '/corrections/new',
      request.url,
    );
    if (!outcome.ok) {
      const ref = correctionRecord(typeof record === 'string' ? record : '');
      if (ref) location.search = new URL(correctionFormPath(ref), request.url).search;
      location.searchParams.set(
        'refused',
        outcome.status === 429 ? 'too_many' : (outcome.issues?.map((i) => i.field).join(',') ?? ''),
      );
    }
    return new Response(null, {
      status: 303,
      headers: { location: location.pathname + location.search },
    });
  }
  if (outcome.ok) {
    return Response.json(
      { reference: outcome.reference, status: `/corrections/${outcome.reference}` },
      { status: 201 },
    );
  }
  const code = outcome.status === 429 ? 'too_many_attempts' : 'invalid_body';
  const response = apiError(outcome.status, code, outcome.message, outcome.issues);
  if (outcome.retryAfter) response.headers.set('retry-after', String(outcome.retryAfter));
  return response;
}

/** A reader's suggested correction: kept for the editors' queue, with a reference to follow it by. */
export async function POST(request: Request) {
  const form = isFormPost(request);
  const body = await readFormOrJson(request, maxFormBytes);
  if (!body.ok) return apiError(body.status, body.code, body.message);
  const fields = body.body;
  const reply = (outcome: Outcome) => answer(outcome, form, fields.record, request);
  const db = getDb();
  const address = clientAddressOf(request);
  const blocked = await secondsBlocked(db, perAddress, address);
  if (blocked) {
    const message = `too many corrections from one address: try again in ${blocked} s`;
    return reply({ ok: false, status: 429, message, retryAfter: blocked });
  }
  // Every attempt counts, kept or refused: a flood of bad ones is a flood too.
  await countAgainst(db, perAddress, address);
  if (fields[honeypotField]) {
    const issues = [{ field: honeypotField, message: 'this field must be left empty' }];
    return reply({ ok: false, status: 422, message: 'refused', issues });
  }
  const submitted = submitCorrection(db, fields);
  if (submitted.ok) return reply(submitted);
  const message = submitted.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return reply({ ok: false, status: 422, message, issues: submitted.issues });
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
