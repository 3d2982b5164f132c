import { createLocator } from '../../kit/geo/locate';
import { placeAll } from '../../kit/geo/place';
import {
  readOvertureEducation,
  type OvertureSchool,
} from './overture-education';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readOvertureEducation', () => {
  let schools: OvertureSchool[];

  beforeAll(async () => {
    schools = await readOvertureEducation(dataDir!);
  });

  it('reads 168 places', () => {
    expect(schools).toHaveLength(168);
  });

  it('maps categories to levels', () => {
    const levels = (level: string) =>
      schools.filter((s) => s.level === level).length;
    expect(levels('PRESCHOOL')).toBe(12);
    expect(levels('PRIMARY')).toBe(7);
    expect(levels('SECONDARY')).toBe(17);
    expect(levels('TERTIARY')).toBe(73);
    expect(levels('OTHER')).toBe(59);
  });

  it('reads the first feature', () => {
    const [first] = schools;
    expect(first.sourceId).toBe('2e04a39b-aada-4575-90e4-81471635d043');
    expect(first.source).toBe('overture');
    expect(first.name).toBe(
      'Cihan university/sulaimaniyah زانکۆی جیهان/سلێمانی',
    );
    expect(first.level).toBe('TERTIARY');
    expect(first.locality).toBe('Sulaymaniyah');
  });

  it('folds 131 spellings of Sulaymaniyah and keeps 35 blank', () => {
    expect(schools.filter((s) => s.locality === 'Sulaymaniyah')).toHaveLength(
      131,
    );
    expect(schools.filter((s) => s.locality === undefined)).toHaveLength(35);
  });

  it('places every place in Sulaymaniyah district', async () => {
    const { placed, outside } = placeAll(
      schools,
      await createLocator(dataDir!),
    );
    // Expected counts come from Python ray casting over the admin-1 to admin-3 polygons.
    expect(outside).toHaveLength(0);
    expect(placed.filter((s) => s.governorateCode === 'IQ-SU')).toHaveLength(
      168,
    );
    expect(placed.filter((s) => s.districtPcode === 'IQG06Q01')).toHaveLength(
      168,
    );
    expect(
      placed.filter((s) => s.subDistrictPcode === 'IQG06Q01N03'),
    ).toHaveLength(95);
    expect(
      placed.filter((s) => s.subDistrictPcode === 'IQG06Q01N02'),
    ).toHaveLength(73);
  });
});
