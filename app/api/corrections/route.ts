import { getDb } from '@/db/client';
import { submitCorrection, type CorrectionIssue } from '@/db/corrections';
import { countAgainst, secondsBlocked } from '@/db/rate-limits';
import { apiError } from '@/app/api/_lib/errors';
import { clientAddressOf } from '@/app/api/_lib/editor-auth';
import { isFormPost, readFormOrJson } from '@/app/api/_lib/json-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { correctionFormPath, correctionRecord } from '@/lib/corrections/record';

/** Suggestions one address may send in an hour: a reader sends a few, a flood is refused. */
export const correctionsPerHour = 10;
const perAddress = { prefix: 'corrections-address', points: correctionsPerHour, seconds: 3600 };
/** The fields' limits add up to about 3,200 characters; 16 KB leaves room for encoding. */
const maxFormBytes = 16 * 1024;

/** The field a bot fills and a reader never sees (the form hides it). */
export const honeypotField = 'website';

type Outcome =
  | { ok: true; reference: string }
  | {
      ok: false;
      status: 400 | 413 | 415 | 422 | 429;
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
        outcome.status === 429
          ? 'too_many'
          : (outcome.issues?.map((i) => i.field).join(',') ?? 'form'),
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
  const code =
    outcome.status === 429
      ? 'too_many_attempts'
      : outcome.status === 422
        ? 'invalid_body'
        : 'invalid_body';
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
  const db = getDb();
  const address = clientAddressOf(request);
  const blocked = await secondsBlocked(db, perAddress, address);
  if (blocked) {
    const message = `too many corrections from one address: try again in ${blocked} s`;
    return answer(
      { ok: false, status: 429, message, retryAfter: blocked },
      form,
      fields.record,
      request,
    );
  }
  await countAgainst(db, perAddress, address);
  if (fields[honeypotField]) {
    const issues = [{ field: honeypotField, message: 'this field must be left empty' }];
    return answer(
      { ok: false, status: 422, message: 'refused', issues },
      form,
      fields.record,
      request,
    );
  }
  const submitted = submitCorrection(db, fields);
  if (submitted.ok) return answer(submitted, form, fields.record, request);
  const message = submitted.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return answer(
    { ok: false, status: 422, message, issues: submitted.issues },
    form,
    fields.record,
    request,
  );
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
