import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../ingest/problems';
import { BOUNDARY_FILES, loadAdminUnits, loadDistricts } from './boundaries';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('loadAdminUnits', () => {
  it('loads 18 governorates, 101 districts and 294 sub-districts', async () => {
    expect(await loadAdminUnits(dataDir!, 1)).toHaveLength(18);
    expect(await loadAdminUnits(dataDir!, 2)).toHaveLength(101);
    expect(await loadAdminUnits(dataDir!, 3)).toHaveLength(294);
  });

  it('computes the bounding box of Al-Karkh', async () => {
    const karkh = (await loadAdminUnits(dataDir!, 2)).find(
      (u) => u.pcode === 'IQG08Q03',
    );
    expect(karkh?.bbox).toEqual({
      minLon: 44.242051,
      minLat: 32.98768,
      maxLon: 44.588636,
      maxLat: 33.367904,
    });
  });

  it('links a sub-district to its district and governorate', async () => {
    const mansour = (await loadAdminUnits(dataDir!, 3)).find(
      (u) => u.pcode === 'IQG08Q03N03',
    );
    expect(mansour?.nameEn).toBe('Al-Mansour');
    expect(mansour?.parentPcode).toBe('IQG08Q03');
    expect(mansour?.governoratePcode).toBe('IQG08');
  });
});

describeWithData('loadDistricts', () => {
  it('lists 101 districts sorted by P-code', async () => {
    const districts = await loadDistricts(dataDir!);
    expect(districts).toHaveLength(101);
    expect(districts[0].pcode).toBe('IQG01Q01');
    expect(districts[100].pcode).toBe('IQG18Q05');
  });

  it('gives Baghdad 7 districts', async () => {
    const districts = await loadDistricts(dataDir!);
    expect(districts.filter((d) => d.governorateCode === 'IQ-BG')).toHaveLength(
      7,
    );
  });

  it('names Al-Karkh in English and Arabic under Baghdad', async () => {
    const karkh = (await loadDistricts(dataDir!)).find(
      (d) => d.pcode === 'IQG08Q03',
    );
    expect(karkh).toEqual({
      pcode: 'IQG08Q03',
      nameEn: 'Al-Karkh',
      nameAr: 'الكرخ',
      governoratePcode: 'IQG08',
      governorateCode: 'IQ-BG',
    });
  });

  it('strips the no-break space before the Arabic name of Al-Manathera', async () => {
    const manathera = (await loadDistricts(dataDir!)).find(
      (d) => d.pcode === 'IQG04Q02',
    );
    expect(manathera?.nameAr).toBe('المناذرة');
  });

  it('keeps Halabja as a district of Sulaymaniyah', async () => {
    const halabja = (await loadDistricts(dataDir!)).find(
      (d) => d.pcode === 'IQG06Q05',
    );
    expect(halabja?.nameEn).toBe('Halabcha');
    expect(halabja?.governorateCode).toBe('IQ-SU');
  });
});

describe('loadAdminUnits on an invalid file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'boundaries-test-'));
    const square = [
      [
        [44, 33],
        [45, 33],
        [45, 34],
        [44, 33],
      ],
    ];
    const feature = (properties: object, geometry: object | null) => ({
      type: 'Feature',
      properties,
      geometry,
    });
    const valid = {
      ADM2_PCODE: 'IQG08Q03',
      ADM2_EN: 'Al-Karkh',
      ADM2_AR: 'الكرخ',
      ADM1_PCODE: 'IQG08',
    };
    const features = [
      feature(valid, { type: 'Polygon', coordinates: square }),
      feature(
        { ...valid, ADM2_PCODE: 'IQG8Q3' },
        { type: 'Polygon', coordinates: square },
      ),
      feature(
        { ...valid, ADM2_PCODE: 'IQG08Q04', ADM1_PCODE: 'IQG07' },
        { type: 'Polygon', coordinates: square },
      ),
      feature(
        { ...valid, ADM2_PCODE: 'IQG08Q05' },
        { type: 'Point', coordinates: [44, 33] },
      ),
      feature(
        { ...valid, ADM2_PCODE: 'IQG19Q01', ADM1_PCODE: 'IQG19', ADM2_EN: ' ' },
        { type: 'Polygon', coordinates: square },
      ),
    ];
    const text = [
      '{"type":"FeatureCollection","features":[',
      features.map((f) => JSON.stringify(f)).join(',\n'),
      ']}',
    ];
    await writeFile(join(dir, BOUNDARY_FILES[2]), text.join('\n'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists every invalid value with its line and column', async () => {
    const error = await loadAdminUnits(dir, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    const problems = (error as SourceFileError).problems.map(
      ({ line, column }) => `${line} ${column}`,
    );
    expect(problems).toEqual([
      '3 ADM2_PCODE',
      '4 ADM1_PCODE',
      '5 geometry',
      '6 ADM2_PCODE',
      '6 ADM2_EN',
    ]);
  });

  it('quotes the invalid P-code and the expected shape', async () => {
    const error = (await loadAdminUnits(dir, 2).catch(
      (e: unknown) => e,
    )) as SourceFileError;
    expect(error.problems[0].reason).toBe(
      'feature 2: invalid P-code "IQG8Q3", expected IQG, 2 digits, Q and 2 digits, such as "IQG08Q03"',
    );
  });
});
