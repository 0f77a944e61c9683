import { listBalance, listLedgerPairs, listUnanswered } from '@/db/queries/reciprocity';
import { invalidParameters } from '@/app/api/_lib/errors';
import { cachedJson } from '@/app/api/_lib/cached-body';
import { otherMethods } from '@/app/api/_lib/other-methods';
import { chainsOf } from '@/lib/reciprocity/ledger';
import { parseReciprocityRequest } from './request';

/** The ledger's pairs, chains and unanswered measures for the filter, and the running balance. */
export function GET(request: Request) {
  const parsed = parseReciprocityRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidParameters(parsed.error);
  const { from = null, to = null, kind } = parsed.data;
  const filter = { from, to, kinds: kind ? [kind] : [] };
  return cachedJson(`reciprocity ${from} ${to} ${kind}`, () => {
    const pairs = listLedgerPairs(filter);
    return {
      pairs,
      chains: chainsOf(pairs).map((chain) => ({ start: chain.start.id, amounts: chain.levels })),
      unanswered: listUnanswered(filter),
      balance: listBalance(),
    };
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
