import type { EventKind } from '../dataset/vocabulary';

/** Kinds of measure one side takes against the other's missions: each may be answered. */
export const hostileKinds = [
  'expulsion',
  'facility_closure',
  'staff_cap',
  'staff_reduction',
  'hiring_restriction',
  'visa_restriction',
] as const satisfies readonly EventKind[];
