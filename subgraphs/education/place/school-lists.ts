import type DataLoader from 'dataloader';
import type { PagedKey } from '../../kit/db/paged-loader';
import {
  toConnection,
  type ConnectionValue,
  type Page,
  type PageWindow,
} from '../../kit/graphql/connection';
import type { SchoolLevel } from '../school/school-level';
import { toSchool, type School, type SchoolRow } from '../school/school.type';

/** Loads one page of a place's schools, optionally of one level, through a batched loader. */
export async function loadSchoolPage(
  loader: DataLoader<PagedKey, Page<SchoolRow>, string>,
  parent: string,
  window: PageWindow,
  level: SchoolLevel | undefined,
): Promise<ConnectionValue<School>> {
  const result = await loader.load({
    parent,
    window,
    filters: [level ?? null],
  });
  return toConnection({ ...result, items: result.items.map(toSchool) });
}

/** Description of the `level` argument of every schools list. */
export const LEVEL_FILTER_DESCRIPTION =
  'Only schools of this level. Most OpenStreetMap schools have no level, so a level filter leaves them out.';
