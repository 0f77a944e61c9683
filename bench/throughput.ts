import autocannon from 'autocannon';

export type Throughput = {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** Requests per second and latency under 20 concurrent connections, as autocannon measures. */
export async function measureThroughput(
  baseUrl: string,
  path: string,
  seconds = 10,
): Promise<Throughput> {
  const result = await autocannon({
    url: new URL(path, baseUrl).toString(),
    connections: 20,
    duration: seconds,
  });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
