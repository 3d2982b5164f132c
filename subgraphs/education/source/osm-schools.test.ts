import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocator } from '../../kit/geo/locate';
import { placeAll } from '../../kit/geo/place';
import { SourceFileError } from '../../kit/ingest/problems';
import {
  OSM_SCHOOLS_FILE,
  readOsmSchools,
  type OsmSchool,
} from './osm-schools';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readOsmSchools', () => {
  let schools: OsmSchool[];

  beforeAll(async () => {
    schools = await readOsmSchools(dataDir!);
  });

  function byId(id: string): OsmSchool | undefined {
    return schools.find((s) => s.sourceId === id);
  }

  it('reads 306 schools', () => {
    expect(schools).toHaveLength(306);
  });

  it('gives 10 schools without any name tag the placeholder name', () => {
    expect(schools.filter((s) => s.name.startsWith('OSM node/'))).toHaveLength(
      10,
    );
  });

  it('names an untagged school after its OSM id', () => {
    expect(byId('node/3409052819')).toEqual({
      sourceId: 'node/3409052819',
      source: 'osm',
      name: 'OSM node/3409052819',
      lon: 43.9956076,
      lat: 36.226584,
      line: 127,
    });
  });

  it('falls back to name:en when name is missing', () => {
    expect(byId('node/4357104895')?.name).toBe('Kingery Institute');
  });

  it('prefers name:ku-Arab over an Arabic-script name:ku for Sorani', () => {
    const besarani = byId('node/3957516984');
    expect(besarani?.name).toBe('ئامادەیی بێسارانی كوڕان');
    expect(besarani?.nameEn).toBe('Besarani Preparatory school (Boys)');
    expect(besarani?.nameAr).toBe('مدرسة الٳعدادیة بیسارانی');
    expect(besarani?.nameCkb).toBe('ئامادەیی بێسارانی كوڕان');
    expect(besarani?.line).toBe(175);
  });

  it('ignores a Latin name:ku for Sorani', () => {
    expect(byId('node/4515801889')?.nameCkb).toBeUndefined();
  });

  it('counts names per language', () => {
    expect(schools.filter((s) => s.nameEn)).toHaveLength(178);
    expect(schools.filter((s) => s.nameAr)).toHaveLength(92);
    expect(schools.filter((s) => s.nameCkb)).toHaveLength(146);
  });

  it('leaves the level unknown for plain amenity=school', () => {
    expect(schools.filter((s) => s.level !== undefined)).toHaveLength(0);
  });

  it('places every school in Erbil district', async () => {
    const { placed, outside } = placeAll(
      schools,
      await createLocator(dataDir!),
    );
    // Expected counts come from Python ray casting over the admin-1 to admin-3 polygons.
    expect(outside).toHaveLength(0);
    expect(placed.filter((s) => s.governorateCode === 'IQ-AR')).toHaveLength(
      306,
    );
    expect(
      placed.filter((s) => s.subDistrictPcode === 'IQG11Q02N02'),
    ).toHaveLength(306);
  });
});

describe('readOsmSchools on crafted features', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osm-schools-test-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function read(features: object[]): Promise<OsmSchool[]> {
    const folder = await mkdtemp(join(dir, 'case-'));
    await writeFile(
      join(folder, OSM_SCHOOLS_FILE),
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
    return readOsmSchools(folder);
  }

  const square = [
    [44, 36],
    [44.002, 36],
    [44.002, 36.001],
    [44, 36.001],
    [44, 36],
  ];

  it('places a polygon at the average of its vertices', async () => {
    const [school] = await read([
      {
        type: 'Feature',
        properties: { '@id': 'way/1', amenity: 'school' },
        geometry: { type: 'Polygon', coordinates: [square] },
      },
    ]);
    expect(school.lon).toBeCloseTo(44.001, 10);
    expect(school.lat).toBeCloseTo(36.0005, 10);
  });

  it.each([
    [{ 'isced:level': '1' }, 'PRIMARY'],
    [{ 'isced:level': '2;3' }, 'SECONDARY'],
    [{ 'isced:level': '1-3' }, 'OTHER'],
    [{ school: 'primary;secondary' }, 'OTHER'],
    [{ school: 'secondary' }, 'SECONDARY'],
    [{ amenity: 'kindergarten' }, 'PRESCHOOL'],
    [{ amenity: 'university' }, 'TERTIARY'],
  ])('reads %p as %s', async (tags, level) => {
    const [school] = await read([
      {
        type: 'Feature',
        properties: { '@id': 'node/1', amenity: 'school', ...tags },
        geometry: { type: 'Point', coordinates: [44, 36] },
      },
    ]);
    expect(school.level).toBe(level);
  });

  it('rejects a duplicate id', async () => {
    const point = { type: 'Point', coordinates: [44, 36] };
    const school = {
      type: 'Feature',
      properties: { '@id': 'node/7' },
      geometry: point,
    };
    const error = await read([school, school]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems.map((p) => p.reason)).toEqual([
      'feature 2: duplicate OSM id "node/7", expected each element once',
    ]);
  });

  it('rejects an invalid id and a line geometry', async () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [44, 36],
        [44.1, 36],
      ],
    };
    const error = await read([
      { type: 'Feature', properties: { '@id': 'n123' }, geometry: line },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems.map((p) => p.reason)).toEqual([
      'feature 1: invalid OSM id "n123", expected node/, way/ or relation/ and a number',
      'feature 1: geometry type "LineString" is not supported, expected Point, Polygon or MultiPolygon',
    ]);
  });
});
