import { execSync } from 'node:child_process';
import os from 'node:os';

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
export const whole = (n: number) => n.toFixed(0);

/** A Markdown table; columns after the first are right-aligned (they hold numbers). */
export function table(headings: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${headings.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(headings.length - 1)}`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** Which code and machine a run measured. */
export function runHeading(): string[] {
  const dirty = execSync('git status --porcelain --untracked-files=no').toString().trim()
    ? ' + uncommitted changes'
    : '';
  const commit = execSync('git rev-parse --short HEAD').toString().trim() + dirty;
  const cpus = os.cpus();
  return [
    `## ${new Date().toISOString()} — commit ${commit}`,
    '',
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  ];
}

/** "met" or "MISSED", for the target lines. */
export const verdict = (met: boolean) => (met ? 'met' : '**MISSED**');
