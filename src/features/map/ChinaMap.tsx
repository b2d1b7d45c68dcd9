import { geoPath } from "d3-geo";
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { allBuckets, type PlaceBucket, type PlaceSummary } from "./group-places.ts";
import type { PlaceSelection } from "./MapPanel.tsx";
import type { ChinaGeometry, ProvinceFeature } from "./map-geometry.ts";
import { type Lang, mapStrings, typeLabel } from "./map-strings.ts";
import { bucketName, isSelected, type Selection } from "./place-selection.ts";
import {
  createInsetProjection,
  createMainProjection,
  FRAME,
  focusBox,
  insetBox,
  type ProjectedPoint,
  projectPlace,
} from "./projection.ts";
import { EMPTY_SHADE, radiusScale, shadeClasses, shadeFor } from "./scales.ts";

export interface ChinaMapProps {
  geometry: ChinaGeometry;
  summary: PlaceSummary;
  selection: Selection;
  onSelectPlace: (selection: PlaceSelection) => void;
  lang: Lang;
}

interface DrawnPoint {
  bucket: PlaceBucket;
  at: ProjectedPoint;
  name: string;
}

/** Grows points on narrow screens so they stay visible and tappable; the map itself just scales. */
function useDisplayScale(ref: React.RefObject<SVGSVGElement | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) setScale(Math.min(1.8, Math.max(1, FRAME.width / width)));
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}

function positionOf(bucket: PlaceBucket, geometry: ChinaGeometry, provinces: Map<string, ProvinceFeature>) {
  const province = provinces.get(`${bucket.adcode.slice(0, 2)}0000`);
  if (bucket.city === null) return province?.properties.anchor ?? bucket.position;
  // Municipalities: the city is the province, drawn at its seat.
  if (bucket.city === bucket.province && province) return province.properties.center;
  return geometry.citySeats.get(bucket.adcode) ?? bucket.position;
}

interface MapPointProps {
  bucketKey: string;
  isProvince: boolean;
  x: number;
  y: number;
  r: number;
  label: string;
  selected: boolean;
  describedBy: string | undefined;
}

/**
 * One point: memoised on plain values, so that a filter change re-renders only the points whose
 * count, size or selection changed (at 100k records the map has ~400 of them). Clicks, keys, hover
 * and focus are handled once for all points by their group (`usePointEvents`).
 */
const MapPoint = memo(function MapPoint({
  bucketKey,
  isProvince,
  x,
  y,
  r,
  label,
  selected,
  describedBy,
}: MapPointProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      aria-describedby={describedBy}
      data-place={bucketKey}
      className={`map-view__point ${isProvince ? "is-province" : "is-city"}${selected ? " is-selected" : ""}`}
    >
      {isProvince ? (
        // Wider than a circle of the same count, so it shows around the capital's circle.
        <rect
          x={x - r * 1.05}
          y={y - r * 1.05}
          width={r * 2.1}
          height={r * 2.1}
          transform={`rotate(45 ${x} ${y})`}
        />
      ) : (
        <circle cx={x} cy={y} r={r} />
      )}
    </g>
  );
});

/** The point (its `data-place` key) that an event inside the points' group happened on. */
function pointKey(target: EventTarget | null): string | null {
  const point = target instanceof Element ? target.closest("[data-place]") : null;
  return point?.getAttribute("data-place") ?? null;
}

/**
 * The points' events, delegated to their group: click, Enter or Space selects a point's place;
 * hover and focus make it the active one (its tooltip shows), Escape hides the tooltip.
 */
function usePointEvents(
  buckets: ReadonlyMap<string, PlaceBucket>,
  onSelect: (selection: PlaceSelection) => void,
  setActive: (update: (active: string | null) => string | null) => void,
) {
  return useMemo(() => {
    const select = (key: string | null) => {
      const bucket = key === null ? undefined : buckets.get(key);
      if (bucket) onSelect({ province: bucket.province, city: bucket.city });
    };
    const enter = (event: SyntheticEvent) => {
      const key = pointKey(event.target);
      if (key !== null) setActive(() => key);
    };
    const leave = (event: FocusEvent | MouseEvent) => {
      const key = pointKey(event.target);
      // moving within one point (its group to its shape) is not leaving it
      if (key === null || key === pointKey(event.relatedTarget)) return;
      setActive((k) => (k === key ? null : k));
    };
    return {
      onClick: (event: MouseEvent) => select(pointKey(event.target)),
      onKeyDown: (event: KeyboardEvent) => {
        const key = pointKey(event.target);
        if (key === null) return;
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(key);
        } else if (event.key === "Escape") {
          setActive(() => null);
        }
      },
      onMouseOver: enter,
      onMouseOut: leave,
      onFocus: enter,
      onBlur: leave,
    };
  }, [buckets, onSelect, setActive]);
}

