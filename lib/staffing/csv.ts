import { stringify } from 'csv-stringify/sync';
import { directionLabelOn, indexCountries } from '../countries/names';
import { formatPartialDate } from '../dataset/dates';
import { indexSources, type StaffingData } from './types';

const columns = [
  'series',
  'sending_country',
  'host_country',
  'scope',
  'observed_on',
  'shown_from',
  'count',
  'bound',
  'is_estimate',
  'includes_un_mission',
  'note',
  'support',
  'source_title',
  'source_publisher',
  'source_url',
] as const;

/** Exactly what the chart shows for a view, one row per figure, each with its source. */
export function staffingCsv(data: StaffingData): string {
  const sources = indexSources(data.sources);
  const countries = indexCountries(data.countries);
  const rows = data.series.flatMap((series) =>
    series.steps.flatMap((step) =>
      step.observations.map((o) => {
        const source = sources.get(o.sourceId);
        return {
          // Named as the countries were on the figure's date: "Soviet staff in the US".
          series: directionLabelOn(countries, series, o.date),
          sending_country: o.sending,
          host_country: o.host,
          scope: o.scope,
          observed_on: formatPartialDate({ date: o.date, precision: o.precision }),
          shown_from: new Date(step.t).toISOString().slice(0, 10),
          count: o.count,
          bound: o.bound,
          is_estimate: o.isEstimate,
          includes_un_mission: o.includesUnMission ?? '',
          note: o.note ?? '',
          support: o.support,
          source_title: source?.title ?? '',
          source_publisher: source?.publisher ?? '',
          source_url: source?.url ?? '',
        };
      }),
    ),
  );
  return stringify(rows, {
    header: true,
    columns: [...columns],
    cast: { boolean: (v) => String(v) },
  });
}
