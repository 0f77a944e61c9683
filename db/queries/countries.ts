import 'server-only';
import { asc } from 'drizzle-orm';
import { cache } from 'react';
import type { CountryNames } from '@/lib/countries/names';
import { getDb } from '../client';
import { countries } from '../schema';

/** Every country with its names, former names included; memoised per request. */
export const listCountries = cache(
  (): CountryNames[] => getDb().select().from(countries).orderBy(asc(countries.code)).all(),
);
