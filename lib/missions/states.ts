import type { FacilityKind, FacilityRole } from '@/lib/dataset/vocabulary';

/**
 * Where a facility stood on a day. `undated`: in use at some time before it closed, but no
 * source says since when, so the day may be before it opened: drawn apart, never counted.
 */
export const facilityStates = ['open', 'suspended', 'undated', 'closed', 'not_open'] as const;
export type FacilityState = (typeof facilityStates)[number];

export const facilityStateLabels: Record<FacilityState, string> = {
  open: 'open',
  suspended: 'suspended',
  undated: 'opening not recorded',
  closed: 'closed',
  not_open: 'not yet open',
};

export const facilityKindLabels: Record<FacilityKind, string> = {
  embassy: 'Embassy',
  consulate_general: 'Consulate general',
  consulate: 'Consulate',
  un_mission: 'UN mission',
  trade_mission: 'Trade mission',
  compound: 'Compound or residence',
  cultural_centre: 'Cultural centre',
  honorary_consulate: 'Honorary consulate',
  other: 'Other property',
};

export const facilityRoleLabels: Record<FacilityRole, string> = {
  opened: 'opened it',
  suspended: 'suspended it',
  closed: 'closed it',
  reopened: 'reopened it',
  affected: 'applied to it',
};
