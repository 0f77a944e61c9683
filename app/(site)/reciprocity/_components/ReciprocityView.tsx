import type { Metadata } from 'next';
import { AddressProblems } from '@/components/AddressProblems';
import { listCountries } from '@/db/queries/countries';
import { getHeadlineRatio } from '@/db/queries/headlines';
import {
  getProposalLimits,
  listBalance,
  listLedgerPairs,
  listUnanswered,
} from '@/db/queries/reciprocity';
import { indexCountries, namesOf } from '@/lib/countries/names';
import { eventKindLabels, formatDate, formatNumber, scopeLabels } from '@/lib/format';
import type { ReciprocityView as View } from '@/lib/reciprocity/address';
import { totalsOn } from '@/lib/reciprocity/balance';
import { hostileKinds } from '@/lib/reciprocity/kinds';
import { chainsOf } from '@/lib/reciprocity/ledger';
import { BalanceChart } from './BalanceChart';
import { LedgerFilters } from './LedgerFilters';
import { LedgerTable } from './LedgerTable';
import { ProposalCalculator } from './ProposalCalculator';

/** The title and description of every reciprocity view; each page adds its canonical address. */
export const reciprocityMetadata: Metadata = {
  title: 'Strict reciprocity, measured',
  description:
    'Who answered whom, how fast and in kind: the tit-for-tat ledger, the balance over time, and the proposal of one for one as numbers.',
};

/** The reciprocity page for one view on `today`: every number read from the database here. */
export function ReciprocityView({
  view,
  problems,
  today,
}: {
  view: View;
  problems: string[];
  today: string;
}) {
  const countries = indexCountries(listCountries());
  const names = (code: string, date: string) =>
    namesOf(countries, code, Number(date.slice(0, 4))).shortName;
  const filter = { from: view.from, to: view.to, kinds: view.kind ? [view.kind] : [] };
  const pairs = listLedgerPairs(filter);
  const unanswered = listUnanswered(filter);
  const balance = listBalance();
  // The balance starts when the renamed country took its present name (Russia, 1992).
  const since = String(Math.max(...listCountries().map((c) => c.renamedIn ?? 0)));
  const years = Array.from(
    { length: Number(today.slice(0, 4)) - Number(since) + 1 },
    (_, i) => Number(since) + i,
  );
  const ratio = getHeadlineRatio();
  const limits = getProposalLimits();
  const now = (code: string) => names(code, today);

  return (
    <main className="reciprocity">
      <h1>Strict reciprocity, measured</h1>
      <p className="lede">
        The article ends on &ldquo;strict reciprocity&rdquo;: readmitting Russian diplomats only one
        for one with American ones. Here is the exchange as an exchange: each measure and its
        answer, how fast and in kind, what was never answered, where the balance stands, and the
        proposal as arithmetic.
      </p>
      <AddressProblems problems={problems} outcome="that part is left out" />

      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">The ledger</h2>
        <LedgerFilters
          view={view}
          kinds={hostileKinds}
          kindLabel={(kind) => eventKindLabels[kind as keyof typeof eventKindLabels]}
        />
        <LedgerTable pairs={pairs} names={names} />
        <h3>Chains</h3>
        <ul className="plain-list chains">
          {chainsOf(pairs)
            .filter((chain) => chain.levels.length > 2)
            .map((chain) => (
              <li key={chain.start.id}>
                {formatDate(chain.start.occurredOn, chain.start.datePrecision)}:{' '}
                <a href={`/events/${encodeURIComponent(chain.start.id)}`}>
                  {chain.levels.join(' → ')}
                </a>
              </li>
            ))}
        </ul>
        <h3>Never answered</h3>
        {unanswered.length ? (
          <ul className="plain-list unanswered">
            {unanswered.map((measure) => (
              <li key={measure.id}>
                {formatDate(measure.occurredOn, measure.datePrecision)},{' '}
                {names(measure.actor, measure.occurredOn)}:{' '}
                <a href={`/events/${encodeURIComponent(measure.id)}`}>{measure.summary}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>Every measure in these years and kinds has a recorded answer.</p>
        )}
      </section>

      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading">The balance since {since}</h2>
        <p className="source">
          Running totals from {since}, when the Soviet Union&rsquo;s seat passed to Russia: Soviet
          and Russian diplomats are never added together. Posts are embassies, consulates and UN
          missions (the missions page lists them).
        </p>
        <div className="two-up">
          <BalanceChart
            rows={balance}
            metric="expelled"
            span={[`${since}-01-01`, today]}
            title="Diplomats expelled, running total"
            names={now}
          />
          <BalanceChart
            rows={balance}
            metric="postsClosed"
            span={[`${since}-01-01`, today]}
            title="Posts closed, running total"
            names={now}
          />
        </div>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Running totals by year (scrolls sideways)"
        >
          <table className="data-table balance-table">
            <caption>The running totals at each year&rsquo;s end, and the gap</caption>
            <thead>
              <tr>
                <th scope="col">End of</th>
                <th scope="col" className="numeric">
                  Expelled by the US
                </th>
                <th scope="col" className="numeric">
                  Expelled by Russia
                </th>
                <th scope="col" className="numeric">
                  Gap
                </th>
                <th scope="col" className="numeric">
                  Posts closed by the US
                </th>
                <th scope="col" className="numeric">
                  Posts closed by Russia
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => {
                const day = `${year}-12-31`;
                const expelled = totalsOn(balance, day, 'expelled');
                const closed = totalsOn(balance, day, 'postsClosed');
                const us = expelled.get('US') ?? 0;
                const ru = expelled.get('RU') ?? 0;
                return (
                  <tr key={year} data-year={year}>
                    <th scope="row">{year}</th>
                    <td className="numeric" data-side="US">
                      {formatNumber(us)}
                    </td>
                    <td className="numeric" data-side="RU">
                      {formatNumber(ru)}
                    </td>
                    <td className="numeric">
                      {us === ru
                        ? 'even'
                        : `${formatNumber(Math.abs(us - ru))} more by ${us > ru ? 'the US' : 'Russia'}`}
                    </td>
                    <td className="numeric">{formatNumber(closed.get('US') ?? 0)}</td>
                    <td className="numeric">{formatNumber(closed.get('RU') ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="proposal-heading" id="proposal">
        <h2 id="proposal-heading">The proposal as numbers</h2>
        {ratio && ratio.numerator.observations[0] && ratio.denominator.observations[0] ? (
          <ProposalCalculator
            view={view}
            russian={{
              label: `${ratio.numerator.label} (${scopeLabels[ratio.scope]})`,
              ...ratio.numerator.observations[0],
            }}
            american={{
              label: `${ratio.denominator.label} (${scopeLabels[ratio.scope]})`,
              ...ratio.denominator.observations[0],
            }}
            ceiling1986={limits.ceiling1986}
            cap2017={limits.cap2017}
          />
        ) : (
          <p>The record holds no pair of figures at a comparable scope to start from.</p>
        )}
      </section>
    </main>
  );
}
