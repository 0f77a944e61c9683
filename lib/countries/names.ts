/**
 * A country's names, and the names it had before it was renamed: RU stands for the Soviet
 * Union before 1992, so a figure or an event before then is labelled "Soviet", "the Soviet
 * Union", "USSR" — never "Russian".
 */
export type CountryNames = {
  code: string;
  name: string;
  adjective: string;
  shortName: string;
  formerName: string | null;
  formerAdjective: string | null;
  formerShortName: string | null;
  formerAbbreviation: string | null;
  /** The first year under the current name; null if it was never renamed. */
  renamedIn: number | null;
};

export type NamesAt = { name: string; adjective: string; shortName: string; abbreviation: string };

function isFormer(country: CountryNames, year: number): boolean {
  return country.renamedIn !== null && year < country.renamedIn;
}

/** The names that were right in `year`. */
export function namesAt(country: CountryNames, year: number): NamesAt {
  if (isFormer(country, year)) {
    return {
      name: country.formerName!,
      adjective: country.formerAdjective!,
      shortName: country.formerShortName!,
      abbreviation: country.formerAbbreviation!,
    };
  }
  return {
    name: country.name,
    adjective: country.adjective,
    shortName: country.shortName,
    abbreviation: country.code,
  };
}

/** "Soviet staff in the US" for 1985, "Russian staff in the US" for 2021. */
export function directionLabel(sending: CountryNames, host: CountryNames, year: number): string {
  return `${namesAt(sending, year).adjective} staff in ${namesAt(host, year).shortName}`;
}

/**
 * A direction named as the countries were on `date` (an ISO date): "Soviet staff in the US"
 * for 1983-10-01. Falls back to `label` when a country is unknown.
 */
export function directionLabelOn(
  countries: Map<string, CountryNames>,
  direction: { sending: string; host: string; label: string },
  date: string,
): string {
  const sending = countries.get(direction.sending);
  const host = countries.get(direction.host);
  return sending && host
    ? directionLabel(sending, host, Number(date.slice(0, 4)))
    : direction.label;
}

/**
 * The label of a direction over a span of years: where a country was renamed inside the
 * span, both names ("Soviet, then Russian staff in the US"; "US staff in the Soviet Union,
 * then Russia").
 */
export function directionLabelOver(
  sending: CountryNames,
  host: CountryNames,
  [from, to]: [number, number],
): string {
  const adjectives = unique([namesAt(sending, from).adjective, namesAt(sending, to).adjective]);
  const hosts = unique([namesAt(host, from).shortName, namesAt(host, to).shortName]);
  return `${adjectives.join(', then ')} staff in ${hosts.join(', then ')}`;
}

/** The years at which any country changed its name, ascending: where totals are split. */
export function renamingYears(countries: CountryNames[]): number[] {
  return unique(
    countries.map((c) => c.renamedIn).filter((year): year is number => year !== null),
  ).sort((a, b) => a - b);
}

export function indexCountries(countries: CountryNames[]): Map<string, CountryNames> {
  return new Map(countries.map((country) => [country.code, country]));
}

/** A country's names in `year`, or its code alone when the country is unknown. */
export function namesOf(countries: Map<string, CountryNames>, code: string, year: number): NamesAt {
  const country = countries.get(code);
  return country
    ? namesAt(country, year)
    : { name: code, adjective: code, shortName: code, abbreviation: code };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * "Soviet diplomats expelled by the US" for 1986, "US diplomats expelled by Russia" for
 * 2018: with two countries the diplomats are the other one's, named for the year.
 */
export function expelledLabel(countries: CountryNames[], actor: string, year: number): string {
  const whose = expelledAdjective(countries, actor, year);
  const actorName = namesOf(indexCountries(countries), actor, year).shortName;
  return `${whose ? `${whose} diplomats` : 'Diplomats'} expelled by ${actorName}`;
}

/** Whose diplomats an actor expelled: the other country's adjective, if there is one other. */
export function expelledAdjective(countries: CountryNames[], actor: string, year: number): string {
  const others = countries.filter((c) => c.code !== actor);
  return others.length === 1 ? namesAt(others[0]!, year).adjective : '';
}

/** A year inside each era: before the first renaming, then from each renaming on. */
export function yearOfEra(countries: CountryNames[], era: number, fallback: number): number {
  const splits = renamingYears(countries);
  if (!splits.length) return fallback;
  return era === 0 ? splits[0]! - 1 : splits[era - 1]!;
}

/** A country across the record: "Russia (Soviet Union before 1992)". */
export function nameOverTime(country: CountryNames): string {
  return country.renamedIn === null
    ? country.name
    : `${country.name} (${country.formerName} before ${country.renamedIn})`;
}

/** Sums of diplomats expelled per acting country and era, each named for its era. */
export function labelExpelledBy(
  rows: { actor: string; era: number; year: number; expelled: number }[],
  countries: CountryNames[],
): { actor: string; era: number; label: string; expelled: number }[] {
  return rows.map(({ actor, era, year, expelled }) => ({
    actor,
    era,
    label: expelledLabel(countries, actor, yearOfEra(countries, era, year)),
    expelled,
  }));
}
