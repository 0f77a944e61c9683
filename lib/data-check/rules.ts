import type { FacilityRole, HeadcountScope, SupportLevel } from '../dataset/vocabulary';

/**
 * Checks of the dataset beyond what the import validates row by row: the kinds of fault an
 * audit found by hand, each now a rule. They read plain rows, so a test can plant one fault
 * per rule.
 */

export type CheckedEvent = {
  id: string;
  occurredOn: string;
  actorCountry: string;
  targetCountry: string;
  kind: string;
  peopleAffected: number | null;
  peopleNote: string | null;
  summary: string;
  support: SupportLevel;
  sourceCount: number;
};

export type CheckedFigure = {
  id: string;
  scope: HeadcountScope;
  count: number;
  sourceId: string;
  support: SupportLevel;
};

export type CheckedSource = { id: string; url: string | null };

/** An event's link to a facility, with the event's date and the facility's closing. */
export type CheckedFacilityLink = {
  eventId: string;
  facilityId: string;
  role: FacilityRole;
  occurredOn: string;
  closedOn: string | null;
};

export type Snapshot = {
  events: CheckedEvent[];
  figures: CheckedFigure[];
  sources: CheckedSource[];
  facilityLinks: CheckedFacilityLink[];
  /** The sources that are articles of the tracker itself. */
  articleSourceIds: string[];
};

export type Finding = { rule: string; id: string; message: string };

/**
 * "4 declared persona non grata + 46 by 1 July" — parts joined by "+", words allowed between
 * them, optionally led by "N =" or closed by "= N". A parenthesis without a "+" is an aside
 * ("(10 days to leave)") and is skipped, so that its numbers are not read as parts.
 */
const sumPattern =
  /(?:(\d+)\s*=\s*)?(\d+)[^\d+=;]*?\+\s*(\d+)((?:[^\d+=;]*?\+\s*\d+)*)(?:\s*=\s*(\d+))?/g;

function statedSums(note: string): { parts: number[]; total: number | null }[] {
  const text = note.replace(/\([^()+]*\)/g, ' ');
  return [...text.matchAll(sumPattern)].map((m) => ({
    parts: [m[2], m[3], ...(m[4]?.match(/\d+/g) ?? [])].map(Number),
    total: m[1] !== undefined ? Number(m[1]) : m[5] !== undefined ? Number(m[5]) : null,
  }));
}

function peopleNoteAddsUp(snapshot: Snapshot): Finding[] {
  return snapshot.events.flatMap((event) => {
    if (!event.peopleNote) return [];
    return statedSums(event.peopleNote).flatMap(({ parts, total }) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      const expected = total ?? event.peopleAffected;
      if (expected === null || sum === expected) return [];
      return [
        {
          rule: 'people-note-sum',
          id: event.id,
          message: `people_note gives ${parts.join(' + ')} = ${sum}, but ${total === null ? 'people_affected is' : 'the note says'} ${expected}`,
        },
      ];
    });
  });
}

/** Same page, however written: scheme, "www.", letter case of the host, a trailing slash. */
function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/^[^/]+/, (host) => host.toLowerCase())
    .replace(/\/+$/, '');
}

function sameUrlTwice(snapshot: Snapshot): Finding[] {
  const firstId = new Map<string, string>();
  return snapshot.sources.flatMap((source) => {
    if (!source.url) return [];
    const key = normaliseUrl(source.url);
    const earlier = firstId.get(key);
    if (earlier === undefined) {
      firstId.set(key, source.id);
      return [];
    }
    return [
      {
        rule: 'duplicate-url',
        id: source.id,
        message: `the same address as source ${earlier}: cite one id`,
      },
    ];
  });
}

function firstSinceClaims(snapshot: Snapshot): Finding[] {
  return snapshot.events.flatMap((event) => {
    const claim = /\bfirst\b[^.]*?\bsince (\d{4})\b/i.exec(event.summary);
    if (!claim) return [];
    const since = Number(claim[1]);
    const earlier = snapshot.events.find(
      (other) =>
        other.id !== event.id &&
        other.kind === event.kind &&
        other.actorCountry === event.actorCountry &&
        other.targetCountry === event.targetCountry &&
        Number(other.occurredOn.slice(0, 4)) > since &&
        other.occurredOn < event.occurredOn,
    );
    return earlier
      ? [
          {
            rule: 'first-since',
            id: event.id,
            message: `the summary says "first … since ${since}", but ${earlier.id} is an earlier ${event.kind} after ${since}`,
          },
        ]
      : [];
  });
}

