import 'server-only';
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { cache } from 'react';
import { describeAggregate, parseAggregate, type Aggregate } from '@/lib/articles/aggregates';
import type { ArticleReferenceView, ReferencedEvent, ReferencedFigure } from '@/lib/articles/types';
import { getDb } from '../client';
import { partyLabeller } from './countries';
import { eventSummaryFields } from './events';
import {
  articleReferenceEvents,
  articleReferenceHeadcounts,
  articleReferences,
  articles,
  events,
  headcounts,
  sources,
} from '../schema';

const articleFields = {
  slug: articles.slug,
  title: articles.title,
  publishedOn: articles.publishedOn,
  datePrecision: articles.datePrecision,
  url: articles.url,
  sourceId: articles.sourceId,
  followsSourceId: articles.followsSourceId,
};

/** The articles that mention an event, for its page. */
export function listArticlesMentioning(eventId: string) {
  return getDb()
    .selectDistinct(articleFields)
    .from(articleReferenceEvents)
    .innerJoin(articleReferences, eq(articleReferences.id, articleReferenceEvents.referenceId))
    .innerJoin(articles, eq(articles.slug, articleReferences.articleSlug))
    .where(eq(articleReferenceEvents.eventId, eventId))
    .orderBy(asc(articles.publishedOn))
    .all();
}

export function listArticles() {
  return getDb()
    .select(articleFields)
    .from(articles)
    .orderBy(desc(articles.publishedOn), asc(articles.title))
    .all();
}

/** The events an aggregate sums, and the sum, computed in SQL. */
function computeAggregate(aggregate: Aggregate): { value: number; events: ReferencedEvent[] } {
  const summed = and(
    eq(events.kind, 'expulsion'),
    eq(events.actorCountry, aggregate.country),
    aggregate.since === null ? undefined : gte(events.occurredOn, `${aggregate.since}-01-01`),
  );
  const db = getDb();
  const [total] = db
    .select({ value: sql<number>`coalesce(sum(${events.peopleAffected}), 0)` })
    .from(events)
    .where(summed)
    .all();
  const list = db
    .select(eventSummaryFields)
    .from(events)
    .where(summed)
    .orderBy(asc(events.occurredOn))
    .all();
  return { value: total?.value ?? 0, events: list.map(partyLabeller()) };
}

/**
 * An article with each referenced passage and what the data says about it. Memoised per
 * request: the page and its metadata ask for the same article.
 */
export const getArticle = cache((slug: string) => {
  const db = getDb();
  const [article] = db
    .select({ ...articleFields, body: articles.body })
    .from(articles)
    .where(eq(articles.slug, slug))
    .all();
  if (!article) return null;
  const [follows] = article.followsSourceId
    ? db.select().from(sources).where(eq(sources.id, article.followsSourceId)).all()
    : [];
  const [source] = db.select().from(sources).where(eq(sources.id, article.sourceId)).all();
  const references = db
    .select()
    .from(articleReferences)
    .where(eq(articleReferences.articleSlug, slug))
    .orderBy(asc(articleReferences.id))
    .all();
  const ids = references.map((r) => r.id);

  const figureRows = ids.length
    ? db
        .select({
          referenceId: articleReferenceHeadcounts.referenceId,
          id: headcounts.id,
          observedOn: headcounts.observedOn,
          datePrecision: headcounts.datePrecision,
          sending: headcounts.sendingCountry,
          host: headcounts.hostCountry,
          count: headcounts.count,
          bound: headcounts.bound,
          isEstimate: headcounts.isEstimate,
          scope: headcounts.scope,
          source: {
            id: sources.id,
            title: sources.title,
            publisher: sources.publisher,
            url: sources.url,
          },
        })
        .from(articleReferenceHeadcounts)
        .innerJoin(headcounts, eq(headcounts.id, articleReferenceHeadcounts.headcountId))
        .innerJoin(sources, eq(sources.id, headcounts.sourceId))
        .where(inArray(articleReferenceHeadcounts.referenceId, ids))
        .orderBy(asc(headcounts.observedOn), asc(headcounts.id))
        .all()
    : [];
  const eventRows = ids.length
    ? db
        .select({ referenceId: articleReferenceEvents.referenceId, ...eventSummaryFields })
        .from(articleReferenceEvents)
        .innerJoin(events, eq(events.id, articleReferenceEvents.eventId))
        .where(inArray(articleReferenceEvents.referenceId, ids))
        .orderBy(asc(events.occurredOn))
        .all()
    : [];

  const figuresOf = byReference<ReferencedFigure>(figureRows);
  const eventsOf = byReference<ReferencedEvent>(eventRows.map(partyLabeller()));
  const views: ArticleReferenceView[] = references.map((reference) => {
    const aggregate = reference.aggregate ? parseAggregate(reference.aggregate) : null;
    return {
      id: reference.id,
      quote: reference.quote,
      note: reference.note,
      scope: reference.scope,
      claim:
        reference.value !== null && reference.bound
          ? { value: reference.value, bound: reference.bound }
          : null,
      figures: figuresOf.get(reference.id) ?? [],
      events: eventsOf.get(reference.id) ?? [],
      aggregate: aggregate
        ? { label: describeAggregate(aggregate), ...computeAggregate(aggregate) }
        : null,
    };
  });
  return {
    ...article,
    publisher: source?.publisher ?? null,
    follows: follows ?? null,
    references: views,
    period: periodOf(views, article.publishedOn),
  };
});

function byReference<T>(rows: (T & { referenceId: string })[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const { referenceId, ...row } of rows) {
    grouped.set(referenceId, [...(grouped.get(referenceId) ?? []), row as T]);
  }
  return grouped;
}

export type ArticleDetail = NonNullable<ReturnType<typeof getArticle>>;

/** The years the article's figures and events span, up to its own date: what its chart shows. */
function periodOf(
  references: ArticleReferenceView[],
  publishedOn: string,
): { from: number; to: number } {
  const years = references.flatMap((r) => [
    ...r.figures.map((f) => Number(f.observedOn.slice(0, 4))),
    ...r.events.map((e) => Number(e.occurredOn.slice(0, 4))),
  ]);
  const to = Number(publishedOn.slice(0, 4));
  return { from: years.length ? Math.min(...years) : to - 10, to };
}
