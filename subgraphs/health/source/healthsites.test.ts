import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocator } from '../../kit/geo/locate';
import { countByGovernorate, placeAll } from '../../kit/geo/place';
import { SourceFileError } from '../../kit/ingest/problems';
import {
  HEALTHSITES_FILE,
  readHealthsites,
  type HealthsitesFacility,
} from './healthsites';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readHealthsites', () => {
  let facilities: HealthsitesFacility[];

  beforeAll(async () => {
    facilities = await readHealthsites(dataDir!);
  });

  it('reads 844 facilities', () => {
    expect(facilities).toHaveLength(844);
  });

  it('counts 630 hospitals, 213 clinics and 1 other', () => {
    const kinds = (kind: string) =>
      facilities.filter((f) => f.kind === kind).length;
    expect(kinds('HOSPITAL')).toBe(630);
    expect(kinds('CLINIC')).toBe(213);
    expect(kinds('OTHER')).toBe(1);
  });

  it('reads the first row', () => {
    expect(facilities[0]).toEqual({
      sourceId: '29c6b4ad93f54df6b1d2880358990963',
      source: 'healthsites',
      name: '(الطوارئ)',
      kind: 'HOSPITAL',
      lon: 43.8940461,
      lat: 36.7499244,
      modifiedAt: new Date('2016-07-02T00:28:29.000Z'),
      completeness: 29.41 / 100,
      osmId: 'node/4277481696',
      line: 2,
    });
  });

  it('keeps milliseconds and reads a lower-case way upstream', () => {
    expect(facilities[1].modifiedAt.toISOString()).toBe(
      '2015-12-11T10:51:22.924Z',
    );
    expect(facilities[1].osmId).toBe('way/229482459');
  });

  it('gives the blank-type row OTHER and no OSM id', () => {
    const web = facilities.find(
      (f) => f.sourceId === 'ec974075fa78433ba46977ac5cd894fc',
    );
    expect(web?.kind).toBe('OTHER');
    expect(web?.osmId).toBeUndefined();
  });

  it('reads 2 OSM relations', () => {
    expect(
      facilities.filter((f) => f.osmId?.startsWith('relation/')),
    ).toHaveLength(2);
  });

  it('keeps completeness between 29.41% and 58.82%', () => {
    const values = facilities.map((f) => f.completeness);
    expect(Math.min(...values)).toBeCloseTo(0.2941, 10);
    expect(Math.max(...values)).toBeCloseTo(0.5882, 10);
  });

  it('ends on line 845', () => {
    expect(facilities[843].line).toBe(845);
  });

  it('places every facility in a governorate', async () => {
    const { placed, outside } = placeAll(
      facilities,
      await createLocator(dataDir!),
    );
    // Expected counts come from Python ray casting over the admin-1 polygons.
    const counts = countByGovernorate(placed);
    expect(outside).toHaveLength(0);
    expect(counts.get('IQ-AR')).toBe(131);
    expect(counts.get('IQ-BG')).toBe(186);
    expect(counts.get('IQ-BA')).toBe(83);
    expect(counts.get('IQ-SU')).toBe(72);
    expect(counts.get('IQ-NI')).toBe(50);
    expect(counts.size).toBe(18);
    expect(placed.filter((f) => f.districtPcode === 'IQG11Q02')).toHaveLength(
      111,
    );
  });
});

describe('readHealthsites on an invalid file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'healthsites-test-'));
    const rows = [
      'X,Y,upstream,name,completeness,uuid,date_modified,type',
      '44.1,33.2,OpenStreetMap¶n1,Good,35.29%,0123456789abcdef0123456789abcdef,2016/07/02 00:28:29+03,clinic',
      '44.1,,OpenStreetMap¶n2,No latitude,35.29%,1123456789abcdef0123456789abcdef,2016/07/02 00:28:29+00,clinic',
      '190,33,OpenStreetMap¶n3,Far east,35.29%,2123456789abcdef0123456789abcdef,2016/02/30 00:28:29+00,clinic',
      '44,33,osm:4,Bad upstream,135%,3123456789abcdef,2016/07/02,dentist',
      '44,33,,,35.29%,0123456789abcdef0123456789abcdef,2016/07/02 00:28:29+00,spa',
    ];
    await writeFile(join(dir, HEALTHSITES_FILE), rows.join('\n'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function problems(): Promise<string[]> {
    const error = await readHealthsites(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    return (error as SourceFileError).problems.map(
      ({ line, column, reason }) => `${line} ${column}: ${reason}`,
    );
  }

  it('lists every invalid value with its line and column', async () => {
    expect((await problems()).map((p) => p.split(':')[0])).toEqual([
      '3 Y',
      '4 X',
      '4 date_modified',
      '5 uuid',
      '5 date_modified',
      '5 completeness',
      '5 upstream',
      '6 name',
      '6 type',
    ]);
  });

  it('quotes the blank latitude', async () => {
    expect((await problems())[0]).toBe(
      '3 Y: invalid latitude "", expected decimal degrees',
    );
  });

  it('quotes a longitude out of range', async () => {
    expect((await problems())[1]).toBe(
      '4 X: invalid position X "190", Y "33": longitude 190 is outside [-180, 180]',
    );
  });

  it('rejects 30 February', async () => {
    expect((await problems())[2]).toBe(
      '4 date_modified: invalid date "2016/02/30 00:28:29+00", expected YYYY/MM/DD hh:mm:ss[.fff]+hh',
    );
  });

  it('reads a +03 offset as three hours before UTC', async () => {
    const good = join(dir, 'good');
    const rows = [
      'X,Y,upstream,name,completeness,uuid,date_modified,type',
      '44.1,33.2,,Good,35.29%,0123456789abcdef0123456789abcdef,2016/07/02 00:28:29.5+03,clinic',
    ];
    await mkdir(good);
    await writeFile(join(good, HEALTHSITES_FILE), rows.join('\n'));
    const [facility] = await readHealthsites(good);
    expect(facility.modifiedAt.toISOString()).toBe('2016-07-01T21:28:29.500Z');
  });
});
