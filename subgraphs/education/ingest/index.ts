import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createLocator } from '../../kit/geo/locate';
import { ingestDataset, type IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import {
  educationDatasets,
  OSM_DATASET,
  OVERTURE_DATASET,
  PLACEMENT_FILES,
} from '../datasets';
import { readOsmSchools } from '../source/osm-schools';
import { readOvertureEducation } from '../source/overture-education';
import { writeSchools, type SchoolDataset, type SchoolRecord } from './schools';

interface SchoolSource {
  dataset: SchoolDataset;
  read: (dataDir: string) => Promise<SchoolRecord[]>;
}

/** Reader and period of each dataset, by dataset id. */
const SOURCES: Record<string, SchoolSource> = {
  [OSM_DATASET]: {
    // The Overpass export timestamp: the map as it was on that day.
    dataset: {
      id: OSM_DATASET,
      temporalStart: '2019-05-24',
      temporalEnd: '2019-05-24',
    },
    read: readOsmSchools,
  },
  [OVERTURE_DATASET]: {
    // Overture gives the release month only.
    dataset: {
      id: OVERTURE_DATASET,
      temporalStart: '2025-06',
      temporalEnd: '2025-06',
    },
    read: readOvertureEducation,
  },
};

/**
 * Loads the education datasets from `input.dataDir`, each in its own
 * transaction, and stops at the first dataset whose file is invalid. Schools
 * are placed with the COD-AB files of the same folder, which are part of each
 * dataset's checksum.
 */
export async function ingestEducation(
  dataSource: DataSource,
  { dataDir }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const description of educationDatasets) {
    const source = SOURCES[description.id];
    const files = [...PLACEMENT_FILES, ...description.files].map((file) =>
      join(dataDir, file),
    );
    results.push(
      await ingestDataset(
        dataSource,
        description.id,
        files,
        logger,
        async (manager) =>
          writeSchools(
            manager,
            source.dataset,
            await source.read(dataDir),
            await createLocator(dataDir),
            logger,
          ),
      ),
    );
  }
  return results;
}
