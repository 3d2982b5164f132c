import { readAdminUnits, type AdminUnits } from './admin-units';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readAdminUnits', () => {
  let units: AdminUnits;

  beforeAll(async () => {
    units = await readAdminUnits(dataDir as string);
  });

  test('reads 18 governorates', () => {
    expect(units.governorates).toHaveLength(18);
  });

  test('reads 101 districts', () => {
    expect(units.districts).toHaveLength(101);
  });

  test('gives each governorate its ISO code', () => {
    const ninewa = units.governorates.find((gov) => gov.pcode === 'IQG15');
    expect(ninewa).toEqual({
      pcode: 'IQG15',
      isoCode: 'IQ-NI',
      nameEn: 'Ninewa',
      nameAr: 'نينوى',
    });
  });

  test('trims the no-break space of Al-Manathera', () => {
    const manathera = units.districts.find((d) => d.pcode === 'IQG04Q02');
    expect(manathera?.nameAr).toBe('المناذرة');
  });

  test('places Aqra under Ninewa', () => {
    const aqra = units.districts.find((d) => d.pcode === 'IQG15Q01');
    expect(aqra).toEqual({
      pcode: 'IQG15Q01',
      nameEn: 'Aqra',
      nameAr: 'عقرة',
      governoratePcode: 'IQG15',
    });
  });

  test('counts 10 districts in Sulaymaniyah', () => {
    const inSulaymaniyah = units.districts.filter(
      (d) => d.governoratePcode === 'IQG06',
    );
    expect(inSulaymaniyah).toHaveLength(10);
  });

  test('sorts governorates by P-code', () => {
    expect(units.governorates[9].pcode).toBe('IQG10');
  });
});
