import { firstRequestMs } from './scale';
import type { BenchServer } from './server';

export type PreviewTiming = { path: string; coldMs: number; warmMs: number; bytes: number };

/**
 * How long a preview image takes: cold, drawn right after a write (median of 5), and warm,
 * served from the revision cache (median of 20 requests one at a time). Target: warm ≤ 150 ms.
 */
export async function measurePreviews(
  server: BenchServer,
  databasePath: string,
  paths: string[],
): Promise<PreviewTiming[]> {
  const timings: PreviewTiming[] = [];
  for (const path of paths) {
    const coldMs = await firstRequestMs(server, databasePath, path);
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 20; run++) {
      const started = performance.now();
      bytes = (await (await fetch(new URL(path, server.baseUrl))).arrayBuffer()).byteLength;
      times.push(performance.now() - started);
    }
    timings.push({ path, coldMs, warmMs: times.sort((a, b) => a - b)[10]!, bytes });
  }
  return timings;
}
