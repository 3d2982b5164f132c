import type DataLoader from 'dataloader';
import type { PagedKey } from '../../kit/db/paged-loader';
import {
  pageWindow,
  toConnection,
  type ConnectionValue,
  type Page,
  type PageArgs,
} from '../../kit/graphql/connection';
import type { CampKind } from '../camp/camp-kind';
import { toCamp, type Camp, type CampRow } from '../camp/camp.type';
import {
  toLocation,
  type DtmLocationFields,
  type LocationRow,
} from '../location/location.type';

type PagedLoader<Row> = DataLoader<PagedKey, Page<Row>, string>;

/** Loads one page of a place's camps, optionally of one kind, through a batched loader. */
export async function loadCampPage(
  loader: PagedLoader<CampRow>,
  parent: string,
  page: PageArgs,
  kind: CampKind | undefined,
): Promise<ConnectionValue<Camp>> {
  const result = await loader.load({
    parent,
    window: pageWindow(page),
    filters: [kind ?? null],
  });
  return toConnection({ ...result, items: result.items.map(toCamp) });
}

/** Loads one page of a place's DTM locations through a batched loader. */
export async function loadLocationPage<T extends DtmLocationFields>(
  loader: PagedLoader<LocationRow>,
  type: new () => T,
  parent: string,
  page: PageArgs,
): Promise<ConnectionValue<T>> {
  const result = await loader.load({ parent, window: pageWindow(page) });
  return toConnection({
    ...result,
    items: result.items.map((row) => toLocation(type, row)),
  });
}
