import 'server-only';
import { getDb } from '@/db/client';
import { countAgainst, secondsBlocked } from '@/db/rate-limits';

/** Failed authentications allowed in a minute per address, and per editor's name. */
export const failuresPerMinute = 5;
const byAddress = { prefix: 'auth-address', points: failuresPerMinute, seconds: 60 };
const byName = { prefix: 'auth-name', points: failuresPerMinute, seconds: 60 };

/** Seconds an address must wait before it may try a token again, or null. */
export function addressBlocked(address: string): Promise<number | null> {
  return secondsBlocked(getDb(), byAddress, address);
}

/**
 * Counts a failed authentication against the address and the editor's name it claimed
 * (if any). Returns the seconds the name was already blocked for wrong tokens (5 had come
 * before this one in the last minute), or null.
 */
export async function countFailure(address: string, name: string | null): Promise<number | null> {
  const db = getDb();
  const blocked = name ? await secondsBlocked(db, byName, name) : null;
  await countAgainst(db, byAddress, address);
  if (name) await countAgainst(db, byName, name);
  return blocked;
}
