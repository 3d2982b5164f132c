import type { DataSource } from 'typeorm';
import { createPagedLoader, type PagedQuery } from '../kit/db/paged-loader';
import { createRowLoader } from '../kit/db/row-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import { createCoverageLoader } from './coverage/coverage.loader';
import type { SchoolRow } from './school/school.type';

/** Creates the education subgraph's DataLoaders for one request. */
export function createEducationLoaders(dataSource: DataSource) {
  return {
    school: createRowLoader<SchoolRow>(dataSource, 'school', 'id'),
    schoolsOfGovernorate: createPagedLoader<SchoolRow>(
      dataSource,
      schoolQuery('governorate_code'),
    ),
    schoolsOfDistrict: createPagedLoader<SchoolRow>(
      dataSource,
      schoolQuery('district_pcode'),
    ),
    coverage: createCoverageLoader(dataSource),
  };
}

export type EducationLoaders = ReturnType<typeof createEducationLoaders>;

export type EducationContext = SubgraphContext<EducationLoaders>;

/** Schools of many places by id. The only filter is the level, or null for every level. */
function schoolQuery(
  parentColumn: 'governorate_code' | 'district_pcode',
): PagedQuery {
  return {
    from: 'school',
    parentColumn,
    orderBy: 't.id',
    where: '$2::text IS NULL OR t.level = $2',
  };
}
