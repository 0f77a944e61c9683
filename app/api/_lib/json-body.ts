export const maxBodyBytes = 64 * 1024;

export type BodyResult =
  | { ok: true; body: Record<string, unknown> }
  | {
      ok: false;
      status: 400 | 413 | 415;
      code: 'invalid_json' | 'too_large' | 'unsupported_media_type';
      message: string;
    };

/** A JSON object from the request, at most 64 KB, read without trusting Content-Length. */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      status: 415,
      code: 'unsupported_media_type',
      message: 'expected Content-Type: application/json',
    };
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'too_large',
    message: `expected a body of at most ${maxBodyBytes} bytes`,
  } as const;
  if (declared > maxBodyBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
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
