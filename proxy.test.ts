import fc from 'fast-check';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it } from 'vitest';
import { eventFilterNames } from './lib/events/address';
import { config } from './proxy';

// next.config.js is CommonJS, read by Next.js as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require('./next.config.js');

type Condition = { type: string; key: string; value?: string }[];
type Rule = { source: string; has?: Condition; missing?: Condition };
type NextCondition = Parameters<typeof matchHas>[2];

const eventsRules = (rules: readonly (string | Rule)[]) =>
  rules.filter((rule): rule is Rule => typeof rule !== 'string' && rule.source === '/events');

/** Whether a rule applies to `/events?<query>`, by Next.js's own matching. */
function applies(rule: Rule, query: Record<string, string>): boolean {
  const request = { headers: {} } as Parameters<typeof matchHas>[0];
  return (
    matchHas(request, query, rule.has as NextCondition, rule.missing as NextCondition) !== false
  );
}

describe('the two /events rewrites', () => {
  it('rewrite every /events address exactly once: a year alone in next.config.js, the rest in proxy.ts', async () => {
    const proxyRules = eventsRules(config.matcher);
    const configRules = eventsRules((await nextConfig.rewrites()).beforeFiles);
    const value = fc.oneof(fc.constantFrom('2018', '1986', 'abc', ''), fc.string());
    const names = fc.constantFrom(...eventFilterNames, 'utm_source');
    fc.assert(
      fc.property(fc.dictionary(names, value), (query) => {
        const byProxy = proxyRules.some((rule) => applies(rule, query));
        const byConfig = configRules.some((rule) => applies(rule, query));
        expect(byProxy !== byConfig, JSON.stringify(query)).toBe(true);
        // Next.js takes a parameter with an empty value as absent.
        const yearAlone =
          /^\d{4}$/.test(query.year ?? '') &&
          eventFilterNames.every((name) => name === 'year' || !query[name]);
        expect(byConfig).toBe(yearAlone);
      }),
      { numRuns: 2000 },
    );
  });
});
