import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * An equal-area conic projection suited to China (standard parallels 25°N and 47°N, central
 * meridian 105°E), fitted to a box of the given size with a margin. Equal-area keeps the
 * choropleth honest: big western regions are not inflated as in Web Mercator.
 */
export function fitProjection(object: GeoPermissibleObjects, width: number, height: number, margin = 8): GeoProjection {
  const w = Math.max(width, 2 * margin + 1);
  const h = Math.max(height, 2 * margin + 1);
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [margin, margin],
        [w - margin, h - margin],
      ],
      object,
    );
}
