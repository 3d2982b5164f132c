import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the indicator and observation tables. A missing value has no
 * observation row, so `value` is NOT NULL and never stands in for a blank cell.
 */
export class CreateIndicatorTables1764000000600 implements MigrationInterface {
  name = 'CreateIndicatorTables1764000000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE indicator (
      code text PRIMARY KEY,
      source text NOT NULL CHECK (source IN ('WDI', 'CBI')),
      dataset_id text NOT NULL,
      name_en text,
      name_ar text,
      unit text,
      topic text,
      description text,
      source_organization text,
      frequency text NOT NULL CHECK (frequency IN ('ANNUAL', 'MONTHLY')),
      CHECK (name_en IS NOT NULL OR name_ar IS NOT NULL)
    )`);
    await runner.query(
      'CREATE INDEX indicator_dataset ON indicator (dataset_id)',
    );
    await runner.query(
      'CREATE INDEX indicator_topic ON indicator (topic, code)',
    );
    // NULLS NOT DISTINCT (PostgreSQL 15+) makes a full-year value, whose month
    // is null, unique per indicator and year like a monthly one.
    await runner.query(`CREATE TABLE observation (
      indicator_code text NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
      month integer CHECK (month BETWEEN 1 AND 12),
      value double precision NOT NULL,
      raw text NOT NULL,
      CONSTRAINT observation_period UNIQUE NULLS NOT DISTINCT (indicator_code, year, month)
    )`);
    await runner.query(
      'CREATE INDEX observation_year ON observation (year, indicator_code)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE observation, indicator');
  }
}
