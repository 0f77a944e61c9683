import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededAppDatabaseForFile } from '../testing';
import { getArticle, listArticles, listArticlesMentioning } from './articles';

const app = seededAppDatabaseForFile();
const slugOf = () => app.db.get<{ slug: string }>(sql`SELECT slug FROM articles`)!.slug;

describe('getArticle', () => {
  it('has no article for an unknown slug', () => {
    expect(getArticle('no-such-article')).toBeNull();
  });

  it('names the publisher of the source the article is', () => {
    const { publisher } = app.db.get<{ publisher: string }>(
      sql`SELECT s.publisher FROM articles a JOIN sources s ON s.id = a.source_id`,
    )!;
    expect(getArticle(slugOf())!.publisher).toBe(publisher);
  });

  it('ties each passage to the figures and events the data links it to, as SQL joins them', () => {
    const article = getArticle(slugOf())!;
    const linked = (table: string, column: string) =>
      app.db.all<{ ref: string; id: string }>(
        sql.raw(`SELECT reference_id AS ref, ${column} AS id FROM ${table}
                 ORDER BY reference_id, ${column}`),
      );
    const shown = (pick: (r: (typeof article.references)[number]) => { id: string }[]) =>
      article.references
        .flatMap((r) => pick(r).map((x) => ({ ref: r.id, id: x.id })))
        .sort((a, b) => a.ref.localeCompare(b.ref) || a.id.localeCompare(b.id));
    expect(shown((r) => r.figures)).toEqual(linked('article_reference_headcounts', 'headcount_id'));
    expect(shown((r) => r.events)).toEqual(linked('article_reference_events', 'event_id'));
    const refs = app.db.all<{
      id: string;
      quote: string;
      value: number | null;
      bound: string | null;
    }>(
      sql`SELECT id, quote, value, bound FROM article_references WHERE article_slug = ${article.slug}
          ORDER BY id`,
    );
    expect(
      article.references.map((r) => ({
        id: r.id,
        quote: r.quote,
        value: r.claim?.value ?? null,
        bound: r.claim?.bound ?? null,
      })),
    ).toEqual(refs);
  });

  it('gives each figure its source, each event its countries named as they were', () => {
    const article = getArticle(slugOf())!;
    for (const figure of article.references.flatMap((r) => r.figures)) {
      const row = app.db.get<{ count: number; title: string }>(
        sql`SELECT h.count, s.title FROM headcounts h JOIN sources s ON s.id = h.source_id
            WHERE h.id = ${figure.id}`,
      );
      expect({ count: figure.count, title: figure.source.title }).toEqual(row);
    }
    const events = article.references.flatMap((r) => r.events);
    expect(events.length).toBeGreaterThan(0);
    // Each party as it was called then: the Soviet Union's abbreviation before 1992.
    const labelled = app.db.all<{ id: string; actor: string; target: string }>(
      sql.raw(`SELECT e.id,
                 CASE WHEN substr(e.occurred_on, 1, 4) < a.renamed_in THEN a.former_abbreviation ELSE a.code END AS actor,
                 CASE WHEN substr(e.occurred_on, 1, 4) < t.renamed_in THEN t.former_abbreviation ELSE t.code END AS target
               FROM events e JOIN countries a ON a.code = e.actor_country
               JOIN countries t ON t.code = e.target_country`),
    );
    const expected = new Map(labelled.map((e) => [e.id, { actor: e.actor, target: e.target }]));
    for (const event of events)
      expect({ actor: event.actorLabel, target: event.targetLabel }).toEqual(
        expected.get(event.id),
      );
    for (const r of article.references) {
      const own = r.events.map((e) => e.occurredOn);
      expect(own).toEqual([...own].sort());
    }
  });

  it('sums an aggregate in SQL: diplomats expelled by a country since a year', () => {
    const article = getArticle(slugOf())!;
    const withSum = article.references.filter((r) => r.aggregate);
    expect(withSum.length).toBeGreaterThan(0);
    for (const r of withSum) {
      const raw = app.db.get<{ aggregate: string }>(
        sql`SELECT aggregate FROM article_references WHERE id = ${r.id}`,
      )!.aggregate;
      const [, country, since] = raw.match(/^expelled_by:([A-Z]{2})(?::since=(\d{4}))?$/)!;
      const where = sql`kind = 'expulsion' AND actor_country = ${country}
        AND occurred_on >= ${since ? `${since}-01-01` : '0000'}`;
      const expected = app.db.get<{ n: number }>(
        sql`SELECT coalesce(sum(people_affected), 0) AS n FROM events WHERE ${where}`,
      )!.n;
      const ids = app.db
        .all<{ id: string }>(sql`SELECT id FROM events WHERE ${where} ORDER BY occurred_on, id`)
        .map((e) => e.id);
      expect(r.aggregate!.value).toBe(expected);
      expect(r.aggregate!.events.map((e) => e.id).sort()).toEqual([...ids].sort());
      if (since) expect(r.aggregate!.label).toContain(`from ${since}`);
      else expect(r.aggregate!.label).not.toMatch(/ from \d{4}/);
    }
  });

  it('spans the years of its figures and events, up to its own date', () => {
    const article = getArticle(slugOf())!;
    const years = article.references.flatMap((r) => [
      ...r.figures.map((f) => Number(f.observedOn.slice(0, 4))),
      ...r.events.map((e) => Number(e.occurredOn.slice(0, 4))),
    ]);
    expect(article.period).toEqual({
      from: Math.min(...years),
      to: Number(article.publishedOn.slice(0, 4)),
    });
  });

  it('names the article it follows, when it follows one', () => {
    const article = getArticle(slugOf())!;
    const follows = app.db.get<{ title: string }>(
      sql`SELECT s.title FROM articles a JOIN sources s ON s.id = a.follows_source_id
          WHERE a.slug = ${article.slug}`,
    );
    expect(article.follows?.title ?? null).toBe(follows?.title ?? null);
  });
});

describe('listing articles', () => {
  it('lists every article, newest first', () => {
    const expected = app.db.all<{ slug: string }>(
      sql`SELECT slug FROM articles ORDER BY published_on DESC, title`,
    );
    expect(listArticles().map((a) => ({ slug: a.slug }))).toEqual(expected);
  });

  it('finds the articles that mention an event, and none for an event never mentioned', () => {
    const { id } = app.db.get<{ id: string }>(
      sql`SELECT event_id AS id FROM article_reference_events LIMIT 1`,
    )!;
    expect(listArticlesMentioning(id).map((a) => a.slug)).toEqual([slugOf()]);
    const unmentioned = app.db.get<{ id: string }>(
      sql`SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM article_reference_events)`,
    )!.id;
    expect(listArticlesMentioning(unmentioned)).toEqual([]);
  });
});
