import autocannon from 'autocannon';

export type Throughput = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** A URL to load with its request headers, and the name it goes by in the results. */
export type Target = { label: string; url: string; headers?: Record<string, string> };

/**
 * Requests per second and latency under 20 concurrent connections, as autocannon measures,
 * from `workers` client threads (0: autocannon's main thread alone).
 */
export async function measureThroughput(
  target: Target,
  seconds = 10,
  workers = 0,
): Promise<Throughput> {
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    connections: 20,
    duration: seconds,
    ...(workers ? { workers } : {}),
  });
  return {
    label: target.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Every target in turn, `rounds` times over, so that all of them see the same machine load
 * (this machine is shared and noisy), then the mean of each target's rounds.
 */
export async function compareThroughput(
  targets: Target[],
  { rounds = 2, seconds = 10, workers = 0 } = {},
): Promise<Throughput[]> {
  // Warm caches and code paths (compressed bodies too: the same headers as the run).
  for (const target of targets) await fetch(target.url, { headers: target.headers });
  const runs: Throughput[] = [];
  for (let round = 0; round < rounds; round++)
    for (const target of targets) runs.push(await measureThroughput(target, seconds, workers));
  return targets.map(({ label }) => meanOf(runs.filter((run) => run.label === label)));
}

function meanOf(runs: Throughput[]): Throughput {
  const mean = (pick: (run: Throughput) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    label: runs[0]!.label,
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}
