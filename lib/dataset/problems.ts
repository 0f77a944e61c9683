/** One thing wrong with an input file, located precisely enough for an editor to fix it. */
export type Problem = {
  file: string;
  line: number;
  column?: string;
  value?: string;
  message: string;
};

/** `data/events.csv:12:people_affected: "-5": expected a whole number ≥ 0` */
export function formatProblem({ file, line, column, value, message }: Problem): string {
  const place = column ? `${file}:${line}:${column}` : `${file}:${line}`;
  const shown = value === undefined ? '' : ` ${JSON.stringify(truncate(value))}:`;
  return `${place}:${shown} ${message}`;
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
