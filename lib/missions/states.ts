import type { FacilityKind, FacilityRole } from '@/lib/dataset/vocabulary';

/** Where a facility stood on a day. */
export const facilityStates = ['open', 'suspended', 'closed', 'not_open'] as const;
export type FacilityState = (typeof facilityStates)[number];

export const facilityStateLabels: Record<FacilityState, string> = {
  open: 'open',
  suspended: 'suspended',
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
