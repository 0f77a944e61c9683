import { getDb } from '@/db/client';
import { applyWrite, type EditableEntity } from '@/db/editor-writes';
import { apiError } from './errors';
import { checkEditor } from './editor-auth';
import { readJsonObject } from './json-body';

type Target = { entity: EditableEntity } & (
  { action: 'create' } | { action: 'update' | 'delete'; id: string }
);

/** Who wrote, for the audit log: a label the editor chooses (free text, shown as text). */
function editorLabel(request: Request): string {
  return (request.headers.get('x-editor') ?? '').trim().slice(0, 80) || 'editor';
}

/**
 * Every write route: authorise, read and check the body, then the one write path.
 * Errors come back as `{ error: { code, message, issues? } }` with their status.
 */
export async function handleEditorWrite(request: Request, target: Target): Promise<Response> {
  const editor = checkEditor(request);
  if (!editor.ok)
    return apiError(editor.code === 'cross_origin' ? 403 : 401, editor.code, editor.message);
  const base = { entity: target.entity, editor: editorLabel(request) };
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
