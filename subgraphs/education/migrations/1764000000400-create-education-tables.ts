import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the school tables. Ids use the "C" collation so that paging by id
 * follows byte order on every server, whatever its default locale.
 */
export class CreateEducationTables1764000000400 implements MigrationInterface {
  name = 'CreateEducationTables1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE school (
      id text COLLATE "C" PRIMARY KEY,
      dataset_id text NOT NULL,
      source text NOT NULL,
      source_id text NOT NULL,
      name text NOT NULL,
      name_en text,
      name_ar text,
      name_ckb text,
      level text CHECK (level IN ('PRESCHOOL', 'PRIMARY', 'SECONDARY', 'TERTIARY', 'OTHER')),
      longitude double precision NOT NULL,
      latitude double precision NOT NULL,
      governorate_code text NOT NULL,
      district_pcode text NOT NULL,
      sub_district_pcode text,
      confidence double precision,
      source_line integer NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX school_governorate ON school (governorate_code, id)',
    );
    await runner.query(
      'CREATE INDEX school_district ON school (district_pcode, id)',
    );
    await runner.query('CREATE INDEX school_dataset ON school (dataset_id)');
    // Records outside every COD-AB district are kept here, out of every governorate's lists.
    await runner.query(`CREATE TABLE school_outside (
      id text COLLATE "C" PRIMARY KEY,
      dataset_id text NOT NULL,
      source text NOT NULL,
      source_id text NOT NULL,
      name text NOT NULL,
      level text,
      longitude double precision NOT NULL,
      latitude double precision NOT NULL,
      source_line integer NOT NULL
    )`);
    // One row per dataset and district that has at least one placed school.
    await runner.query(`CREATE TABLE school_coverage (
      dataset_id text NOT NULL,
      governorate_code text NOT NULL,
      district_pcode text NOT NULL,
      school_count integer NOT NULL,
      PRIMARY KEY (dataset_id, district_pcode)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE school_coverage, school_outside, school');
  }
}
