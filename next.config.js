// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server/start.cjs sends every response: it compresses, validates and sets Cache-Control
  // (server/http-caching.cjs), so Next.js neither compresses nor hashes bodies itself.
  compress: false,
  generateEtags: false,
  // A folder that runs with `node server/start.cjs` alone (README, "Deploying").
  output: 'standalone',
  outputFileTracingIncludes: {
    '/*': [
      './server/*.cjs',
      './lib/editor-session.js',
      './lib/client-address.js',
      './db/sqlite-settings.cjs',
      './db/migrations/**',
      './node_modules/drizzle-orm/**/migrator.cjs',
      './data/*.csv',
      './data/README.md',
      './data/articles/*.md',
      './CITATION.cff',
    ],
  },
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages are cached in memory and dropped when the data changes (see the file).
  cacheHandler: require.resolve('./db/page-cache/handler.cjs'),
  cacheMaxMemorySize: 0,
};

const { eventFilterNames } = require('./lib/events/filter-names.js');

// `/events?year=2018`, a year and no other filter (the view the year chart and most shared
// links make), is rewritten here to its page, without running proxy.ts: a proxy rewrite
// costs a quarter to a half of a cached page's throughput (bench/RESULTS.md). proxy.ts
// rewrites every other /events address; its matcher leaves this one out (proxy.test.ts).
nextConfig.rewrites = async () => ({
  beforeFiles: [
    {
      source: '/events',
      has: [{ type: 'query', key: 'year', value: '(?<year>\\d{4})' }],
      missing: eventFilterNames
        .filter((name) => name !== 'year')
        .map((key) => ({ type: /** @type {const} */ ('query'), key })),
      destination: '/events/view/year~:year',
    },
  ],
});

const { embedPolicy, pagePolicy } = require('./lib/content-security-policy.js');

const everyResponse = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

// Every address but the embeds may be shown only as itself, never in another site's frame.
nextConfig.headers = async () => [
  {
    source: '/:path((?!embed(?:/|$)).*)',
    headers: [
      { key: 'Content-Security-Policy', value: pagePolicy },
      ...everyResponse,
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
  {
    source: '/embed/:path*',
    headers: [{ key: 'Content-Security-Policy', value: embedPolicy }, ...everyResponse],
  },
];

module.exports = nextConfig;
