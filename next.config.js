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

module.exports = nextConfig;
