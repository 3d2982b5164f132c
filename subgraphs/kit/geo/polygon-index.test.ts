import type { BBox } from './boundaries';
import type { Ring } from './geojson';
import { PolygonGrid, PreparedPolygon } from './polygon-index';

function square(
  minLon: number,
  minLat: number,
  maxLon: number,
  maxLat: number,
): Ring {
  return [
    [minLon, minLat],
    [maxLon, minLat],
    [maxLon, maxLat],
    [minLon, maxLat],
    [minLon, minLat],
  ];
}

function bboxOf(rings: Ring[]): BBox {
  const positions = rings.flat();
  return {
    minLon: Math.min(...positions.map(([lon]) => lon)),
    minLat: Math.min(...positions.map(([, lat]) => lat)),
    maxLon: Math.max(...positions.map(([lon]) => lon)),
    maxLat: Math.max(...positions.map(([, lat]) => lat)),
  };
}

function prepare(...rings: Ring[]): PreparedPolygon {
  return new PreparedPolygon(rings, bboxOf(rings));
}

describe('PreparedPolygon', () => {
  const withHole = prepare(square(40, 30, 44, 34), square(41, 31, 42, 32));

  it('contains a point inside the outer ring', () => {
    expect(withHole.contains(43, 33)).toBe(true);
  });

  it('excludes a point inside the hole', () => {
    expect(withHole.contains(41.5, 31.5)).toBe(false);
  });

  it('excludes a point outside the bounding box', () => {
    expect(withHole.contains(45, 33)).toBe(false);
  });

  it('treats the rings of two polygons as one multipolygon', () => {
    const twoParts = prepare(square(40, 30, 41, 31), square(42, 30, 43, 31));
    expect(twoParts.contains(40.5, 30.5)).toBe(true);
    expect(twoParts.contains(42.5, 30.5)).toBe(true);
    expect(twoParts.contains(41.5, 30.5)).toBe(false);
  });

  it('tests points on band boundaries of a tall triangle', () => {
    const triangle = prepare([
      [40, 30],
      [41, 30],
      [40, 33],
      [40, 30],
    ]);
    // The hypotenuse runs from (41, 30) to (40, 33): lon = 41 - (lat - 30) / 3.
    expect(triangle.contains(40.66, 31)).toBe(true);
    expect(triangle.contains(40.67, 31)).toBe(false);
    expect(triangle.contains(40.05, 32.7)).toBe(true);
    expect(triangle.contains(40.15, 32.7)).toBe(false);
    expect(triangle.contains(40.5, 30.02)).toBe(true);
  });

  it('puts a point on a shared edge in the unit east of it', () => {
    const west = prepare(square(40, 30, 41, 31));
    const east = prepare(square(41, 30, 42, 31));
    expect(west.contains(41, 30.5)).toBe(false);
    expect(east.contains(41, 30.5)).toBe(true);
  });

  it('puts a point on a shared horizontal edge in the unit north of it', () => {
    const south = prepare(square(40, 30, 41, 31));
    const north = prepare(square(40, 31, 41, 32));
    expect(south.contains(40.5, 31)).toBe(false);
    expect(north.contains(40.5, 31)).toBe(true);
  });
});

describe('PolygonGrid', () => {
  const polygons = [
    prepare(square(40, 30, 41, 31)),
    prepare(square(41, 30, 42, 31)),
    prepare(square(40, 30, 42, 31)),
  ];
  const grid = new PolygonGrid(polygons);

  it('finds the first polygon in input order', () => {
    expect(grid.find(40.5, 30.5)).toBe(0);
  });

  it('finds a polygon in another cell', () => {
    expect(grid.find(41.95, 30.95)).toBe(1);
  });

  it('returns undefined outside the grid extent', () => {
    expect(grid.find(39, 30.5)).toBeUndefined();
  });

  it('returns undefined inside the extent but outside every polygon', () => {
    const sparse = new PolygonGrid([
      prepare(square(40, 30, 41, 31)),
      prepare(square(45, 35, 46, 36)),
    ]);
    expect(sparse.find(43, 33)).toBeUndefined();
  });

  it('returns undefined when empty', () => {
    expect(new PolygonGrid([]).find(40, 30)).toBeUndefined();
  });
});
