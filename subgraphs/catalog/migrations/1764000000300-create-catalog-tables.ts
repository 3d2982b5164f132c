import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PUBLISHERS } from '../publishers';

/** Creates the catalog tables and seeds the publishing ministries. */
export class CreateCatalogTables1764000000300 implements MigrationInterface {
  name = 'CreateCatalogTables1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ministry (
      id text PRIMARY KEY,
      name_en text NOT NULL,
      name_ar text NOT NULL,
      name_ckb text,
      acronym text NOT NULL,
      homepage text NOT NULL
    )`);
    await runner.query(`CREATE TABLE dataset (
      id text PRIMARY KEY,
      ministry_id text NOT NULL REFERENCES ministry (id),
      title_en text NOT NULL,
      title_ar text NOT NULL,
      title_ckb text,
      description_en text NOT NULL,
      description_ar text NOT NULL,
      description_ckb text,
      licence_id text NOT NULL,
      licence_title text NOT NULL,
      licence_url text NOT NULL,
      source_title text NOT NULL,
      source_url text NOT NULL,
      source_publisher text NOT NULL,
      keywords jsonb NOT NULL,
      theme text NOT NULL,
      files jsonb NOT NULL,
      modified date NOT NULL,
      row_count integer NOT NULL,
      temporal_start text,
      temporal_end text,
      loaded_at timestamptz NOT NULL,
      checksum text NOT NULL,
      details jsonb NOT NULL,
      search_text text NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX dataset_ministry ON dataset (ministry_id, id)',
    );
    await runner.query(`CREATE TABLE dataset_coverage (
      dataset_id text NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
      governorate_code text NOT NULL,
      PRIMARY KEY (governorate_code, dataset_id)
    )`);
    for (const p of PUBLISHERS) {
      await runner.query(
        'INSERT INTO ministry (id, name_en, name_ar, name_ckb, acronym, homepage) VALUES ($1, $2, $3, $4, $5, $6)',
        [p.id, p.nameEn, p.nameAr, p.nameCkb, p.acronym, p.homepage],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE dataset_coverage, dataset, ministry');
  }
}
