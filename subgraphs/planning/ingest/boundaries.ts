import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../kit/ingest/bulk';
import { cleanCell } from '../../kit/ingest/csv';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { ProblemCollector } from '../../kit/ingest/problems';
import { GOVERNORATES, governorateByPcode } from '../../kit/iraq/governorates';
import { BOUNDARY_FILES } from '../datasets';

interface Feature {
  properties: Record<string, string | null>;
}

/**
 * Replaces districts and sub-districts with those of the COD-AB files.
 * Governorates are shipped facts; their P-codes must match the admin-1 file.
 */
export async function writeBoundaries(
  manager: EntityManager,
  dataDir: string,
): Promise<WriteSummary> {
  const [adm1, adm2, adm3] = await Promise.all(
    BOUNDARY_FILES.map(async (file) => ({
      file,
      features: await readFeatures(join(dataDir, file)),
    })),
  );

  const problems1 = new ProblemCollector(adm1.file);
  adm1.features.forEach((f, i) => {
    const pcode = f.properties.ADM1_PCODE ?? '';
    if (!governorateByPcode(pcode)) {
      problems1.add(
        i + 1,
        'ADM1_PCODE',
        `"${pcode}" is not one of the 18 governorate P-codes IQG01 to IQG18`,
      );
    }
  });
  problems1.throwIfAny();

  const districts = validateUnits(
    adm2.file,
    adm2.features,
    'ADM2',
    'ADM1',
    /^IQG\d{2}Q\d{2}$/,
    (p) => !!governorateByPcode(p),
  );
  const districtCodes = new Set(districts.map((d) => d.pcode));
  const subDistricts = validateUnits(
    adm3.file,
    adm3.features,
    'ADM3',
    'ADM2',
    /^IQG\d{2}Q\d{2}N\d{2}$/,
    (p) => districtCodes.has(p),
  );

  await manager.query('DELETE FROM sub_district');
  await manager.query('DELETE FROM district');
  await bulkInsert(
    manager,
    'district',
    ['pcode', 'governorate_code', 'name_en', 'name_ar'],
    districts.map((d) => [
      d.pcode,
      governorateByPcode(d.parent)!.code,
      d.nameEn,
      d.nameAr,
    ]),
  );
  await bulkInsert(
    manager,
    'sub_district',
    ['pcode', 'district_pcode', 'name_en', 'name_ar'],
    subDistricts.map((s) => [s.pcode, s.parent, s.nameEn, s.nameAr]),
  );
  return {
    rowCount: adm1.features.length + districts.length + subDistricts.length,
    spatialCoverage: GOVERNORATES.map((g) => g.code).sort(),
    temporalStart: '2019-06-03',
    temporalEnd: null,
    details: {
      governorates: adm1.features.length,
      districts: districts.length,
      subDistricts: subDistricts.length,
    },
  };
}

interface Unit {
  pcode: string;
  parent: string;
  nameEn: string;
  nameAr: string;
}

function validateUnits(
  file: string,
  features: Feature[],
  level: string,
  parentLevel: string,
  pattern: RegExp,
  parentExists: (pcode: string) => boolean,
): Unit[] {
  const problems = new ProblemCollector(file);
  const units: Unit[] = [];
  features.forEach((feature, i) => {
    const p = feature.properties;
    const pcode = p[`${level}_PCODE`] ?? '';
    const parent = p[`${parentLevel}_PCODE`] ?? '';
    const nameEn = cleanCell(p[`${level}_EN`] ?? '');
    const nameAr = cleanCell(p[`${level}_AR`] ?? '');
    // GeoJSON features have no line numbers; the feature's 1-based position is used instead.
    if (!pattern.test(pcode))
      problems.add(
        i + 1,
        `${level}_PCODE`,
        `"${pcode}" does not match ${pattern.source}`,
      );
    else if (!parentExists(parent))
      problems.add(
        i + 1,
        `${parentLevel}_PCODE`,
        `parent "${parent}" of ${pcode} is not a known unit`,
      );
    if (!nameEn)
      problems.add(
        i + 1,
        `${level}_EN`,
        'English name is empty: every unit needs one',
      );
    units.push({ pcode, parent, nameEn, nameAr });
  });
  problems.throwIfAny();
  return units;
}

async function readFeatures(path: string): Promise<Feature[]> {
  const json = JSON.parse(await readFile(path, 'utf8')) as {
    features?: Feature[];
  };
  if (!Array.isArray(json.features)) {
    throw new Error(
      `${path} is not a GeoJSON FeatureCollection: it has no "features" array.`,
    );
  }
  return json.features;
}
