import { describe, expect, it } from 'vitest';
import {
  isFormPost,
  maxBodyBytes,
  readFormFields,
  readFormOrJson,
  readJsonObject,
} from './json-body';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

/** A JSON object of exactly `size` bytes. */
const objectOfSize = (size: number) => `{"x":"${'a'.repeat(size - 8)}"}`;

describe('readJsonObject', () => {
  it('reads a JSON object, with or without a charset', async () => {
    expect(await readJsonObject(post('{"a":1}'))).toEqual({ ok: true, body: { a: 1 } });
    const withCharset = post('{"a":1}', { 'content-type': 'Application/JSON ; charset=utf-8' });
    expect(await readJsonObject(withCharset)).toEqual({ ok: true, body: { a: 1 } });
  });

  it.each(['text/plain', 'application/jsonp', 'text/plain; x=application/json', ''])(
    'refuses Content-Type "%s" with 415',
    async (type) => {
      expect(await readJsonObject(post('{}', { 'content-type': type }))).toEqual({
        ok: false,
        status: 415,
        code: 'unsupported_media_type',
        message: 'expected Content-Type: application/json',
      });
    },
  );

  it('takes a body of exactly 64 KB, and refuses one byte more with 413', async () => {
    expect(objectOfSize(maxBodyBytes)).toHaveLength(maxBodyBytes);
    expect((await readJsonObject(post(objectOfSize(maxBodyBytes)))).ok).toBe(true);
    const declared = post(objectOfSize(maxBodyBytes), { 'content-length': String(maxBodyBytes) });
    expect((await readJsonObject(declared)).ok).toBe(true);
    expect(await readJsonObject(post(objectOfSize(maxBodyBytes + 1)))).toMatchObject({
      ok: false,
      status: 413,
      code: 'too_large',
      message: `expected a body of at most ${maxBodyBytes} bytes`,
    });
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const request = post('{}', { 'content-length': String(maxBodyBytes + 1) });
    expect(await readJsonObject(request)).toMatchObject({ status: 413 });
    expect(request.bodyUsed).toBe(false);
  });

  it('reads a request with no body as not JSON', async () => {
    expect(await readJsonObject(post(null))).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it.each([
    ['broken JSON', '{"a": '],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])],
  ])('refuses %s with 400', async (_, body) => {
    expect(await readJsonObject(post(body))).toEqual({
      ok: false,
      status: 400,
      code: 'invalid_json',
      message: 'expected a JSON object in UTF-8',
    });
  });

  it.each(['[]', 'null', '7', '"text"'])(
    'refuses %s, which is JSON but not an object',
    async (body) => {
      expect(await readJsonObject(post(body))).toEqual({
        ok: false,
        status: 400,
        code: 'invalid_json',
        message: 'expected a JSON object',
      });
    },
  );
});

describe('readFormFields', () => {
  const form = (body: BodyInit, type = 'application/x-www-form-urlencoded') =>
    post(body, { 'content-type': type });

  it('reads a form as a browser sends it, keeping the first of a repeated field', async () => {
    expect(await readFormFields(form('a=1&b=x+y%21&a=2'), 100)).toEqual({
      ok: true,
      body: { a: '1', b: 'x y!' },
    });
    expect(isFormPost(form('a=1', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8'))).toBe(true);
  });

  it('refuses another type with 415, a body over the limit with 413, and bytes that are not UTF-8 with 400', async () => {
    expect(await readFormFields(form('a=1', 'multipart/form-data'), 100)).toMatchObject({
      status: 415,
      message: 'expected Content-Type: application/x-www-form-urlencoded',
    });
    expect(await readFormFields(form('a='.padEnd(101, 'x')), 100)).toMatchObject({ status: 413 });
    expect(await readFormFields(form(new Uint8Array([0x61, 0x3d, 0xff])), 100)).toEqual({
      ok: false,
      status: 400,
      code: 'invalid_body',
      message: 'expected a form in UTF-8',
    });
  });

  it('reads a form or JSON, whichever the request sends', async () => {
    expect(await readFormOrJson(form('a=1'), 100)).toEqual({ ok: true, body: { a: '1' } });
    expect(await readFormOrJson(post('{"a":1}'), 100)).toEqual({ ok: true, body: { a: 1 } });
  });
});
