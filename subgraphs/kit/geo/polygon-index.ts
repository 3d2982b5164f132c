import type { BBox } from './boundaries';
import type { Ring } from './geojson';

/**
 * A polygon prepared for fast even-odd ray casting: its edges are bucketed
 * into horizontal bands, so a test reads only the edges whose latitude range
 * can cross the point's horizontal ray.
 */
export class PreparedPolygon {
  readonly bbox: BBox;
  private readonly bands: Float64Array[];
  private readonly bandCount: number;

  /** Builds the bands from rings in degrees. Holes and several polygons are handled by the even-odd rule. */
  constructor(rings: readonly Ring[], bbox: BBox) {
    this.bbox = bbox;
    this.bandCount = Math.max(
      1,
      Math.ceil((bbox.maxLat - bbox.minLat) / BAND_HEIGHT),
    );
    const bands: number[][] = Array.from({ length: this.bandCount }, () => []);
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        let [x1, y1] = ring[i];
        let [x2, y2] = ring[i + 1];
        // A horizontal edge never satisfies the half-open crossing test below.
        if (y1 === y2) continue;
        // Storing every edge lower end first makes an edge shared by two units give both the same crossing.
        if (y1 > y2) [x1, y1, x2, y2] = [x2, y2, x1, y1];
        const last = this.band(y2);
        for (let band = this.band(y1); band <= last; band++)
          bands[band].push(x1, y1, x2, y2);
      }
    }
    this.bands = bands.map((edges) => Float64Array.from(edges));
  }

  /**
   * Tests whether `(lon, lat)` is inside by counting the crossings of a ray
   * towards +lon. An edge counts when lat is in [lower end, upper end) and the
   * crossing lies strictly east of the point. So a point on an edge shared by
   * two units is inside exactly one of them, up to floating-point rounding.
   */
  contains(lon: number, lat: number): boolean {
    const { minLon, minLat, maxLon, maxLat } = this.bbox;
    if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat)
      return false;
    const edges = this.bands[this.band(lat)];
    let inside = false;
    for (let k = 0; k < edges.length; k += 4) {
      const y1 = edges[k + 1];
      const y2 = edges[k + 3];
      if (lat < y1 || lat >= y2) continue;
      const x1 = edges[k];
      if (lon < x1 + ((edges[k + 2] - x1) * (lat - y1)) / (y2 - y1))
        inside = !inside;
    }
    return inside;
  }

  private band(lat: number): number {
    // Floor of a rounded subtraction and division is monotonic, so an edge's bands always include the band of any lat it spans.
    const band = Math.floor((lat - this.bbox.minLat) / BAND_HEIGHT);
    return Math.min(this.bandCount - 1, Math.max(0, band));
  }
}

/**
 * A coarse grid over polygon bounding boxes. Each cell lists the polygons
 * whose box overlaps it, in input order, so `find` tests only a few polygons
 * and the first match in input order wins.
 */
export class PolygonGrid {
  private readonly cells: Uint16Array[];
  private readonly extent: BBox;
  private readonly columns: number;
  private readonly rows: number;

  /** Indexes polygons in the order given. At most 65,535 polygons. */
  constructor(private readonly polygons: readonly PreparedPolygon[]) {
    this.extent = {
      minLon: Math.min(...polygons.map((p) => p.bbox.minLon)),
      minLat: Math.min(...polygons.map((p) => p.bbox.minLat)),
      maxLon: Math.max(...polygons.map((p) => p.bbox.maxLon)),
      maxLat: Math.max(...polygons.map((p) => p.bbox.maxLat)),
    };
    this.columns = Math.max(
      1,
      Math.ceil((this.extent.maxLon - this.extent.minLon) / CELL_SIZE),
    );
    this.rows = Math.max(
      1,
      Math.ceil((this.extent.maxLat - this.extent.minLat) / CELL_SIZE),
    );
    const cells: number[][] = Array.from(
      { length: this.columns * this.rows },
      () => [],
    );
    polygons.forEach((polygon, index) => {
      const { minLon, minLat, maxLon, maxLat } = polygon.bbox;
      for (let row = this.row(minLat); row <= this.row(maxLat); row++) {
        for (
          let column = this.column(minLon);
          column <= this.column(maxLon);
          column++
        ) {
          cells[row * this.columns + column].push(index);
        }
      }
    });
    this.cells = cells.map((indexes) => Uint16Array.from(indexes));
  }

  /** Returns the index of the first polygon that contains `(lon, lat)`, or undefined. */
  find(lon: number, lat: number): number | undefined {
    const { minLon, minLat, maxLon, maxLat } = this.extent;
    if (
      this.polygons.length === 0 ||
      lon < minLon ||
      lon > maxLon ||
      lat < minLat ||
      lat > maxLat
    )
      return undefined;
    for (const index of this.cells[
      this.row(lat) * this.columns + this.column(lon)
    ]) {
      if (this.polygons[index].contains(lon, lat)) return index;
    }
    return undefined;
  }

  private column(lon: number): number {
    return Math.min(
      this.columns - 1,
      Math.max(0, Math.floor((lon - this.extent.minLon) / CELL_SIZE)),
    );
  }

  private row(lat: number): number {
    return Math.min(
      this.rows - 1,
      Math.max(0, Math.floor((lat - this.extent.minLat) / CELL_SIZE)),
    );
  }
}

/** Band height in degrees latitude. COD-AB vertices are a few hundredths of a degree apart, so a band contains a few edges. */
const BAND_HEIGHT = 0.02;

/** Grid cell size in degrees. Iraq spans about 10° by 8.5°, so about 8,500 cells. */
const CELL_SIZE = 0.1;
