import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { postKinds } from '@/lib/dataset/vocabulary';
import { periodsOf, stateOnDay } from '@/lib/missions/periods';
import { seededAppDatabaseForFile } from '../testing';
import {
  countFacilitiesOn,
  getFacility,
  listFacilitiesOfEvent,
  listFacilitiesOn,
  listFacilityEvents,
} from './facilities';

const app = seededAppDatabaseForFile();

/** The first of every month from 1930 to 2026, and the days either side of each recorded date. */
function daysToCheck(): string[] {
  const days = new Set<string>();
  for (let year = 1930; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) {
      days.add(`${year}-${String(month).padStart(2, '0')}-01`);
    }
  }
  const dates = app.db.all<{ day: string }>(
    sql`SELECT opened_on AS day FROM facilities WHERE opened_on IS NOT NULL
        UNION SELECT closed_on FROM facilities WHERE closed_on IS NOT NULL
        UNION SELECT occurred_on FROM events WHERE id IN (SELECT event_id FROM event_facilities)`,
  );
  for (const { day } of dates) {
    const instant = Date.parse(`${day}T00:00:00Z`);
    for (const offset of [-1, 0, 1]) {
      days.add(new Date(instant + offset * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return [...days];
}

describe('facilities on a day', () => {
  it('gives each facility the state its timeline periods give, on every day checked', () => {
    const links = listFacilityEvents();
    const mismatches: string[] = [];
    for (const day of daysToCheck()) {
      for (const facility of listFacilitiesOn(day)) {
        const own = links.filter((l) => l.facilityId === facility.id);
        const expected = stateOnDay(facility, periodsOf(facility, own), day);
        if (facility.state !== expected) {
          mismatches.push(`${day} ${facility.id}: SQL ${facility.state}, periods ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('counts each side’s posts and properties as the listed states add up', () => {
    for (const day of ['1986-12-01', '2016-12-01', '2018-04-30', '2025-01-01']) {
      const listed = listFacilitiesOn(day);
      const expected = [...new Set(listed.map((f) => `${f.operatedBy} ${f.hostCountry}`))]
        .sort()
        .map((side) => {
          const own = listed.filter((f) => `${f.operatedBy} ${f.hostCountry}` === side);
          const isPost = (f: (typeof own)[number]) =>
            (postKinds as readonly string[]).includes(f.kind);
          const [operatedBy, hostCountry] = side.split(' ');
          return {
            operatedBy,
            hostCountry,
            postsOpen: own.filter((f) => isPost(f) && f.state === 'open').length,
            postsSuspended: own.filter((f) => isPost(f) && f.state === 'suspended').length,
            propertiesInUse: own.filter((f) => !isPost(f) && f.state === 'open').length,
          };
        });
      expect(countFacilitiesOn(day)).toEqual(expected);
    }
  });

  it('has the record’s known steps: four US posts in Russia before Leningrad closed, one after 2021', () => {
    const us = (day: string) => countFacilitiesOn(day).find((c) => c.operatedBy === 'US')!;
    expect(us('2016-12-01')).toMatchObject({ postsOpen: 4, postsSuspended: 0 });
    expect(us('2018-04-01')).toMatchObject({ postsOpen: 3, postsSuspended: 0 });
    expect(us('2025-01-01')).toMatchObject({ postsOpen: 1, postsSuspended: 2 });
  });
});

describe('one facility', () => {
  it('holds its dates with their sources, its events and the figures for it alone', () => {
    const post = getFacility('us-consulate-leningrad')!;
    expect(post.closedOn).toBe('2018-03-31');
    expect(post.closedSource?.id).toBe(post.closedSourceId);
    expect(post.events.map((e) => `${e.eventId} ${e.role}`)).toContain(
      '2018-03-29-ru-closes-st-petersburg-consulate closed',
    );
    const figures = app.db.all<{ id: string }>(
      sql`SELECT id FROM headcounts WHERE facility_id = 'us-consulate-leningrad' ORDER BY observed_on, id`,
    );
    expect(post.figures.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    expect(figures.length).toBeGreaterThan(0);
    expect(getFacility('no-such-post')).toBeNull();
  });

  it('is listed on the pages of the events that touched it, with the role', () => {
    expect(listFacilitiesOfEvent('2016-12-29-us-closes-two-compounds')).toEqual([
      { id: 'ru-compound-norwich-house', name: 'Norwich House (Elmcroft Estate)', role: 'closed' },
      { id: 'ru-compound-pioneer-point', name: 'Pioneer Point compound', role: 'closed' },
    ]);
  });
});
