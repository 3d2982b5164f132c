import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocator } from '../../kit/geo/locate';
import { placeAll } from '../../kit/geo/place';
import { SourceFileError } from '../../kit/ingest/problems';
import {
  normaliseLocality,
  readOvertureHealth,
  readOverturePlaces,
  type OvertureHealthFacility,
} from './overture';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readOvertureHealth', () => {
  let facilities: OvertureHealthFacility[];

  beforeAll(async () => {
    facilities = await readOvertureHealth(dataDir!);
  });

  it('reads 261 places', () => {
    expect(facilities).toHaveLength(261);
  });

  it('maps categories to kinds', () => {
    const kinds = (kind: string) =>
      facilities.filter((f) => f.kind === kind).length;
    expect(kinds('HOSPITAL')).toBe(115);
    expect(kinds('CLINIC')).toBe(11);
    expect(kinds('PHARMACY')).toBe(57);
    expect(kinds('LABORATORY')).toBe(18);
    expect(kinds('OTHER')).toBe(60);
  });

  it('reads the first feature', () => {
    expect(facilities[0]).toEqual({
      sourceId: 'db89f0e1-f6d0-4dc6-8aa9-fe1381ae502c',
      source: 'overture',
      name: 'Zhala clinical',
      kind: 'OTHER',
      category: 'health_and_medical',
      confidence: 0.33766233766233766,
      locality: 'Sulaymaniyah',
      lon: 45.46262,
      lat: 35.496424,
      line: 1,
    });
  });

  it('folds 207 spellings of Sulaymaniyah and keeps 48 blank', () => {
    expect(
      facilities.filter((f) => f.locality === 'Sulaymaniyah'),
    ).toHaveLength(207);
    expect(facilities.filter((f) => f.locality === undefined)).toHaveLength(48);
  });

  it('keeps a wrong locality as written', () => {
    expect(facilities.filter((f) => f.locality === 'Baghdad')).toHaveLength(2);
  });

  it('places every facility in Sulaymaniyah district', async () => {
    const { placed, outside } = placeAll(
      facilities,
      await createLocator(dataDir!),
    );
    // Expected counts come from Python ray casting over the admin-1 to admin-3 polygons.
    expect(outside).toHaveLength(0);
    expect(placed.filter((f) => f.governorateCode === 'IQ-SU')).toHaveLength(
      261,
    );
    expect(placed.filter((f) => f.districtPcode === 'IQG06Q01')).toHaveLength(
      261,
    );
    expect(
      placed.filter((f) => f.subDistrictPcode === 'IQG06Q01N02'),
    ).toHaveLength(180);
    expect(
      placed.filter((f) => f.subDistrictPcode === 'IQG06Q01N03'),
    ).toHaveLength(81);
  });
});

describe('normaliseLocality', () => {
  it.each(['As Sulaymaniyah', 'Slemani', 'SULAIMANIA', ' Suli ', 'السليمانية'])(
    'folds %p',
    (spelling) => {
      expect(normaliseLocality(spelling)).toBe('Sulaymaniyah');
    },
  );

  it('keeps another locality', () => {
    expect(normaliseLocality('Ho Chi Minh City')).toBe('Ho Chi Minh City');
  });

  it('returns undefined for a blank locality', () => {
    expect(normaliseLocality('  ')).toBeUndefined();
  });
});

describe('readOverturePlaces on an invalid file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'overture-test-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists every invalid value with its column', async () => {
    const place = (
      id: unknown,
      name: string,
      confidence: unknown,
      coordinates: unknown[],
    ) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: {
        id,
        names: { primary: name },
        categories: null,
        confidence,
        addresses: null,
      },
    });
    const features = [
      place('a', 'Good', 0.5, [45.4, 35.5]),
      place('a', 'Copy', 0.5, [45.4, 35.5]),
      place(null, ' ', 1.5, [45.4, 95]),
    ];
    const path = join(dir, 'places.geojson');
    await writeFile(
      path,
      JSON.stringify({ type: 'FeatureCollection', features }),
    );

    const error = await readOverturePlaces(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems.map((p) => p.reason)).toEqual([
      'feature 2: duplicate id "a", expected each place once',
      'feature 3: missing id null, expected an Overture id',
      'feature 3: blank primary name, expected the place name',
      'feature 3: invalid confidence 1.5, expected a number from 0 to 1',
      'feature 3: latitude 95 is outside [-90, 90]',
    ]);
  });
});
