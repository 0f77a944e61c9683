import type {
  ClaimBound,
  DatePrecision,
  EventKind,
  HeadcountBound,
  HeadcountScope,
} from '../dataset/vocabulary';
import type { PartyLabels, SourceLink } from '../events/types';

export type ReferencedFigure = {
  id: string;
  observedOn: string;
  datePrecision: DatePrecision;
  sending: string;
  host: string;
  count: number;
  bound: HeadcountBound;
  isEstimate: boolean;
  scope: HeadcountScope;
  source: SourceLink;
};

export type ReferencedEvent = PartyLabels & {
  id: string;
  occurredOn: string;
  datePrecision: DatePrecision;
  actorCountry: string;
  targetCountry: string;
  kind: EventKind;
  peopleAffected: number | null;
  summary: string;
};

/** A passage of an article with what the data says about it. */
export type ArticleReferenceView = {
  id: string;
  quote: string;
  note: string | null;
  /** What the article's figure counts, as the data's scopes; null for a mention or a sum. */
  scope: HeadcountScope | null;
  claim: { value: number; bound: ClaimBound } | null;
  figures: ReferencedFigure[];
  events: ReferencedEvent[];
  aggregate: { label: string; value: number; events: ReferencedEvent[] } | null;
};
