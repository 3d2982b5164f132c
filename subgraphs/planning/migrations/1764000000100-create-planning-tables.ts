import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GOVERNORATES } from '../../kit/iraq/governorates';

/**
 * Creates the planning tables and seeds the 18 governorates the product
 * ships as facts, so the graph answers before any source file is loaded.
 */
export class CreatePlanningTables1764000000100 implements MigrationInterface {
  name = 'CreatePlanningTables1764000000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE governorate (
      code text PRIMARY KEY,
      pcode text NOT NULL UNIQUE,
      name_en text NOT NULL,
      name_ar text NOT NULL,
      name_ckb text NOT NULL,
      capital_en text NOT NULL,
      capital_ar text NOT NULL
    )`);
    await runner.query(`CREATE TABLE district (
      pcode text PRIMARY KEY,
      governorate_code text NOT NULL REFERENCES governorate (code),
      name_en text NOT NULL,
      name_ar text NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX district_governorate ON district (governorate_code, pcode)',
    );
    await runner.query(`CREATE TABLE sub_district (
      pcode text PRIMARY KEY,
      district_pcode text NOT NULL REFERENCES district (pcode),
      name_en text NOT NULL,
      name_ar text NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX sub_district_district ON sub_district (district_pcode, pcode)',
    );
    await runner.query(`CREATE TABLE population_figure (
      id serial PRIMARY KEY,
      governorate_code text NOT NULL REFERENCES governorate (code),
      year integer NOT NULL,
      total integer NOT NULL,
      male integer,
      female integer,
      urban integer,
      rural integer,
      area_km2 integer,
      kind text NOT NULL,
      secondary boolean NOT NULL,
      source_title text NOT NULL,
      source_url text NOT NULL,
      note text NOT NULL,
      source_line integer NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX population_governorate_year ON population_figure (governorate_code, year DESC, id)',
    );
    for (const g of GOVERNORATES) {
      await runner.query(
        `INSERT INTO governorate (code, pcode, name_en, name_ar, name_ckb, capital_en, capital_ar)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          g.code,
          g.pcode,
          g.nameEn,
          g.nameAr,
          g.nameCkb,
          g.capitalEn,
          g.capitalAr,
        ],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE population_figure, sub_district, district, governorate',
    );
  }
}
