import type { Metadata } from 'next';
import Link from 'next/link';
import { FacilityMap } from '@/components/missions/FacilityMap';
import { FacilityTable } from '@/components/missions/FacilityTable';
import { FacilityTimeline } from '@/components/missions/FacilityTimeline';
import { AddressProblems } from '@/components/AddressProblems';
import { MapLegend } from '@/components/missions/MapLegend';
import { PostCounts } from '@/components/missions/PostCounts';
import { listCountries } from '@/db/queries/countries';
import {
  countFacilitiesOn,
  listFacilitiesOn,
  listFacilityEvents,
  type FacilityOnDay,
} from '@/db/queries/facilities';
import { indexCountries, namesOf } from '@/lib/countries/names';
import type { MissionsView as View } from '@/lib/missions/address';
import type { MissionsProblem } from '@/lib/missions/address-schema';
import { hostMap, type Host } from '@/lib/missions/outlines';
import { DayForm } from './DayForm';

const mapHosts: readonly string[] = ['RU', 'US'] satisfies Host[];

/** The title and description of every missions view; each page adds its canonical address. */
export const missionsMetadata: Metadata = {
  title: 'Missions and facilities',
  description:
    'Every US post in Russia and Russian post in the US: when it opened, what closed it, on a map and a timeline.',
};

/** The sides in the record, each the facilities one country runs in another. */
function sidesOf(facilities: FacilityOnDay[]) {
  const sides = new Map<string, FacilityOnDay[]>();
  for (const f of facilities) {
    const key = `${f.operatedBy} ${f.hostCountry}`;
    sides.set(key, [...(sides.get(key) ?? []), f]);
  }
  return [...sides.values()].map((list) => ({
    operatedBy: list[0]!.operatedBy,
    hostCountry: list[0]!.hostCountry,
    facilities: list,
  }));
}

/** The missions page for one view on `today`: every number read from the database here. */
export function MissionsView({
  view,
  problems,
  today,
}: {
  view: View;
  problems: MissionsProblem[];
  today: string;
}) {
  const day = view.on ?? today;
  const year = Number(day.slice(0, 4));
  const countries = indexCountries(listCountries());
  const names = (code: string) => namesOf(countries, code, year);
  const facilities = listFacilitiesOn(day);
  const sides = sidesOf(facilities);
  const events = listFacilityEvents();
  const sideTitle = (operatedBy: string, host: string) =>
    `${names(operatedBy).adjective} posts and properties in ${names(host).shortName}`;

  return (
    <main className="missions">
      <h1>Missions and facilities</h1>
      <p className="lede">
        Where each side&rsquo;s diplomats worked: every embassy, consulate, mission and property in
        the record, when it opened, and the measure that closed it. Dates and sources are on each
        post&rsquo;s page.
      </p>
      <AddressProblems
        problems={problems.map((p) => `${p.parameter}: ${p.message}`)}
        outcome="the default is shown instead"
      />
      <DayForm view={view} day={day} today={today} />
      <PostCounts day={day} counts={countFacilitiesOn(day)} namesOf={names} />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        <MapLegend />
        <div className="two-up">
          {sides
            .filter((side) => mapHosts.includes(side.hostCountry))
            .map((side) => (
              <FacilityMap
                key={side.operatedBy}
                map={hostMap(side.hostCountry as Host)}
                side={side.operatedBy}
                title={sideTitle(side.operatedBy, side.hostCountry)}
                facilities={side.facilities}
              />
            ))}
        </div>
        <p className="source">
          Posts not yet open on the day are left off; a closed post stays as a hollow mark; a dashed
          one was in use at some time before it closed, but no source says since when, so it is not
          counted. Outlines: Natural Earth and the US Census Bureau, via world-atlas and us-atlas;
          Crimea is drawn with Ukraine.
        </p>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="source">
          Bars: open (solid) and suspended (striped); ticks: the events that opened, suspended,
          closed or touched a post; the vertical line: the day above.
        </p>
        <FacilityTimeline
          day={day}
          endYear={Number(today.slice(0, 4)) + 1}
          groups={sides.map((side) => ({
            title: sideTitle(side.operatedBy, side.hostCountry),
            rows: side.facilities.map((facility) => ({
              facility,
              events: events.filter((e) => e.facilityId === facility.id),
            })),
          }))}
        />
      </section>

      <section aria-labelledby="table-heading" id="table">
        <h2 id="table-heading">As a table</h2>
        <FacilityTable
          facilities={facilities}
          view={view}
          caption={`Every post and property in the record, as it stood on the day shown`}
          sideLabel={(code) => names(code).abbreviation}
        />
        <p className="source">
          <Link href="/api/facilities?format=csv" prefetch={false}>
            Download as CSV
          </Link>{' '}
          · the same as JSON: <code>/api/facilities?on={day}</code>
        </p>
      </section>
    </main>
  );
}
