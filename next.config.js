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

/**
 * Security headers for every page and route. Scripts: Next.js hydrates pages with inline
 * scripts, which a strict policy allows only by per-request nonce (every page rendered per
 * request, defeating the page cache) or by hash; until hashes are added by the page cache,
 * inline scripts are allowed, while everything else (framing, plugins, base URI, form
 * targets, other origins) is locked down.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

nextConfig.headers = async () => [
  {
    source: '/:path*',
    headers: [
      { key: 'Content-Security-Policy', value: contentSecurityPolicy },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
    ],
  },
];

module.exports = nextConfig;
