import type { DataSource } from 'typeorm';
import { createPagedLoader } from '../kit/db/paged-loader';
import { createGroupLoader, createRowLoader } from '../kit/db/row-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import type { DistrictRow, SubDistrictRow } from './district/district.type';
import type { GovernorateRow } from './governorate/governorate.type';
import type { PopulationRow } from './population/population.type';

/** Creates the planning subgraph's DataLoaders for one request. */
export function createPlanningLoaders(dataSource: DataSource) {
  return {
    governorate: createRowLoader<GovernorateRow>(
      dataSource,
      'governorate',
      'code',
    ),
    district: createRowLoader<DistrictRow>(dataSource, 'district', 'pcode'),
    population: createGroupLoader<PopulationRow>(
      dataSource,
      'population_figure',
      'governorate_code',
      'year DESC, id',
    ),
    districtsOfGovernorate: createPagedLoader<DistrictRow>(dataSource, {
      from: 'district',
      parentColumn: 'governorate_code',
      orderBy: 't.pcode',
    }),
    subDistrictsOfDistrict: createPagedLoader<SubDistrictRow>(dataSource, {
      from: 'sub_district',
      parentColumn: 'district_pcode',
      orderBy: 't.pcode',
    }),
  };
}

export type PlanningLoaders = ReturnType<typeof createPlanningLoaders>;

export type PlanningContext = SubgraphContext<PlanningLoaders>;
