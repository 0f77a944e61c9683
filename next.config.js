// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: it must be required at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  // Rendered pages are cached in memory and dropped when the data changes (see the file).
  cacheHandler: require.resolve('./db/page-cache.cjs'),
  cacheMaxMemorySize: 0,
};

// `/events?year=2018` (a year and no other filter: the view the year chart and most shared
// links make) goes straight to its cached page. Every other /events address is rewritten by
// proxy.ts, whose matcher leaves exactly these out: keep the two lists of filters alike.
nextConfig.rewrites = async () => ({
  beforeFiles: [
    {
      source: '/events',
      has: [{ type: 'query', key: 'year', value: '(?<year>\\d{4})' }],
      missing: ['from', 'to', 'actor', 'kind', 'q'].map((key) => ({ type: 'query', key })),
      destination: '/events/year/:year',
    },
  ],
});

const { basePolicy } = require('./lib/content-security-policy.js');

nextConfig.headers = async () => [
  {
    source: '/:path*',
    headers: [
      { key: 'Content-Security-Policy', value: basePolicy },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
];

module.exports = nextConfig;
