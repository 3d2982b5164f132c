import type { Location } from './locate';
import { countByGovernorate, placeAll } from './place';

const baghdad: Location = {
  governoratePcode: 'IQG08',
  governorateCode: 'IQ-BG',
  districtPcode: 'IQG08Q03',
};

// A stand-in locator: everything east of 40° is Baghdad, so these tests need no data files.
const locator = {
  locate: (lon: number): Location | undefined =>
    lon > 40 ? baghdad : undefined,
};

describe('placeAll', () => {
  const records = [
    { id: 'a', lon: 44.36, lat: 33.31 },
    { id: 'b', lon: 30, lat: 33 },
    { id: 'c', lon: 45, lat: 33 },
  ];
  const { placed, outside } = placeAll(records, locator);

  it('merges the location into each placed record', () => {
    expect(placed[0]).toEqual({ id: 'a', lon: 44.36, lat: 33.31, ...baghdad });
  });

  it('keeps input order among placed records', () => {
    expect(placed.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('returns records outside every district unchanged', () => {
    expect(outside).toEqual([{ id: 'b', lon: 30, lat: 33 }]);
  });
});

describe('countByGovernorate', () => {
  it('counts per ISO code in code order', () => {
    const basra: Location = {
      governoratePcode: 'IQG02',
      governorateCode: 'IQ-BA',
      districtPcode: 'IQG02Q02',
    };
    expect([...countByGovernorate([baghdad, basra, baghdad])]).toEqual([
      ['IQ-BA', 1],
      ['IQ-BG', 2],
    ]);
  });
});
