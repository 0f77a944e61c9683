'use client';

import { nameOverTime, type CountryNames } from '@/lib/countries/names';
import { useEffect, useId, useState } from 'react';
import { eventKinds } from '@/lib/dataset/vocabulary';
import { noFilters, withRange, withYear, type EventFilters } from '@/lib/events/address';
import type { EventYear } from '@/lib/events/types';
import { eventKindLabels } from '@/lib/format';

export type PostOption = { id: string; name: string };

type Props = {
  filters: EventFilters;
  years: EventYear[];
  countries: CountryNames[];
  posts: PostOption[];
  onChange: (next: EventFilters, options?: { replace?: boolean }) => void;
};

const numberOrNull = (value: string) => (value ? Number(value) : null);

/** Year, year range, acting country, post, kinds and free text. */
export function EventFilterControls({ filters, years, countries, posts, onChange }: Props) {
  const id = useId();
  // A year from the address stays selectable even when it has no events.
  const yearsWithEvents = [
    ...new Set([...years.map((y) => y.year), ...(filters.year === null ? [] : [filters.year])]),
  ].sort((a, b) => a - b);
  const [text, setText] = useState(filters.q ?? '');
  const [addressText, setAddressText] = useState(filters.q);
  // Follow the address when it changes under us (Back, Forward, Clear all).
  if (filters.q !== addressText) {
    setAddressText(filters.q);
    if ((filters.q ?? '') !== text.trim()) setText(filters.q ?? '');
  }

  // Typing settles for 300 ms before it filters, and replaces the history entry, so that
  // Back does not step through every keystroke.
  useEffect(() => {
    if ((filters.q ?? '') === text.trim()) return;
    const timer = setTimeout(
      () => onChange({ ...filters, q: text.trim() || null }, { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const toggleKind = (kind: (typeof eventKinds)[number], on: boolean) =>
    onChange({
      ...filters,
      kinds: on ? [...filters.kinds, kind].sort() : filters.kinds.filter((k) => k !== kind),
    });

  return (
    <form
      className="event-filters"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => e.preventDefault()}
    >
      <span className="field">
        <label htmlFor={`${id}-year`}>Year</label>
        <select
          id={`${id}-year`}
          name="year"
          value={filters.year ?? ''}
          onChange={(e) => onChange(withYear(filters, numberOrNull(e.target.value)))}
        >
          <option value="">All years</option>
          {yearsWithEvents.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
      <fieldset className="inline-fieldset">
        <legend>Or from–to</legend>
        <label>
          <span className="visually-hidden">From</span>
          <select
            aria-label="From year"
            name="from"
            value={filters.from ?? ''}
            onChange={(e) => onChange(withRange(filters, { from: numberOrNull(e.target.value) }))}
          >
            <option value="">first</option>
            {yearsWithEvents.map((y) => (
              <option key={y} value={y} disabled={filters.to !== null && y > filters.to}>
                {y}
              </option>
            ))}
          </select>
        </label>
        –
        <label>
          <span className="visually-hidden">To</span>
          <select
            aria-label="To year"
            name="to"
            value={filters.to ?? ''}
            onChange={(e) => onChange(withRange(filters, { to: numberOrNull(e.target.value) }))}
          >
            <option value="">last</option>
            {yearsWithEvents.map((y) => (
              <option key={y} value={y} disabled={filters.from !== null && y < filters.from}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <span className="field">
        <label htmlFor={`${id}-actor`}>Acting country</label>
        <select
          id={`${id}-actor`}
          name="actor"
          value={filters.actor ?? ''}
          onChange={(e) => onChange({ ...filters, actor: e.target.value || null })}
        >
          <option value="">Any</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {nameOverTime(c)}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${id}-post`}>Post</label>
        <select
          id={`${id}-post`}
          name="post"
          value={filters.post ?? ''}
          onChange={(e) => onChange({ ...filters, post: e.target.value || null })}
        >
          <option value="">Any</option>
          {/* A post from the address stays selectable even when the record has no such post. */}
          {filters.post && !posts.some((p) => p.id === filters.post) && (
            <option value={filters.post}>{filters.post}</option>
          )}
          {posts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${id}-words`}>Words</label>
        <input
          id={`${id}-words`}
          name="q"
          type="search"
          value={text}
          maxLength={200}
          placeholder="e.g. Skripal, consulate"
          onChange={(e) => setText(e.target.value)}
        />
      </span>
      <fieldset className="kind-filter">
        <legend>Kind</legend>
        {eventKinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              name="kind"
              value={kind}
              checked={filters.kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.target.checked)}
            />{' '}
            {eventKindLabels[kind]}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange(noFilters)}>
        Clear all filters
      </button>
    </form>
  );
}
