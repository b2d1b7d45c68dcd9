// @mapbox/geojson-rewind ships no types. `clockwise = true` winds outer rings clockwise, as d3-geo expects.
declare module "@mapbox/geojson-rewind" {
  export default function rewind<T extends object>(geojson: T, clockwise?: boolean): T;
}
