import { createLocator, type Locator } from './locate';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('createLocator', () => {
  let locator: Locator;

  beforeAll(async () => {
    locator = await createLocator(dataDir!);
  });

  it('places central Baghdad in Al-Karkh, Al-Mansour', () => {
    expect(locator.locate(44.36, 33.31)).toEqual({
      governoratePcode: 'IQG08',
      governorateCode: 'IQ-BG',
      districtPcode: 'IQG08Q03',
      subDistrictPcode: 'IQG08Q03N03',
    });
  });

  it.each([
    [47.78, 30.51, 'IQ-BA', 'IQG02Q02', 'IQG02Q02N02'],
    [44.0092, 36.1912, 'IQ-AR', 'IQG11Q02', 'IQG11Q02N02'],
    [45.4375, 35.5608, 'IQ-SU', 'IQG06Q01', 'IQG06Q01N02'],
    [43.13, 36.34, 'IQ-NI', 'IQG15Q05', 'IQG15Q05N04'],
  ])(
    'places (%p, %p) in %s',
    (lon, lat, governorateCode, districtPcode, subDistrictPcode) => {
      const location = locator.locate(lon, lat);
      expect(location?.governorateCode).toBe(governorateCode);
      expect(location?.districtPcode).toBe(districtPcode);
      expect(location?.subDistrictPcode).toBe(subDistrictPcode);
    },
  );

  it.each([
    [49.5, 29.0, 'the Gulf'],
    [48.9, 29.9, 'the Gulf off Fao'],
    [51.4, 35.7, 'Tehran'],
    [40.0, 37.5, 'Turkey'],
  ])('returns undefined for (%p, %p) in %s', (lon, lat) => {
    expect(locator.locate(lon, lat)).toBeUndefined();
  });

  it('puts a vertex shared by Baghdad and Babil districts in one of them', () => {
    // Python ray casting over the same file also gives IQG08Q05 (Al-Mahmoudiya) for this vertex.
    expect(locator.locate(44.526182, 32.83862)?.districtPcode).toBe('IQG08Q05');
  });

  it.each([
    [Number.NaN, 33],
    [44, Number.POSITIVE_INFINITY],
    [181, 33],
    [44, -91],
  ])('rejects invalid coordinates (%p, %p)', (lon, lat) => {
    expect(() => locator.locate(lon, lat)).toThrow(RangeError);
  });

  it('lists 101 districts', () => {
    expect(locator.districts).toHaveLength(101);
  });

  it('returns the same locator for the same folder', async () => {
    expect(await createLocator(dataDir!)).toBe(locator);
  });

  it('omits the sub-district when sub-districts are not loaded', async () => {
    const districtsOnly = await createLocator(dataDir!, {
      subDistricts: false,
    });
    expect(districtsOnly.locate(44.36, 33.31)).toEqual({
      governoratePcode: 'IQG08',
      governorateCode: 'IQ-BG',
      districtPcode: 'IQG08Q03',
    });
  });

  it('places a 400 by 250 grid over Iraq like independent ray casting', () => {
    // Expected counts come from numpy ray casting over the admin-1 polygons for the same grid.
    const expected = new Map([
      ['IQ-AN', 14487],
      ['IQ-AR', 1754],
      ['IQ-BA', 2153],
      ['IQ-BG', 611],
      ['IQ-NI', 4606],
      ['IQ-SU', 2121],
    ]);
    const counts = new Map<string, number>();
    let inside = 0;
    const started = performance.now();
    for (let i = 0; i < 400; i++) {
      for (let j = 0; j < 250; j++) {
        const location = locator.locate(38.8 + 0.025 * i, 29.1 + 0.033 * j);
        if (!location) continue;
        inside++;
        counts.set(
          location.governorateCode,
          (counts.get(location.governorateCode) ?? 0) + 1,
        );
      }
    }
    const elapsed = performance.now() - started;
    console.log(`100,000 lookups took ${elapsed.toFixed(0)} ms`);

    expect(inside).toBe(51076);
    for (const [code, count] of expected)
      expect([code, counts.get(code)]).toEqual([code, count]);
  });
});
