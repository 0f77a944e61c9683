import type { CountryNames } from '../countries/names';
import type {
  DatePrecision,
  EventKind,
  HeadcountBound,
  HeadcountScope,
  SupportLevel,
} from '../dataset/vocabulary';
import type { StaffingView } from './address';

export type SourceRef = { id: string; title: string; publisher: string; url: string | null };

/** One figure from one source, as stored. */
export type Observation = {
  id: string;
  sending: string;
  host: string;
  date: string;
  precision: DatePrecision;
  scope: HeadcountScope;
  count: number;
  bound: HeadcountBound;
  isEstimate: boolean;
  includesUnMission: boolean | null;
  note: string | null;
  sourceId: string;
  support: SupportLevel;
};

/**
 * Where a series' value changes: every figure given for that date (several when sources
 * disagree) and their spread. A range with more figures than can be listed has a step per
 * month instead, counted and spread but not listed (`observations` empty, see
 * `StaffingData.figuresListed`). `heldFrom` marks a step carried in from before the range.
 */
export type SeriesStep = {
  t: number;
  date: string;
  precision: DatePrecision;
  low: number;
  high: number;
  figureCount: number;
  observations: Observation[];
  heldFrom: string | null;
};

/** Whose staff where: "US-RU" is US staff in Russia. */
export type Direction = { key: string; sending: string; host: string; label: string };

/** One direction counted one way: "US-RU:total_staff". A line never joins two scopes. */
export type StaffingSeries = {
  key: string;
  direction: string;
  sending: string;
  host: string;
  scope: HeadcountScope;
  /** The direction, named for the range shown ("Soviet, then Russian staff in the US"). */
  label: string;
  steps: SeriesStep[];
};

/** A stretch of the range where a direction has no figure in force, of any scope drawn. */
export type RecordGap = { direction: string; from: number; to: number };

/** A moment that explains a step in the record, marked on the time axis. */
export type Moment = {
  id: string;
  t: number;
  date: string;
  precision: DatePrecision;
  label: string;
  eventId: string | null;
};

/**
 * One event under the chart, or, when a range holds more than can be drawn one by one
 * (`count` > 1), a year's events of one kind by one country (no target, no sources: the
 * events page lists them).
 */
export type EventMarker = {
  id: string;
  t: number;
  date: string;
  precision: DatePrecision;
  count: number;
  actor: string;
  /** The acting country as shown for the date: "USSR" for RU before 1992. */
  actorLabel: string;
  target: string | null;
  kind: EventKind;
  peopleAffected: number | null;
  facilitiesClosed: number | null;
  summary: string;
  sourceIds: string[];
};

/** Everything the chart, its table and its sources tab need, already shaped. */
export type StaffingData = {
  view: StaffingView;
  /** The directions drawn, each named for the range ("Soviet, then Russian staff in the US"). */
  directions: Direction[];
  /** Epoch milliseconds of the first and last day shown. */
  domain: [number, number];
  series: StaffingSeries[];
  /** False when the range holds too many figures to list: steps are monthly summaries. */
  figuresListed: boolean;
  events: EventMarker[];
  /** Where a direction has no figure in force: drawn and labelled, never left blank. */
  gaps: RecordGap[];
  moments: Moment[];
  /** The countries with their former names, to label each figure and event by its date. */
  countries: CountryNames[];
  /** Every source cited by the figures and events above, once. */
  sources: SourceRef[];
};

export function indexSources(sources: SourceRef[]): Map<string, SourceRef> {
  return new Map(sources.map((source) => [source.id, source]));
}
