export const dayMs = 86_400_000;

/**
 * How long a figure is drawn without a newer one. A value holds until the next observation,
 * but a count from 1983 says nothing about 2025: past this, the line stops.
 */
export const maxHoldYears = 5;
export const maxHoldMs = Math.round(maxHoldYears * 365.25 * dayMs);
