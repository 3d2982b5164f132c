import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { displacementDatasets, IDP_DATASET } from '../datasets';
import {
  toFigures,
  type DisplacementFigures,
  type FiguresRow,
} from './figures.type';

/** Column that places a row in a governorate (ISO code) or a district (P-code). */
export type PlaceColumn = 'governorate_code' | 'district_pcode';

/**
 * Creates a DataLoader of displacement figures keyed by governorate code or
 * district P-code. A batch of any size costs one SQL statement, which
 * aggregates the three tables grouped by `column`.
 */
export function createFiguresLoader(
  dataSource: DataSource,
  column: PlaceColumn,
): DataLoader<string, DisplacementFigures | null> {
  const sql = `WITH unit AS (SELECT DISTINCT unnest($1::text[]) AS key),
    idp AS (
      SELECT ${column} AS key, count(*) AS locations, sum(families) AS families, sum(individuals) AS individuals
      FROM idp_location WHERE ${column} = ANY($1) GROUP BY 1),
    returnee AS (
      SELECT ${column} AS key, count(*) AS locations, sum(families) AS families, sum(individuals) AS individuals
      FROM returnee_location WHERE ${column} = ANY($1) GROUP BY 1),
    site AS (
      SELECT ${column} AS key, count(*) AS camps, sum(individuals) AS individuals
      FROM camp WHERE ${column} = ANY($1) GROUP BY 1)
    SELECT unit.key,
      coalesce(idp.individuals, 0) AS idp_individuals,
      coalesce(idp.families, 0) AS idp_families,
      coalesce(idp.locations, 0) AS idp_locations,
      coalesce(returnee.individuals, 0) AS returnee_individuals,
      coalesce(returnee.families, 0) AS returnee_families,
      coalesce(returnee.locations, 0) AS returnee_locations,
      coalesce(site.camps, 0) AS camps,
      site.individuals AS camp_individuals,
      (SELECT summary->>'temporalEnd' FROM dataset_load WHERE dataset_id = $2) AS as_of,
      (SELECT count(*) FROM dataset_load WHERE dataset_id = ANY($3)) AS loaded
    FROM unit
    LEFT JOIN idp USING (key)
    LEFT JOIN returnee USING (key)
    LEFT JOIN site USING (key)`;
  const datasetIds = displacementDatasets.map((dataset) => dataset.id);
  return new DataLoader<string, DisplacementFigures | null>(async (keys) => {
    const rows = (await dataSource.query(sql, [
      keys,
      IDP_DATASET,
      datasetIds,
    ])) as FiguresRow[];
    const byKey = new Map(rows.map((row) => [row.key, toFigures(row)]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
