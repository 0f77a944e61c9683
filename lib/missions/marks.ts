import type { FacilityKind } from '@/lib/dataset/vocabulary';

/** A mark's shape says what a facility is; its fill says where it stood (see FacilityMap). */
export type MarkShape = 'square' | 'circle' | 'diamond' | 'triangle' | 'ring';

export const shapeOfKind: Record<FacilityKind, MarkShape> = {
  embassy: 'square',
  consulate_general: 'circle',
  consulate: 'circle',
  un_mission: 'diamond',
  trade_mission: 'triangle',
  compound: 'triangle',
  cultural_centre: 'triangle',
  other: 'triangle',
  honorary_consulate: 'ring',
};

/** Half the width of a mark, in map pixels: large enough to hit with a finger at 2× zoom. */
export const markRadius = 7;

/** The SVG path of a shape centred on (x, y). */
export function shapePath(shape: MarkShape, x: number, y: number, r: number = markRadius): string {
  const f = (n: number) => Number(n.toFixed(1));
  switch (shape) {
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y + r)}L${f(x - r * 1.2)} ${f(y + r)}Z`;
    case 'circle':
    case 'ring':
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  }
}

export type Placed<T> = T & { x: number; y: number; anchorX: number; anchorY: number };

/**
 * Marks closer than two radii (a city's embassy, residences and annexes) are spread on a
 * small circle around their group's centre, so that each stays visible and clickable;
 * `anchorX/Y` keep the true position for a leader line. Groups are formed greedily in the
 * given order, so the same facilities always land in the same places.
 */
export function spreadMarks<T>(marks: readonly (T & { x: number; y: number })[]): Placed<T>[] {
  const groups: (T & { x: number; y: number })[][] = [];
  for (const mark of marks) {
    const near = groups.find((group) =>
      group.some((other) => Math.hypot(other.x - mark.x, other.y - mark.y) < 2 * markRadius),
    );
    if (near) near.push(mark);
    else groups.push([mark]);
  }
  return groups.flatMap((group) => {
    if (group.length === 1) return group.map((m) => ({ ...m, anchorX: m.x, anchorY: m.y }));
    const cx = group.reduce((sum, m) => sum + m.x, 0) / group.length;
    const cy = group.reduce((sum, m) => sum + m.y, 0) / group.length;
    // Neighbours on the circle sit two radii apart (plus a gap), whatever the group's size.
    const radius = Math.max(2 * markRadius, (group.length * (2 * markRadius + 3)) / (2 * Math.PI));
    return group.map((m, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      return {
        ...m,
        x: Number((cx + radius * Math.cos(angle)).toFixed(1)),
        y: Number((cy + radius * Math.sin(angle)).toFixed(1)),
        anchorX: m.x,
        anchorY: m.y,
      };
    });
  });
}
