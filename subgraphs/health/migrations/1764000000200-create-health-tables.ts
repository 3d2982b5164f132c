import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates `health_facility`, the facilities placed in a COD-AB district, and
 * `health_facility_outside`, the ones no district contains. Ids are
 * `<source>:<source id>`, so they stay the same across re-loads. They use the
 * "C" collation so every server sorts them byte by byte and pages stay stable.
 */
export class CreateHealthTables1764000000200 implements MigrationInterface {
  name = 'CreateHealthTables1764000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE health_facility (
      id text COLLATE "C" PRIMARY KEY,
      dataset_id text NOT NULL,
      source text NOT NULL,
      source_id text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      governorate_code text NOT NULL,
      district_pcode text NOT NULL,
      sub_district_pcode text,
      modified_at timestamptz,
      completeness double precision,
      confidence double precision,
      osm_id text,
      source_line integer NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX health_facility_governorate ON health_facility (governorate_code, id)',
    );
    await runner.query(
      'CREATE INDEX health_facility_district ON health_facility (district_pcode, id)',
    );
    await runner.query(
      'CREATE INDEX health_facility_kind ON health_facility (kind)',
    );
    await runner.query(
      'CREATE INDEX health_facility_dataset ON health_facility (dataset_id)',
    );
    await runner.query(`CREATE TABLE health_facility_outside (
      id text COLLATE "C" PRIMARY KEY,
      dataset_id text NOT NULL,
      source text NOT NULL,
      source_id text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      modified_at timestamptz,
      completeness double precision,
      confidence double precision,
      osm_id text,
      source_line integer NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX health_facility_outside_dataset ON health_facility_outside (dataset_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE health_facility_outside, health_facility');
  }
}