/**
 * The counts a figure of each scope can plausibly take, for one country's staff in
 * another: the largest on record is about 1,900 (US mission in Russia, 2007).
 */
export const plausibleCounts: Record<HeadcountScope, [number, number] | null> = {
  diplomats: [1, 1500],
  nationals: [1, 2500],
  total_staff: [1, 3000],
  local_staff: [0, 2500],
  ceiling: [0, 2500],
  other: null,
};

function countsInRange(snapshot: Snapshot): Finding[] {
  return snapshot.figures.flatMap((figure) => {
    const range = plausibleCounts[figure.scope];
    if (!range || (figure.count >= range[0] && figure.count <= range[1])) return [];
    return [
      {
        rule: 'implausible-count',
        id: figure.id,
        message: `${figure.count} is outside ${range[0]}–${range[1]}, the plausible range for ${figure.scope}`,
      },
    ];
  });
}

function articleFiguresMarked(snapshot: Snapshot): Finding[] {
  const articles = new Set(snapshot.articleSourceIds);
  return snapshot.figures.flatMap((figure) => {
    const fromArticle = articles.has(figure.sourceId);
    if (fromArticle === (figure.support === 'article_only')) return [];
    return [
      {
        rule: 'article-figure',
        id: figure.id,
        message: fromArticle
          ? 'the source is the article itself: support must say article_only'
          : 'support says article_only, but the source is not an article',
      },
    ];
  });
}

function corroborationHasSources(snapshot: Snapshot): Finding[] {
  return snapshot.events
    .filter((event) => event.support === 'corroborated' && event.sourceCount < 2)
    .map((event) => ({
      rule: 'corroborated-one-source',
      id: event.id,
      message: 'support says corroborated, but the event cites one source',
    }));
}

/** Kinds of event that change a post: each must name the post(s) it changed. */
const postChangingKinds = ['facility_closure', 'reopening'];

function postChangesLinked(snapshot: Snapshot): Finding[] {
  const linked = new Set(snapshot.facilityLinks.map((link) => link.eventId));
  return snapshot.events
    .filter((event) => postChangingKinds.includes(event.kind) && !linked.has(event.id))
    .map((event) => ({
      rule: 'closure-without-post',
      id: event.id,
      message: `a ${event.kind} event names no post in event-facilities.csv`,
    }));
}

/** A post an event closed has its closing date, and no measure touches it after that day. */
function closingsDated(snapshot: Snapshot): Finding[] {
  return snapshot.facilityLinks.flatMap((link): Finding[] => {
    if (link.role === 'closed' && link.closedOn === null) {
      return [
        {
          rule: 'closed-post-dates',
          id: link.facilityId,
          message: `${link.eventId} closed it, but the facility has no closed_on`,
        },
      ];
    }
    if (link.closedOn !== null && link.occurredOn > link.closedOn && link.role !== 'reopened') {
      return [
        {
          rule: 'closed-post-dates',
          id: link.facilityId,
          message: `${link.eventId} (${link.occurredOn}) ${link.role} it after it closed on ${link.closedOn}`,
        },
      ];
    }
    return [];
  });
}

export const rules = {
  'people-note-sum': peopleNoteAddsUp,
  'duplicate-url': sameUrlTwice,
  'first-since': firstSinceClaims,
  'implausible-count': countsInRange,
  'article-figure': articleFiguresMarked,
  'corroborated-one-source': corroborationHasSources,
  'closure-without-post': postChangesLinked,
  'closed-post-dates': closingsDated,
} satisfies Record<string, (snapshot: Snapshot) => Finding[]>;

export function checkDataset(snapshot: Snapshot): Finding[] {
  return Object.values(rules).flatMap((rule) => rule(snapshot));
}
