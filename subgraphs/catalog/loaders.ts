import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createPagedLoader } from '../kit/db/paged-loader';
import { createRowLoader } from '../kit/db/row-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import type { DatasetRow } from './dataset/dataset.type';
import type { MinistryRow } from './ministry/ministry.type';

/** Creates the catalog's DataLoaders for one request. */
export function createCatalogLoaders(dataSource: DataSource) {
  return {
    ministry: createRowLoader<MinistryRow>(dataSource, 'ministry', 'id'),
    dataset: createRowLoader<DatasetRow>(dataSource, 'dataset', 'id'),
    datasetsOfMinistry: createPagedLoader<DatasetRow>(dataSource, {
      from: 'dataset',
      parentColumn: 'ministry_id',
      orderBy: 't.id',
    }),
    datasetsOfGovernorate: createPagedLoader<DatasetRow>(dataSource, {
      from: '(SELECT c.governorate_code, d.* FROM dataset_coverage c JOIN dataset d ON d.id = c.dataset_id)',
      parentColumn: 'governorate_code',
      orderBy: 't.id',
    }),
    coverage: createCoverageLoader(dataSource),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

export type CatalogContext = SubgraphContext<CatalogLoaders>;

function createCoverageLoader(dataSource: DataSource) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows = (await dataSource.query(
      'SELECT dataset_id, governorate_code FROM dataset_coverage WHERE dataset_id = ANY($1) ORDER BY governorate_code',
      [ids as string[]],
    )) as { dataset_id: string; governorate_code: string }[];
    return ids.map((id) =>
      rows.filter((r) => r.dataset_id === id).map((r) => r.governorate_code),
    );
  });
}
