import type { DatePrecision, EventKind, HeadcountBound } from '../dataset/vocabulary';
import type { StaffingView } from './view';

export type SourceRef = { id: string; title: string; publisher: string; url: string | null };

/** One figure from one source, as stored. */
export type Observation = {
  id: string;
  sending: string;
  host: string;
  date: string;
  precision: DatePrecision;
  count: number;
  bound: HeadcountBound;
  isEstimate: boolean;
  includesUnMission: boolean | null;
  note: string | null;
  sourceId: string;
};

/**
 * Where a series' value changes: every figure given for that date (several when sources
 * disagree) and their spread. `heldFrom` marks a step carried in from before the range.
 */
export type SeriesStep = {
  t: number;
  date: string;
  precision: DatePrecision;
  low: number;
  high: number;
  observations: Observation[];
  heldFrom: string | null;
};

export type StaffingSeries = {
  key: string;
  sending: string;
  host: string;
  label: string;
  steps: SeriesStep[];
};

export type EventMarker = {
  id: string;
  t: number;
  date: string;
  precision: DatePrecision;
  actor: string;
  target: string;
  kind: EventKind;
  peopleAffected: number | null;
  facilitiesClosed: number | null;
  summary: string;
  sourceIds: string[];
};

/** Everything the chart, its table and its sources tab need, already shaped. */
export type StaffingData = {
  view: StaffingView;
  /** Epoch milliseconds of the first and last day shown. */
  domain: [number, number];
  series: StaffingSeries[];
  events: EventMarker[];
  /** Every source cited by the figures and events above, once. */
  sources: SourceRef[];
};

export function indexSources(sources: SourceRef[]): Map<string, SourceRef> {
  return new Map(sources.map((source) => [source.id, source]));
}
