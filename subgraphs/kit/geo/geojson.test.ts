import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../ingest/problems';
import { lonLatProblem, polygonRings, readFeatureCollection } from './geojson';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describe('readFeatureCollection', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'geojson-test-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }

  it('records the start line of each feature', async () => {
    const text = [
      '{"type": "FeatureCollection", "note": {"features": [1]},',
      ' "features": [',
      '  {"type": "Feature", "properties": {"name": "a \\" ] {"}, "geometry": null},',
      '',
      '  {"type": "Feature",',
      '   "properties": null, "geometry": {"type": "Point", "coordinates": [44, 33]}}',
      ']}',
    ].join('\n');
    const records = await readFeatureCollection(
      await write('lines.geojson', text),
    );
    expect(records.map((r) => r.line)).toEqual([3, 5]);
  });

  it('turns null properties into an empty object', async () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":null}]}';
    const [record] = await readFeatureCollection(
      await write('null.geojson', text),
    );
    expect(record.feature.properties).toEqual({});
  });

  it('rejects invalid JSON', async () => {
    const path = await write(
      'broken.geojson',
      '{"type": "FeatureCollection", "features": [',
    );
    await expect(readFeatureCollection(path)).rejects.toThrow(SourceFileError);
  });

  it('rejects a file that is not a FeatureCollection', async () => {
    const path = await write(
      'feature.geojson',
      '{"type": "Feature", "properties": {}, "geometry": null}',
    );
    await expect(readFeatureCollection(path)).rejects.toThrow(
      /not a GeoJSON FeatureCollection/,
    );
  });

  it('rejects an element that is not a Feature', async () => {
    const text =
      '{"type":"FeatureCollection","features":[\n{"type":"Point","coordinates":[44,33]}]}';
    const error = await readFeatureCollection(
      await write('point.geojson', text),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems).toEqual([
      {
        file: 'point.geojson',
        line: 2,
        column: 'type',
        reason: 'feature 1 is not a GeoJSON Feature object',
      },
    ]);
  });
});

describeWithData('readFeatureCollection on the OSM schools file', () => {
  it('reads 306 features with the line of each', async () => {
    const records = await readFeatureCollection(
      join(dataDir!, 'osm_schools_erbil_city_2019-05-24_overpass.geojson'),
    );
    expect(records).toHaveLength(306);
    expect(records[0].line).toBe(7);
    expect(records[1].line).toBe(23);
  });
});

describe('lonLatProblem', () => {
  it('accepts a position in Iraq', () => {
    expect(lonLatProblem(44.36, 33.31)).toBeUndefined();
  });

  it('accepts the range limits', () => {
    expect(lonLatProblem(-180, 90)).toBeUndefined();
    expect(lonLatProblem(180, -90)).toBeUndefined();
  });

  it.each([
    [Number.NaN, 33, 'longitude NaN is not a finite number'],
    [44, Number.POSITIVE_INFINITY, 'latitude Infinity is not a finite number'],
    ['44', 33, 'longitude 44 is not a finite number'],
    [180.5, 33, 'longitude 180.5 is outside [-180, 180]'],
    [44, -90.1, 'latitude -90.1 is outside [-90, 90]'],
  ])('rejects (%p, %p)', (lon, lat, reason) => {
    expect(lonLatProblem(lon, lat)).toBe(reason);
  });
});

describe('polygonRings', () => {
  const ring = [
    [44, 33],
    [45, 33],
    [45, 34],
    [44, 33],
  ];

  it('flattens the rings of a MultiPolygon with a hole', () => {
    const hole = [
      [44.1, 33.1],
      [44.2, 33.1],
      [44.2, 33.2],
      [44.1, 33.1],
    ];
    const rings = polygonRings({
      type: 'MultiPolygon',
      coordinates: [[ring, hole], [ring]],
    });
    expect(rings).toHaveLength(3);
  });

  it('rejects a ring that is not closed', () => {
    const open = [...ring.slice(0, 3), [44, 33.5]];
    expect(polygonRings({ type: 'Polygon', coordinates: [open] })).toBe(
      'ring 1: ring is not closed, expected the last position to repeat [44, 33]',
    );
  });

  it('rejects a ring of three positions', () => {
    expect(
      polygonRings({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }),
    ).toBe('ring 1: a ring needs at least 4 positions');
  });

  it('rejects a latitude out of range', () => {
    const far = [
      [44, 33],
      [45, 33],
      [45, 95],
      [44, 33],
    ];
    expect(polygonRings({ type: 'Polygon', coordinates: [far] })).toBe(
      'ring 1: latitude 95 is outside [-90, 90]',
    );
  });

  it('rejects a missing geometry', () => {
    expect(polygonRings(null)).toBe(
      'missing geometry, expected a Polygon or MultiPolygon',
    );
  });
});
