import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanCell } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import { governorateByPcode } from '../../kit/iraq/governorates';

/** An official governorate (admin level 1) of the OCHA COD-AB 2019-06-03 edition. */
export interface AdminGovernorate {
  /** COD-AB admin-1 P-code, such as `IQG15`. */
  pcode: string;
  /** ISO 3166-2:IQ code, such as `IQ-NI`. */
  isoCode: string;
  /** COD-AB English name, such as `Ninewa`. */
  nameEn: string;
  /** COD-AB Arabic name, trimmed. */
  nameAr: string;
}

/** An official district (admin level 2) of the OCHA COD-AB 2019-06-03 edition. */
export interface AdminDistrict {
  /** COD-AB admin-2 P-code, such as `IQG15Q05`. */
  pcode: string;
  /** COD-AB English name, such as `Al-Mosul`. */
  nameEn: string;
  /** COD-AB Arabic name, trimmed (one source value starts with a no-break space). */
  nameAr: string;
  /** P-code of the governorate the district belongs to. */
  governoratePcode: string;
}

/** The official governorates and districts that source places are reconciled to. */
export interface AdminUnits {
  governorates: AdminGovernorate[];
  districts: AdminDistrict[];
}

/** COD-AB admin-1 boundaries file, read from the data folder. */
export const ADM1_FILE = 'ocha_cod-ab_irq_admbnda_adm1_cso_20190603.geojson';
/** COD-AB admin-2 boundaries file, read from the data folder. */
export const ADM2_FILE = 'ocha_cod-ab_irq_admbnda_adm2_cso_20190603.geojson';

/**
 * Reads the 18 governorates and 101 districts from the COD-AB GeoJSON files
 * in `dataDir`, sorted by P-code. Geometries are ignored.
 *
 * Raises `SourceFileError` when a feature has a malformed P-code, a missing
 * name, an unknown parent governorate, or a governorate P-code that has no
 * ISO 3166-2 code. In those problems `line` is the 1-based feature number,
 * because a GeoJSON file has no row lines.
 */
export async function readAdminUnits(dataDir: string): Promise<AdminUnits> {
  const governorates = await readFeatures(
    join(dataDir, ADM1_FILE),
    ADM1_FILE,
    (props, problems, n) => {
      const pcode = requireProperty(
        props,
        'ADM1_PCODE',
        /^IQG\d{2}$/,
        problems,
        n,
      );
      const nameEn = requireProperty(props, 'ADM1_EN', /./, problems, n);
      const nameAr = requireProperty(props, 'ADM1_AR', /./, problems, n);
      const isoCode = governorateByPcode(pcode)?.code;
      if (pcode && !isoCode) {
        problems.add(
          n,
          'ADM1_PCODE',
          `governorate P-code "${pcode}" has no ISO 3166-2 code; expected IQG01 to IQG18`,
        );
      }
      return { pcode, isoCode: isoCode ?? '', nameEn, nameAr };
    },
  );
  const known = new Set(governorates.map((gov) => gov.pcode));
  const districts = await readFeatures(
    join(dataDir, ADM2_FILE),
    ADM2_FILE,
    (props, problems, n) => {
      const pcode = requireProperty(
        props,
        'ADM2_PCODE',
        /^IQG\d{2}Q\d{2}$/,
        problems,
        n,
      );
      const nameEn = requireProperty(props, 'ADM2_EN', /./, problems, n);
      const nameAr = requireProperty(props, 'ADM2_AR', /./, problems, n);
      const governoratePcode = requireProperty(
        props,
        'ADM1_PCODE',
        /^IQG\d{2}$/,
        problems,
        n,
      );
      if (governoratePcode && !known.has(governoratePcode)) {
        problems.add(
          n,
          'ADM1_PCODE',
          `parent "${governoratePcode}" is not a governorate of ${ADM1_FILE}`,
        );
      } else if (pcode && !pcode.startsWith(governoratePcode)) {
        problems.add(
          n,
          'ADM2_PCODE',
          `"${pcode}" does not start with its parent P-code "${governoratePcode}"`,
        );
      }
      return { pcode, nameEn, nameAr, governoratePcode };
    },
  );
  return { governorates, districts };
}

async function readFeatures<T extends { pcode: string }>(
  path: string,
  file: string,
  toUnit: (
    props: Record<string, unknown>,
    problems: ProblemCollector,
    featureNumber: number,
  ) => T,
): Promise<T[]> {
  const problems = new ProblemCollector(file);
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) {
    problems.add(
      1,
      'features',
      'missing "features" array; expected a GeoJSON FeatureCollection',
    );
    problems.throwIfAny();
    return [];
  }
  const units = features.map((feature: unknown, i) => {
    const props = (feature as { properties?: unknown }).properties;
    const record =
      typeof props === 'object' && props !== null
        ? (props as Record<string, unknown>)
        : {};
    return toUnit(record, problems, i + 1);
  });
  problems.throwIfAny();
  return units.sort((a, b) => a.pcode.localeCompare(b.pcode));
}

function requireProperty(
  props: Record<string, unknown>,
  name: string,
  pattern: RegExp,
  problems: ProblemCollector,
  featureNumber: number,
): string {
  const raw = props[name];
  const value = typeof raw === 'string' ? cleanCell(raw) : '';
  if (!pattern.test(value)) {
    const description =
      raw === undefined ? 'missing' : `${JSON.stringify(raw)} is invalid`;
    problems.add(
      featureNumber,
      name,
      `${description}; expected a value matching ${pattern}`,
    );
  }
  return value;
}
