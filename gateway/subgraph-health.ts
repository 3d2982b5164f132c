/** State of one subgraph as the gateway's probe found it. */
export interface SubgraphHealth {
  name: string;
  url: string;
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

/**
 * Probes each subgraph's `/health` next to its GraphQL endpoint, in
 * parallel, each with `timeoutMs`. Never throws: a failure is a `down` entry.
 */
export async function probeSubgraphs(
  subgraphs: readonly { name: string; url: string }[],
  timeoutMs: number,
): Promise<SubgraphHealth[]> {
  return Promise.all(
    subgraphs.map(async ({ name, url }) => {
      const started = performance.now();
      const healthUrl = url.replace(/\/graphql\/?$/, '') + '/health';
      try {
        const response = await fetch(healthUrl, {
          signal: AbortSignal.timeout(timeoutMs),
        });
        const latencyMs = Math.round(performance.now() - started);
        if (response.ok) return { name, url, status: 'up' as const, latencyMs };
        return {
          name,
          url,
          status: 'down' as const,
          latencyMs,
          error: `HTTP ${response.status}`,
        };
      } catch (error) {
        return {
          name,
          url,
          status: 'down' as const,
          latencyMs: Math.round(performance.now() - started),
          error: (error as Error).message,
        };
      }
    }),
  );
}