export default function ChinaMap({ geometry, summary, selection, onSelectPlace, lang }: ChinaMapProps) {
  const t = mapStrings(lang);
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const displayScale = useDisplayScale(svgRef);
  const [active, setActive] = useState<string | null>(null);

  const drawing = useMemo(() => {
    const main = createMainProjection(FRAME, geometry.outlines);
    const box = insetBox(FRAME);
    const inset = createInsetProjection(box);
    const mainPath = geoPath(main);
    const insetPath = geoPath(inset);
    return {
      main,
      inset,
      box,
      provinces: geometry.provinces.map((f) => ({
        adcode: f.properties.adcode,
        name: f.properties.name,
        d: mainPath(f) ?? "",
        insetD: insetPath(f) ?? "",
        bounds: mainPath.bounds(f),
      })),
      islands: insetPath(geometry.southSeaIslands) ?? "",
    };
  }, [geometry]);

  const counts = useMemo(() => new Map(summary.groups.map((g) => [g.adcode, g.count])), [summary]);
  const classes = useMemo(() => shadeClasses(Math.max(0, ...summary.groups.map((g) => g.count))), [summary]);

  const provincesByCode = useMemo(
    () => new Map(geometry.provinces.map((p) => [p.properties.adcode, p])),
    [geometry],
  );
  const points = useMemo(() => {
    const drawn: DrawnPoint[] = [];
    for (const bucket of allBuckets(summary.groups)) {
      const at = projectPlace(positionOf(bucket, geometry, provincesByCode), drawing.main, drawing.inset);
      if (at) drawn.push({ bucket, at, name: bucketName(bucket, t.provinceWide) });
    }
    // Large marks first, so smaller ones stay on top and clickable; at equal counts a province's
    // diamond goes under its cities' circles.
    return drawn.sort(
      (a, b) =>
        b.bucket.count - a.bucket.count ||
        Number(b.bucket.city === null) - Number(a.bucket.city === null) ||
        (a.bucket.key < b.bucket.key ? -1 : 1),
    );
  }, [summary, geometry, provincesByCode, drawing, t]);

  const buckets = useMemo(() => new Map(points.map((p) => [p.bucket.key, p.bucket])), [points]);
  const pointEvents = usePointEvents(buckets, onSelectPlace, setActive);
  const activePoint = points.find((p) => p.bucket.key === active) ?? null;
  const selectedProvinceAdcode =
    summary.groups.find((g) => g.province === selection.province)?.adcode ?? null;
  const tooltipId = `${id}-tooltip`;

  // A chosen province (or a chosen city's, which MapPanel fills in) fills the map: its cities no longer sit
  // on top of each other. Marks keep their size on screen, and the inset gives way.
  const focusAdcode =
    selectedProvinceAdcode ?? drawing.provinces.find((p) => p.name === selection.province)?.adcode ?? null;
  const view = useMemo(() => {
    const bounds = drawing.provinces.find((p) => p.adcode === focusAdcode)?.bounds;
    return bounds ? focusBox(bounds, FRAME) : { x: 0, y: 0, width: FRAME.width, height: FRAME.height };
  }, [drawing, focusAdcode]);
  const zoom = FRAME.width / view.width;
  const radius = radiusScale(summary.maxCount);

  return (
    <div className="map-view">
      <div className="map-view__frame">
        {/* biome-ignore lint/a11y/useSemanticElements: the svg groups the focusable points under its title */}
        <svg
          ref={svgRef}
          className="map-view__svg"
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          data-zoom={zoom > 1 ? (focusAdcode ?? undefined) : undefined}
          role="group"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{t.mapTitle}</title>
          <desc id={`${id}-desc`}>
            {t.mapDesc(
              points.length,
              summary.groups.reduce((n, g) => n + g.count, 0),
            )}
          </desc>
          <defs>
            <clipPath id={`${id}-inset`}>
              <rect
                x={drawing.box.x}
                y={drawing.box.y}
                width={drawing.box.width}
                height={drawing.box.height}
              />
            </clipPath>
          </defs>
          <g className="map-view__provinces">
            {drawing.provinces.map((p) => {
              const count = counts.get(p.adcode) ?? 0;
              return (
                <path
                  key={p.adcode}
                  d={p.d}
                  data-adcode={p.adcode}
                  fill={shadeFor(classes, count)}
                  className={
                    p.adcode === selectedProvinceAdcode
                      ? "map-view__province is-selected"
                      : "map-view__province"
                  }
                >
                  <title>{`${p.name}：${t.count(count)}`}</title>
                </path>
              );
            })}
          </g>
          {zoom > 1 ? null : (
            <g className="map-view__inset">
              <rect
                className="map-view__inset-frame"
                x={drawing.box.x}
                y={drawing.box.y}
                width={drawing.box.width}
                height={drawing.box.height}
              />
              <g clipPath={`url(#${id}-inset)`}>
                {drawing.provinces.map((p) => (
                  <path key={p.adcode} d={p.insetD} fill={EMPTY_SHADE} className="map-view__inset-province" />
                ))}
                <path d={drawing.islands} className="map-view__islands" data-region="south-china-sea" />
              </g>
              <text className="map-view__inset-label" fontSize={11 * displayScale} textAnchor="end">
                {t.southSea.map((line, i) => (
                  <tspan
                    key={line}
                    x={drawing.box.x + drawing.box.width - 4}
                    y={
                      drawing.box.y + drawing.box.height - 5 - (t.southSea.length - 1 - i) * 12 * displayScale
                    }
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          )}
          <g className="map-view__points" {...pointEvents}>
            {points.map(({ bucket, at, name }) => (
              <MapPoint
                key={bucket.key}
                bucketKey={bucket.key}
                isProvince={bucket.city === null}
                x={at.x}
                y={at.y}
                r={(radius(bucket.count) * displayScale) / zoom}
                label={`${name}:${t.count(bucket.count)}`}
                selected={isSelected(bucket, selection)}
                describedBy={active === bucket.key ? tooltipId : undefined}
              />
            ))}
          </g>
        </svg>
        {activePoint && (
          <div
            id={tooltipId}
            role="tooltip"
            className="map-view__tooltip"
            style={{
              left: `${((activePoint.at.x - view.x) / view.width) * 100}%`,
              top: `${((activePoint.at.y - view.y) / view.height) * 100}%`,
            }}
            data-flip={activePoint.at.x - view.x > view.width * 0.6 ? "left" : "right"}
          >
            <strong>{activePoint.name}</strong>
            {activePoint.bucket.city === null ? null : (
              <span className="map-view__tooltip-province">{activePoint.bucket.province}</span>
            )}
            <span>{t.count(activePoint.bucket.count)}</span>
            {activePoint.bucket.topTypes.length > 0 && (
              <span className="map-view__tooltip-types">
                {t.topTypes}：
                {activePoint.bucket.topTypes
                  .map((type) => `${typeLabel(type.id, lang)} ${type.count}`)
                  .join("、")}
              </span>
            )}
          </div>
        )}
      </div>
      <MapLegend classes={classes} lang={lang} />
    </div>
  );
}

function MapLegend({ classes, lang }: { classes: ReturnType<typeof shadeClasses>; lang: Lang }) {
  const t = mapStrings(lang);
  return (
    <div className="map-legend">
      <span className="map-legend__title">{t.legend}</span>
      <ul className="map-legend__classes">
        <li>
          <span className="map-legend__swatch" style={{ background: EMPTY_SHADE }} />0
        </li>
        {classes.map((c) => (
          <li key={c.from}>
            <span className="map-legend__swatch" style={{ background: c.colour }} />
            {c.from === c.to ? c.from : `${c.from}–${c.to}`}
          </li>
        ))}
      </ul>
      <ul className="map-legend__marks">
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true" className="map-legend__mark is-city">
            <circle cx="6" cy="6" r="5" />
          </svg>
          {t.cityPoint}
        </li>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true" className="map-legend__mark is-province">
            <rect x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" />
          </svg>
          {t.provincePoint}
        </li>
      </ul>
    </div>
  );
}
