import { z } from 'zod';
import { parsePartialDate, today } from '../dataset/dates';
import {
  defaultMissionsView,
  firstDay,
  missionSorts,
  sortDirections,
  type MissionsView,
} from './address';

// zod runs every check, even after the pattern fails: this one must not throw on any text.
const isRealDay = (text: string) => parsePartialDate(text)?.precision === 'day';

export const dayParameter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a day as YYYY-MM-DD, such as 2016-12-01' })
  .refine(isRealDay, { error: 'expected a real day, such as 2016-12-01' })
  .refine((day) => day >= firstDay, { error: `expected a day from ${firstDay} on` })
  .refine((day) => day <= today(), { error: 'expected a day no later than today' });

const missionsFields = {
  on: dayParameter.optional(),
  sort: z.enum(missionSorts, { error: `expected one of: ${missionSorts.join(', ')}` }).optional(),
  dir: z.enum(sortDirections, { error: 'expected asc or desc' }).optional(),
};

const missionsQuery = z.strictObject(missionsFields);

function toMissionsView(parsed: z.output<typeof missionsQuery>): MissionsView {
  return {
    on: parsed.on ?? null,
    sort: parsed.sort ?? defaultMissionsView.sort,
    dir: parsed.dir ?? defaultMissionsView.dir,
  };
}

export type MissionsProblem = { parameter: string; message: string };

/**
 * For the page: each bad parameter is reported and left out; the rest still apply.
 * Unknown parameters are ignored (a shared link may carry tracking parameters).
 */
export function checkMissionsAddress(params: Record<string, string | string[] | undefined>): {
  view: MissionsView;
  problems: MissionsProblem[];
} {
  const problems: MissionsProblem[] = [];
  const kept: Record<string, string> = {};
  for (const [name, field] of Object.entries(missionsFields)) {
    const raw = params[name];
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    const parsed = field.safeParse(value);
    if (parsed.success) kept[name] = value;
    else problems.push({ parameter: name, message: parsed.error.issues[0]!.message });
  }
  return { view: toMissionsView(missionsQuery.parse(kept)), problems };
}
