/**
 * The controlled vocabularies of the dataset. The database CHECK constraints, the import
 * validation and the codebook (data/README.md) all describe these same lists.
 */

export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const eventKinds = [
  'expulsion',
  'facility_closure',
  'staff_cap',
  'staff_reduction',
  'hiring_restriction',
  'visa_restriction',
  'talks',
  'reopening',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** What a headcount counts. Figures of different scopes are never mixed in one series. */
export const headcountScopes = [
  'diplomats',
  'nationals',
  'total_staff',
  'local_staff',
  'ceiling',
  'other',
] as const;
export type HeadcountScope = (typeof headcountScopes)[number];

/** Which of the sending country's posts in the host country a headcount covers. */
export const headcountCoverages = ['country', 'embassy', 'consulates', 'un_mission'] as const;
export type HeadcountCoverage = (typeof headcountCoverages)[number];

/** Whether the source gave the figure as exact, or as a lower ("over 1,000") or upper bound. */
export const headcountBounds = ['exact', 'over', 'under'] as const;
export type HeadcountBound = (typeof headcountBounds)[number];

/** How an article states a figure: exactly, about, or as a lower or upper bound. */
export const claimBounds = ['exact', 'about', 'over', 'under'] as const;
export type ClaimBound = (typeof claimBounds)[number];

/**
 * How well a row is supported. `corroborated`: two or more independent sources agree.
 * The others are shown to readers as "one source": `single_source` (one report),
 * `one_side_only` (only one government's statements, however many outlets carry them),
 * `article_only` (only the article the tracker accompanies).
 */
export const supportLevels = [
  'corroborated',
  'single_source',
  'one_side_only',
  'article_only',
] as const;
export type SupportLevel = (typeof supportLevels)[number];

/** What a diplomatic facility is. `compound` covers compounds and residences. */
export const facilityKinds = [
  'embassy',
  'consulate_general',
  'consulate',
  'un_mission',
  'trade_mission',
  'compound',
  'cultural_centre',
  'honorary_consulate',
  'other',
] as const;
export type FacilityKind = (typeof facilityKinds)[number];

/**
 * The kinds counted as posts ("US 4 posts in Russia"): missions staffed by diplomats.
 * Trade missions, compounds, cultural centres and honorary consulates are properties.
 */
export const postKinds = [
  'embassy',
  'consulate_general',
  'consulate',
  'un_mission',
] as const satisfies readonly FacilityKind[];

/** What an event did to a facility. `affected`: it applied to the post without opening or closing it. */
export const facilityRoles = ['opened', 'suspended', 'closed', 'reopened', 'affected'] as const;
export type FacilityRole = (typeof facilityRoles)[number];
