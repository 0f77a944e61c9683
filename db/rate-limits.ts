import 'server-only';
import { RateLimiterSQLite } from 'rate-limiter-flexible';
import type { Db } from './connection';

type Limit = { prefix: string; points: number; seconds: number };

const limiters = new WeakMap<Db, Map<string, RateLimiterSQLite>>();

/**
 * A limit counted in the database's `rate_limits` table (db/schema.ts rateLimits), so that
 * every process of the app counts together. One limiter per database and prefix.
 */
function limiterOf(db: Db, { prefix, points, seconds }: Limit): RateLimiterSQLite {
  const byPrefix = limiters.get(db) ?? new Map<string, RateLimiterSQLite>();
  limiters.set(db, byPrefix);
  let limiter = byPrefix.get(prefix);
  if (!limiter) {
    limiter = new RateLimiterSQLite({
      storeClient: db.$client,
      storeType: 'better-sqlite3',
      tableName: 'rate_limits',
      tableCreated: true, // by the migrations
      clearExpiredByTimeout: true,
      keyPrefix: prefix,
      points,
      duration: seconds,
    });
    byPrefix.set(prefix, limiter);
  }
  return limiter;
}

/** Seconds until a key is back under its limit, or null if it is under now. */
export async function secondsBlocked(db: Db, limit: Limit, key: string): Promise<number | null> {
  const state = await limiterOf(db, limit).get(key);
  if (!state || state.consumedPoints < limit.points) return null;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts one more against a key. */
export async function countAgainst(db: Db, limit: Limit, key: string): Promise<void> {
  await limiterOf(db, limit).penalty(key, 1);
}
