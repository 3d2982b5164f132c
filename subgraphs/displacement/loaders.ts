import type { DataSource } from 'typeorm';
import { createPagedLoader, type PagedQuery } from '../kit/db/paged-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import type { CampRow } from './camp/camp.type';
import {
  createFiguresLoader,
  type PlaceColumn,
} from './figures/figures.loader';
import type { LocationRow } from './location/location.type';

/** Creates the displacement subgraph's DataLoaders for one request. */
export function createDisplacementLoaders(dataSource: DataSource) {
  return {
    governorateFigures: createFiguresLoader(dataSource, 'governorate_code'),
    districtFigures: createFiguresLoader(dataSource, 'district_pcode'),
    campsOfGovernorate: createPagedLoader<CampRow>(
      dataSource,
      campQuery('governorate_code'),
    ),
    campsOfDistrict: createPagedLoader<CampRow>(
      dataSource,
      campQuery('district_pcode'),
    ),
    idpLocationsOfGovernorate: createPagedLoader<LocationRow>(
      dataSource,
      locationQuery('idp_location', 'governorate_code'),
    ),
    idpLocationsOfDistrict: createPagedLoader<LocationRow>(
      dataSource,
      locationQuery('idp_location', 'district_pcode'),
    ),
    returneeLocationsOfGovernorate: createPagedLoader<LocationRow>(
      dataSource,
      locationQuery('returnee_location', 'governorate_code'),
    ),
    returneeLocationsOfDistrict: createPagedLoader<LocationRow>(
      dataSource,
      locationQuery('returnee_location', 'district_pcode'),
    ),
  };
}

export type DisplacementLoaders = ReturnType<typeof createDisplacementLoaders>;

export type DisplacementContext = SubgraphContext<DisplacementLoaders>;

/** Camps of many places, filtered by kind (`$2`), or of both kinds when it is null. */
function campQuery(parentColumn: PlaceColumn): PagedQuery {
  return {
    from: 'camp',
    parentColumn,
    orderBy: 't.kind, t.name, t.id',
    where: '$2::text IS NULL OR t.kind = $2',
  };
}

function locationQuery(table: string, parentColumn: PlaceColumn): PagedQuery {
  return { from: table, parentColumn, orderBy: 't.location_id' };
}
