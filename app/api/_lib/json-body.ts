export const maxBodyBytes = 64 * 1024;

type Refusal = {
  ok: false;
  status: 400 | 413 | 415;
  code: 'invalid_json' | 'invalid_body' | 'too_large' | 'unsupported_media_type';
  message: string;
};
export type BodyResult = { ok: true; body: Record<string, unknown> } | Refusal;

/** The body's bytes, at most `limit` of them, read without trusting Content-Length. */
async function readBytes(request: Request, limit: number): Promise<Buffer | Refusal> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'too_large',
    message: `expected a body of at most ${limit} bytes`,
  } as const;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const decodeUtf8 = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** A refusal unless the request's Content-Type is `type`. */
function wrongType(request: Request, type: string): Refusal | null {
  const given = request.headers.get('content-type') ?? '';
  if (given.toLowerCase().split(';')[0]!.trim() === type) return null;
  return {
    ok: false,
    status: 415,
    code: 'unsupported_media_type',
    message: `expected Content-Type: ${type}`,
  };
}

/** A JSON object from the request, at most 64 KB. */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const refused = wrongType(request, 'application/json');
  if (refused) return refused;
  const bytes = await readBytes(request, maxBodyBytes);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    return {
      ok: false,
      status: 400,
      code: 'invalid_json',
      message: 'expected a JSON object in UTF-8',
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, status: 400, code: 'invalid_json', message: 'expected a JSON object' };
  }
  return { ok: true, body: value as Record<string, unknown> };
}

/**
 * A form's fields (application/x-www-form-urlencoded, as a browser without JavaScript
 * sends it), at most `limit` bytes; a field sent twice keeps its first value.
 */
export async function readFormFields(request: Request, limit: number): Promise<BodyResult> {
  const refused = wrongType(request, 'application/x-www-form-urlencoded');
  if (refused) return refused;
  const bytes = await readBytes(request, limit);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    return { ok: false, status: 400, code: 'invalid_body', message: 'expected a form in UTF-8' };
  }
  const body: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) body[key] ??= value;
  return { ok: true, body };
}

/** Whether a request is a browser's plain form post (no JavaScript), to be answered with a redirect. */
export const isFormPost = (request: Request) =>
  !wrongType(request, 'application/x-www-form-urlencoded');

/** A form's fields (at most `formLimit` bytes) or a JSON object, whichever the request sends. */
export function readFormOrJson(request: Request, formLimit: number): Promise<BodyResult> {
  return isFormPost(request) ? readFormFields(request, formLimit) : readJsonObject(request);
}
