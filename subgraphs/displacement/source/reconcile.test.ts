import type { AdminUnits } from './admin-units';
import { DISTRICT_ALIASES } from './aliases';
import { buildMatchReport } from './match-report';
import { classifyPcode, PlaceReconciler } from './reconcile';

// A slice of COD-AB 2019, enough to exercise every matching step.
const UNITS: AdminUnits = {
  governorates: [
    { pcode: 'IQG09', isoCode: 'IQ-DA', nameEn: 'Duhok', nameAr: 'دهوك' },
    { pcode: 'IQG15', isoCode: 'IQ-NI', nameEn: 'Ninewa', nameAr: 'نينوى' },
    { pcode: 'IQG14', isoCode: 'IQ-MA', nameEn: 'Maysan', nameAr: 'ميسان' },
  ],
  districts: [
    {
      pcode: 'IQG09Q02',
      nameEn: 'Duhok',
      nameAr: 'دهوك',
      governoratePcode: 'IQG09',
    },
    {
      pcode: 'IQG09Q03',
      nameEn: 'Sumail',
      nameAr: 'سميل',
      governoratePcode: 'IQG09',
    },
    {
      pcode: 'IQG15Q01',
      nameEn: 'Aqra',
      nameAr: 'عقرة',
      governoratePcode: 'IQG15',
    },
    {
      pcode: 'IQG15Q05',
      nameEn: 'Al-Mosul',
      nameAr: 'الموصل',
      governoratePcode: 'IQG15',
    },
    {
      pcode: 'IQG14Q01',
      nameEn: 'Al-Amara',
      nameAr: 'العمارة',
      governoratePcode: 'IQG14',
    },
  ],
};

describe('classifyPcode', () => {
  test.each([
    ['IQG15', 'adm1'],
    ['IQG01Q01', 'adm2'],
    ['iqg01q01n01', 'adm3'],
    ['IQ-D002', 'legacy'],
    ['IQ-G01', 'legacy'],
    ['IQ0701-0002', 'unknown'],
  ])('classifies %s as %s', (code, kind) => {
    expect(classifyPcode(code)).toBe(kind);
  });
});

describe('PlaceReconciler', () => {
  const reconciler = new PlaceReconciler(UNITS);

  test('matches by 2019 P-code', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'x',
      district: 'y',
      pcode: 'IQG15Q05',
    });
    expect(match).toEqual({
      pcode: 'IQG15Q05',
      governorateCode: 'IQ-NI',
      method: 'code',
    });
  });

  test('matches a sub-district P-code to its district', () => {
    const match = reconciler.reconcileDistrict({
      governorate: '',
      district: '',
      pcode: 'IQG15Q05N03',
    });
    expect(match.pcode).toBe('IQG15Q05');
  });

  test('ignores a legacy P-code and falls back to the name', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Ninewa',
      district: 'Mosul',
      pcode: 'IQ-D002',
    });
    expect(match).toEqual({
      pcode: 'IQG15Q05',
      governorateCode: 'IQ-NI',
      method: 'name',
    });
  });

  test('matches an English name within the governorate', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Missan',
      district: 'Amara',
    });
    expect(match).toEqual({
      pcode: 'IQG14Q01',
      governorateCode: 'IQ-MA',
      method: 'name',
    });
  });

  test('matches an Arabic name within the governorate', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Dahuk',
      district: 'Semel',
      districtAr: 'سِميل',
    });
    expect(match).toEqual({
      pcode: 'IQG09Q03',
      governorateCode: 'IQ-DA',
      method: 'name',
    });
  });

  test('matches a unique name in another governorate', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Dahuk',
      district: 'Aqra',
    });
    expect(match).toEqual({
      pcode: 'IQG15Q01',
      governorateCode: 'IQ-NI',
      method: 'name',
    });
  });

  test('matches a reviewed alias to the official parent', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Dahuk',
      district: 'Akre',
    });
    expect(match).toEqual({
      pcode: 'IQG15Q01',
      governorateCode: 'IQ-NI',
      method: 'alias',
    });
  });

  test('keeps the governorate of an unmatched district', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Dahuk',
      district: 'Atlantis',
    });
    expect(match).toEqual({ governorateCode: 'IQ-DA', method: 'unmatched' });
  });

  test('leaves an unknown governorate unset', () => {
    const match = reconciler.reconcileDistrict({
      governorate: 'Gondor',
      district: 'Atlantis',
    });
    expect(match).toEqual({ method: 'unmatched' });
  });

  test.each([
    ['Nineveh', 'IQ-NI'],
    ['iq-ni', 'IQ-NI'],
    ['IQG09', 'IQ-DA'],
    ['نينوى', 'IQ-NI'],
    ['Salah al-Din', 'IQ-SD'],
    ['Babylon', 'IQ-BB'],
  ])('resolves governorate %s to %s', (spelling, code) => {
    expect(reconciler.resolveGovernorate(spelling)).toBe(code);
  });
});

describe('DISTRICT_ALIASES', () => {
  test('gives every alias a 2019 district P-code', () => {
    const invalid = DISTRICT_ALIASES.filter(
      (alias) => classifyPcode(alias.pcode) !== 'adm2',
    );
    expect(invalid).toEqual([]);
  });
});

describe('buildMatchReport', () => {
  const report = buildMatchReport('list.csv', [
    {
      governorate: 'Ninewa',
      district: 'Mosul',
      match: { pcode: 'IQG15Q05', governorateCode: 'IQ-NI', method: 'name' },
    },
    {
      governorate: 'Ninewa',
      district: 'Mosul',
      match: { pcode: 'IQG15Q05', governorateCode: 'IQ-NI', method: 'name' },
    },
    {
      governorate: 'Ninewa',
      district: 'Akre',
      match: { pcode: 'IQG15Q01', governorateCode: 'IQ-NI', method: 'alias' },
    },
    {
      governorate: 'Dahuk',
      district: 'Atlantis',
      match: { governorateCode: 'IQ-DA', method: 'unmatched' },
    },
  ]);

  test('counts rows by method', () => {
    expect(report.rowTotals).toEqual({
      matched: 3,
      code: 0,
      name: 2,
      alias: 1,
      unmatched: 1,
    });
  });

  test('counts distinct spellings by method', () => {
    expect(report.spellingTotals).toEqual({
      matched: 2,
      code: 0,
      name: 1,
      alias: 1,
      unmatched: 1,
    });
  });

  test('lists unmatched spellings with their source names', () => {
    expect(report.unmatched).toEqual([
      {
        governorate: 'Dahuk',
        district: 'Atlantis',
        rows: 1,
        method: 'unmatched',
        governorateCode: 'IQ-DA',
        pcode: undefined,
      },
    ]);
  });

  test('sorts spellings by governorate', () => {
    expect(report.spellings.map((s) => s.district)).toEqual([
      'Atlantis',
      'Akre',
      'Mosul',
    ]);
  });
});
