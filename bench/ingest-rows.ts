import { GOVERNORATE_CODES } from './workloads';

/** Columns of `health_facility`, the table the healthsites.io facility file loads into. */
export const FACILITY_COLUMNS = [
  'id',
  'dataset_id',
  'source',
  'source_id',
  'name',
  'kind',
  'lon',
  'lat',
  'governorate_code',
  'district_pcode',
  'sub_district_pcode',
  'modified_at',
  'completeness',
  'confidence',
  'osm_id',
  'source_line',
] as const;

const KINDS = ['hospital', 'clinic', 'pharmacy', 'doctors', 'dentist'];
const NAMES = [
  'مستشفى الطوارئ',
  'AZADI',
  'صيدلية النور',
  'Rizgary Hospital',
  'نەخۆشخانەی شار',
  'Clinic\\Erbil',
];

/**
 * Generates `count` facility rows shaped like the ones the healthsites.io
 * Iraq file yields. Each has a 32-hex-digit uuid, an Arabic, Kurdish or Latin
 * name (one contains a backslash, which COPY must escape), a kind, a point
 * inside Iraq's bounding box, P-codes, a modification time and a
 * completeness percentage. A fixed linear congruential generator makes the
 * rows the same on every run.
 */
export function generateFacilityRows(count: number): unknown[][] {
  let state = 20190831;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const rows: unknown[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const uuid = (
      i.toString(16).padStart(8, '0') +
      Math.floor(next() * 2 ** 48).toString(16)
    ).padEnd(32, '0');
    const governorate = GOVERNORATE_CODES[i % GOVERNORATE_CODES.length];
    const district = `IQG${String((i % 18) + 1).padStart(2, '0')}Q${String((i % 9) + 1).padStart(2, '0')}`;
    rows[i] = [
      `healthsites:${uuid}`,
      'health.facilities',
      'healthsites',
      uuid,
      `${NAMES[i % NAMES.length]} ${i}`,
      KINDS[i % KINDS.length],
      38.8 + next() * 9.8,
      29.1 + next() * 8.3,
      governorate,
      district,
      i % 4 === 0 ? null : `${district}N01`,
      new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 4e11)),
      Math.round(next() * 10_000) / 100,
      null,
      i % 3 === 0 ? `node/${4277481696 + i}` : `way/${229482459 + i}`,
      i + 2,
    ];
  }
  return rows;
}
