// @ts-check
// The production server: `node server/start.cjs [--port 3000] [--hostname 0.0.0.0] [--processes N]`.
// Migrates the database, then serves the built app from N processes sharing one port and
// one SQLite file, with the HTTP caching rules of server/http-caching.cjs. It runs the same
// from the repository after `next build` and from the standalone folder (README, "Deploying").
const cluster = /** @type {import('node:cluster').Cluster} */ (
  /** @type {unknown} */ (require('node:cluster'))
);
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { sharedLifetime } = require('./cache-rules.cjs');
const { createCachingServer } = require('./http-caching.cjs');
const { migrateAtStart } = require('./migrate-at-start.cjs');
const { clientAddress, clientAddressHeader, trustedProxies } = require('../lib/client-address.js');
const { bootstrapTokenProblem } = require('../lib/editor-session.js');

// The app's folder: the one above this file, in the repository and in the standalone build.
const dir = path.join(__dirname, '..');

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
      hostname: { type: 'string', short: 'H', default: process.env.HOSTNAME ?? '0.0.0.0' },
      processes: { type: 'string', default: process.env.PROCESSES ?? '1' },
    },
  });
  const port = Number(values.port);
  const processes = Number(values.processes);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, not "${values.port}"`);
  }
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
    throw new Error(`--processes must be a whole number from 1 to 64, not "${values.processes}"`);
  }
  return { port, hostname: values.hostname, processes };
}

/** The configuration the build was made with (Next.js writes it beside the build). */
function builtConfig() {
  const file = path.join(dir, '.next', 'required-server-files.json');
  if (!fs.existsSync(file))
    throw new Error(`no build in ${dir}/.next: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).config;
}

/** @param {{ port: number, hostname: string }} options */
async function serve({ port, hostname }) {
  const conf = builtConfig();
  // What Next.js's own standalone server sets: the build's configuration, not next.config.js.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  const next = /** @type {typeof import('next').default} */ (
    /** @type {unknown} */ (require('next'))
  );
  // The name Next.js calls itself by, whatever address the socket listens on: its proxy.ts
  // rewrites name this host, and a rewrite to any other origin is sent out over HTTP (back
  // to this server, at twice the cost) instead of being served in place.
  const app = next({ dev: false, dir, hostname: 'localhost', port, conf });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  const trusted = trustedProxies();
  /** @type {typeof nextHandler} */
  const handle = (request, response, url) => {
    request.headers[clientAddressHeader] = clientAddress(
      request.socket.remoteAddress,
      request.headers['x-real-ip'],
      trusted,
    );
    return nextHandler(request, response, url);
  };
  const server = createCachingServer(handle, {
    lifetime: sharedLifetime(),
    compressedBytes: 64 * 1024 * 1024,
  });
  // Longer than a proxy keeps an idle connection (nginx: 60 s), so that the proxy, not the
  // app, closes it: a request sent as the app closed the connection would be lost.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    console.log(`Process ${process.pid} serving http://${hostname}:${port}`);
  });
  const stop = () => {
    // Finishes the requests it has, refuses new ones, then exits.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** @param {number} count */
function superviseWorkers(count) {
  let stopping = false;
  for (let i = 0; i < count; i += 1) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`Process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function main() {
  // The app reads its data files and, unless DATABASE_PATH says otherwise, its database
  // relative to its folder, wherever it was started from; a relative DATABASE_PATH still
  // means the folder it was started from.
  if (process.env.DATABASE_PATH)
    process.env.DATABASE_PATH = path.resolve(process.env.DATABASE_PATH);
  process.chdir(dir);
  const options = readOptions();
  const tokenProblem = bootstrapTokenProblem(process.env.EDITOR_TOKEN);
  if (tokenProblem) {
    console.error(`Not started: ${tokenProblem}`);
    process.exit(1);
  }
  if (cluster.isPrimary) {
    migrateAtStart(dir);
    if (options.processes > 1) return superviseWorkers(options.processes);
  }
  serve(options).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

main();
