import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns shared by the IDP and returnee location tables. */
const LOCATION_COLUMNS = `
  location_id text PRIMARY KEY,
  place_id text NOT NULL,
  source_governorate text NOT NULL,
  source_district text NOT NULL,
  name_en text NOT NULL,
  name_ar text,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  families integer NOT NULL,
  individuals integer NOT NULL,
  governorate_code text,
  district_pcode text,
  match_method text NOT NULL,
  source_line integer NOT NULL`;

/**
 * Creates the displacement tables. Each row keeps the source's own
 * governorate and district spelling next to the ISO 3166-2:IQ code and
 * COD-AB 2019 P-code it was reconciled to, so every match can be checked.
 */
export class CreateDisplacementTables1764000000500 implements MigrationInterface {
  name = 'CreateDisplacementTables1764000000500';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['idp_location', 'returnee_location']) {
      await runner.query(`CREATE TABLE ${table} (${LOCATION_COLUMNS})`);
      await runner.query(
        `CREATE INDEX ${table}_governorate ON ${table} (governorate_code, location_id)`,
      );
      await runner.query(
        `CREATE INDEX ${table}_district ON ${table} (district_pcode, location_id)`,
      );
    }
    await runner.query(`CREATE TABLE camp (
      id text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('formal', 'informal')),
      serial integer NOT NULL,
      month text,
      name text NOT NULL,
      name_reach text,
      starred boolean NOT NULL,
      site_type text,
      ssid text,
      source_governorate text NOT NULL,
      source_district text NOT NULL,
      cod_district text,
      governorate_code text,
      district_pcode text,
      match_method text NOT NULL,
      families integer,
      individuals integer,
      females integer,
      males integer,
      source_file text NOT NULL,
      source_line integer NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX camp_governorate ON camp (governorate_code, kind, name, id)',
    );
    await runner.query(
      'CREATE INDEX camp_district ON camp (district_pcode, kind, name, id)',
    );
    await runner.query(`CREATE TABLE match_report_entry (
      id serial PRIMARY KEY,
      dataset_id text NOT NULL,
      file text NOT NULL,
      source_governorate text NOT NULL,
      source_district text NOT NULL,
      row_count integer NOT NULL,
      method text NOT NULL,
      governorate_code text,
      district_pcode text
    )`);
    await runner.query(
      'CREATE INDEX match_report_dataset ON match_report_entry (dataset_id, file, method)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE match_report_entry, camp, returnee_location, idp_location',
    );
  }
}
