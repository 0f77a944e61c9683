import net from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

const decoders: Record<string, (body: Buffer) => Buffer> = {
  gzip: gunzipSync,
  br: brotliDecompressSync,
  deflate: inflateSync,
};

/** `reset`: the server cut the connection before a response arrived (status 0). */
export type RawResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  reset?: boolean;
};

/** A chunked body put back together (transfer-encoding: chunked). */
function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parseResponse(data: Buffer): RawResponse {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) throw new Error(`no complete response: ${data.toString('latin1', 0, 200)}`);
  const [statusLine = '', ...lines] = data.toString('latin1', 0, headEnd).split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = data.subarray(headEnd + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(rest) : rest;
  const decode = decoders[headers['content-encoding'] ?? ''];
  return { status, headers, body: decode && body.length ? decode(body) : body };
}

/**
 * Sends bytes exactly as given (fetch would refuse or normalise malformed requests) and
 * reads the response until the server closes the connection (send `Connection: close`).
 * The socket stays open for writing: a server may drop a request whose client hung up.
 */
export function rawRequest(port: number, request: Buffer, timeoutMs = 15_000) {
  return new Promise<RawResponse>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('no response in time')));
    socket.on('data', (chunk) => chunks.push(chunk));
    let reset = false;
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Node's HTTP parser refuses some requests (headers too large) by answering and
      // closing at once; the answer can be lost to the reset while the request is still
      // being written.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') reset = true;
      else reject(error);
    });
    socket.on('close', () => {
      const data = Buffer.concat(chunks);
      if (reset && data.indexOf('\r\n\r\n') < 0) {
        resolve({ status: 0, headers: {}, body: data, reset });
        return;
      }
      try {
        resolve(parseResponse(data));
      } catch (error) {
        reject(error);
      }
    });
  });
}
