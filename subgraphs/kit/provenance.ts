import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { DatasetDescription } from './catalog/dataset-description';

/** Request header that requests provenance in `extensions.provenance`. */
export const PROVENANCE_HEADER = 'x-provenance';

/** One dataset a subgraph serves, as reported in provenance. */
export interface ProvenanceDataset {
  id: string;
  title: string;
  publisher: string;
  licence: { id: string; title: string; url: string };
  /** The source's own last-modified date. */
  modified: string;
  /** When this subgraph last loaded the rows; null when it never did. */
  loadedAt: string | null;
}

/** A subgraph that resolved part of a response, and the datasets behind its data. */
export interface ProvenanceEntry {
  subgraph: string;
  datasets: ProvenanceDataset[];
}

/**
 * Adds `extensions.provenance` to responses of requests that send
 * `x-provenance: 1`: this subgraph and every dataset it serves, with licence,
 * source date and load time. It lists the subgraph's datasets, not only the
 * rows a query touched. Load times are re-read at most every 30 seconds.
 */
export function provenancePlugin<T extends object>(
  subgraph: string,
  datasets: readonly DatasetDescription[],
  dataSource: DataSource,
): ApolloServerPlugin<T> {
  let cached: { entry: ProvenanceEntry; expires: number } | undefined;
  const current = async (): Promise<ProvenanceEntry> => {
    if (cached && cached.expires > Date.now()) return cached.entry;
    const rows = (await dataSource.query(
      'SELECT dataset_id, loaded_at FROM dataset_load',
    )) as {
      dataset_id: string;
      loaded_at: Date;
    }[];
    const loaded = new Map(
      rows.map((r) => [r.dataset_id, new Date(r.loaded_at).toISOString()]),
    );
    const entry: ProvenanceEntry = {
      subgraph,
      datasets: datasets.map((d) => ({
        id: d.id,
        title: d.title.en,
        publisher: d.ministryId,
        licence: d.licence,
        modified: d.modified,
        loadedAt: loaded.get(d.id) ?? null,
      })),
    };
    cached = { entry, expires: Date.now() + 30_000 };
    return entry;
  };
  return {
    async requestDidStart({ request }) {
      if (!request.http?.headers.get(PROVENANCE_HEADER)) return {};
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            provenance: [await current()],
          };
        },
      };
    },
  };
}
