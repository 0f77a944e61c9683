import { getDb } from '@/db/client';
import { applyWrite, type EditableEntity } from '@/db/editor-writes';
import { apiError } from './errors';
import { checkEditor, refusalResponse } from './editor-auth';
import { readJsonObject } from './json-body';

type Target = { entity: EditableEntity } & (
  { action: 'create' } | { action: 'update' | 'delete'; id: string }
);

/**
 * Every write route: authorise, read and check the body, then the one write path. The
 * audit log records the editor the token or session proved; `?correction=<reference>`
 * links the write to the reader's correction it answers (and accepts it).
 * Errors come back as `{ error: { code, message, issues? } }` with their status.
 */
export async function handleEditorWrite(request: Request, target: Target): Promise<Response> {
  const check = await checkEditor(request);
  if (!check.ok) return refusalResponse(check);
  const correction = new URL(request.url).searchParams.get('correction') ?? undefined;
  const base = { entity: target.entity, editor: check.editor.name, correction };
  if (target.action === 'delete') {
    return respond(applyWrite(getDb(), { ...base, action: 'delete', id: target.id }));
  }
  const body = await readJsonObject(request);
  if (!body.ok) return apiError(body.status, body.code, body.message);
  return respond(
    applyWrite(
      getDb(),
      target.action === 'create'
        ? { ...base, action: 'create', body: body.body }
        : { ...base, action: 'update', id: target.id, body: body.body },
    ),
  );
}

function respond(outcome: ReturnType<typeof applyWrite>): Response {
  if ('body' in outcome) return Response.json(outcome.body, { status: outcome.status });
  return apiError(outcome.status, outcome.code, outcome.message, outcome.issues);
}
