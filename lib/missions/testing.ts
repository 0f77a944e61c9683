// Helpers for the missions tests, not shipped: reading SVG path data back into points.

export type Point = [number, number];

/** The rings and lines of SVG path data, as absolute points (M, L, m, l, h, v and z only). */
export function subpaths(d: string): Point[][] {
  const tokens = d.match(/[MLmlhvZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const result: Point[][] = [];
  let command = '';
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  let i = 0;
  const next = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      i++;
      if (command === 'z' || command === 'Z') {
        at = start;
        continue;
      }
    }
    if (command === 'M' || command === 'm') {
      at = command === 'M' ? [next(), next()] : [at[0] + next(), at[1] + next()];
      start = at;
      result.push([at]);
      command = command === 'M' ? 'L' : 'l';
      continue;
    }
    if (command === 'L') at = [next(), next()];
    else if (command === 'l') at = [at[0] + next(), at[1] + next()];
    else if (command === 'h') at = [at[0] + next(), at[1]];
    else if (command === 'v') at = [at[0], at[1] + next()];
    else throw new Error(`unexpected path command ${command}`);
    result.at(-1)!.push(at);
  }
  return result;
}
