import type { EntityManager } from 'typeorm';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { WDI_DATASET_ID } from '../datasets';
import { readWdi, type WdiIndicator } from '../source/wdi';
import { replaceIndicators, type IndicatorRecord } from './store';

/**
 * Replaces the WDI series with those of the World Bank files in `dataDir`.
 * Raises SourceFileError, before anything is written, when a file has an
 * invalid value.
 */
export async function writeWdi(
  manager: EntityManager,
  dataDir: string,
): Promise<WriteSummary> {
  const dataset = await readWdi(dataDir);
  return replaceIndicators(
    manager,
    WDI_DATASET_ID,
    dataset.indicators.map(toRecord),
    {
      country: dataset.countryCode,
      lastUpdated: dataset.lastUpdated ?? null,
    },
  );
}

function toRecord(indicator: WdiIndicator): IndicatorRecord {
  return {
    code: indicator.code,
    source: 'WDI',
    nameEn: indicator.name,
    unit: indicator.unit,
    topic: indicator.topic,
    description: indicator.description,
    sourceOrganization: indicator.sourceOrganization,
    frequency: 'ANNUAL',
    observations: indicator.observations,
  };
}
