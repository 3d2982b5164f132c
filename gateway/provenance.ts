import type { ApolloServerPlugin } from '@apollo/server';
import {
  PROVENANCE_HEADER,
  type ProvenanceEntry,
} from '../subgraphs/kit/provenance';

/** Provenance collected from the subgraph fetches of one request. */
export interface ProvenanceCollector {
  /** True when the client sent `x-provenance`. */
  requested: boolean;
  entries: Map<string, ProvenanceEntry>;
}

/** Creates the collector for one request from its headers. */
export function createProvenanceCollector(
  headers: Record<string, string>,
): ProvenanceCollector {
  return { requested: Boolean(headers[PROVENANCE_HEADER]), entries: new Map() };
}

/** Records the `extensions.provenance` a subgraph returned. */
export function recordProvenance(
  collector: ProvenanceCollector | undefined,
  extensions: unknown,
): void {
  const entries = (extensions as { provenance?: ProvenanceEntry[] } | undefined)
    ?.provenance;
  if (!collector?.requested || !Array.isArray(entries)) return;
  for (const entry of entries) collector.entries.set(entry.subgraph, entry);
}

/**
 * Adds `extensions.provenance` to the response when the client requested
 * it: one entry per subgraph that took part, with the datasets behind it.
 */
export function provenanceResponsePlugin<
  T extends { provenance?: ProvenanceCollector },
>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const collector = contextValue.provenance;
          if (!collector?.requested || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const provenance = [...collector.entries.values()].sort((a, b) =>
            a.subgraph.localeCompare(b.subgraph),
          );
          result.extensions = { ...result.extensions, provenance };
        },
      };
    },
  };
}
