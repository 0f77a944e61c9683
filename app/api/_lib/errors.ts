import type { z } from 'zod';

export type ApiErrorCode =
  | 'invalid_parameter'
  | 'invalid_json'
  | 'invalid_body'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'editing_disabled'
  | 'unauthorized'
  | 'cross_origin'
  | 'too_many_attempts'
  | 'method_not_allowed';

/** The one shape of every API error: `{ error: { code, message, issues? } }`. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  issues?: ({ parameter: string } | { field: string })[],
) {
  return Response.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

/** 400 naming each bad query parameter and what was expected of it. */
export function invalidParameters(error: z.ZodError) {
  const issues = error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? { parameter: issue.keys.join(', '), message: 'unknown parameter' }
      : { parameter: String(issue.path[0] ?? ''), message: issue.message },
  );
  const message = issues.map((i) => `${i.parameter}: ${i.message}`).join('; ');
  return apiError(400, 'invalid_parameter', message, issues);
}
