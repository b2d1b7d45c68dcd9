import { geoArea, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import topology from "../../../src/features/map/china-provinces.topo.json";
import { decodeChinaGeometry } from "../../../src/features/map/map-geometry.ts";
import {
  createInsetProjection,
  createMainProjection,
  FRAME,
  focusBox,
  insetBox,
  isSouthSeaPoint,
  projectPlace,
} from "../../../src/features/map/projection.ts";

const geometry = decodeChinaGeometry(topology);
const main = createMainProjection(FRAME, geometry.outlines);
const box = insetBox(FRAME);
const inset = createInsetProjection(box);

const CITIES: Record<string, [number, number]> = {
  beijing: [116.405, 39.905],
  chengdu: [104.066, 30.659],
  urumqi: [87.618, 43.793],
  harbin: [126.642, 45.757],
  haikou: [110.331, 20.032],
  taipei: [121.509, 25.044],
  lhasa: [91.132, 29.66],
};

const project = (lngLat: [number, number]) => {
  const xy = main(lngLat);
  if (!xy) throw new Error("not projected");
  return { x: xy[0], y: xy[1] };
};
const inside = (
  { x, y }: { x: number; y: number },
  b = { x: 0, y: 0, width: FRAME.width, height: FRAME.height },
) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

describe("decoded outlines", () => {
  it("has all 34 provincial units, Taiwan, Hong Kong and Macau included", () => {
    const codes = geometry.provinces.map((p) => p.properties.adcode);
    expect(codes).toHaveLength(34);
    expect(codes).toEqual(expect.arrayContaining(["710000", "810000", "820000", "460000"]));
  });

  it("is wound for d3-geo: every province is small, none covers the globe", () => {
    for (const f of geometry.provinces) {
      expect(geoArea(f), f.properties.name).toBeGreaterThan(0);
      expect(geoArea(f), f.properties.name).toBeLessThan(0.1);
    }
  });

  it("keeps the South China Sea islands apart from Hainan's main island", () => {
    expect(geometry.southSeaIslands.geometry.coordinates.length).toBeGreaterThan(100);
    const hainan = geometry.provinces.find((p) => p.properties.adcode === "460000");
    const southern = hainan?.geometry.coordinates.filter((poly) =>
      (poly[0] ?? []).every(([lng = 0, lat = 0]) => isSouthSeaPoint([lng, lat])),
    );
    expect(southern).toEqual([]);
  });

  it("knows city seats and province anchors", () => {
    expect(geometry.citySeats.size).toBeGreaterThan(300);
    const [lng = 0, lat = 0] = geometry.citySeats.get("410300") ?? [];
    expect(lng).toBeCloseTo(112.45, 1);
    expect(lat).toBeCloseTo(34.62, 1);
    const gansu = geometry.provinces.find((p) => p.properties.name === "甘肃省");
    expect(gansu?.properties.anchor).toHaveLength(2);
  });
});

describe("main projection", () => {
  it.each(Object.entries(CITIES))("%s projects inside the frame", (_, lngLat) => {
    expect(inside(project(lngLat))).toBe(true);
  });

  it.each([
    ["beijing", "chengdu", "north-east"],
    ["harbin", "beijing", "north-east"],
    ["urumqi", "lhasa", "north-west"],
    ["haikou", "chengdu", "south-east"],
    ["taipei", "haikou", "north-east"],
  ] as const)("%s lies %s of %s", (a, b, direction) => {
    const pa = project(CITIES[a] ?? [0, 0]);
    const pb = project(CITIES[b] ?? [0, 0]);
    // screen y grows downwards
    expect(direction.startsWith("north") ? pa.y < pb.y : pa.y > pb.y).toBe(true);
    expect(direction.endsWith("east") ? pa.x > pb.x : pa.x < pb.x).toBe(true);
  });

  it("fits the whole country in the frame without leaving much unused", () => {
    const [[x0, y0], [x1, y1]] = geoPath(main).bounds(geometry.outlines);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(FRAME.width);
    expect(y1).toBeLessThanOrEqual(FRAME.height);
    expect(y1 - y0).toBeGreaterThan(FRAME.height * 0.9);
  });

  it("leaves the inset box clear of every province", () => {
    for (const f of geometry.provinces) {
      const [[x0, y0], [x1, y1]] = geoPath(main).bounds(f);
      const overlaps = x1 > box.x && x0 < box.x + box.width && y1 > box.y && y0 < box.y + box.height;
      expect(overlaps, f.properties.name).toBe(false);
    }
  });
});

describe("inset", () => {
  it("sits in the bottom-right corner of the frame", () => {
    expect(box.x + box.width).toBeLessThanOrEqual(FRAME.width);
    expect(box.y + box.height).toBeLessThanOrEqual(FRAME.height);
    expect(box.x).toBeGreaterThan(FRAME.width / 2);
    expect(box.y).toBeGreaterThan(FRAME.height / 2);
  });

  it("maps every South China Sea island into the inset box", () => {
    const [[x0, y0], [x1, y1]] = geoPath(inset).bounds(geometry.southSeaIslands);
    expect(inside({ x: x0, y: y0 }, box)).toBe(true);
    expect(inside({ x: x1, y: y1 }, box)).toBe(true);
  });

  it.each([
    ["三沙市 (Woody Island)", [112.349, 16.831], true],
    ["Zengmu Reef", [112.28, 3.95], true],
    ["三亚市", [109.508, 18.248], false],
    ["北京市", [116.405, 39.905], false],
  ] as const)("%s goes to the inset: %s", (_, lngLat, expected) => {
    const at = projectPlace(lngLat, main, inset);
    expect(at?.inset).toBe(expected);
    if (at) expect(inside(at, expected ? box : undefined)).toBe(true);
  });
});

describe("focusBox: the view when a province is chosen", () => {
  const whole = { x: 0, y: 0, width: 800, height: 600 };
  it.each([
    [
      "a province 200x100 in the middle",
      [
        [300, 250],
        [500, 350],
      ],
      { x: 270, y: 202.5, width: 260, height: 195 },
    ],
    [
      "a tall province widened to the frame's ratio",
      [
        [380, 200],
        [420, 400],
      ],
      { x: 226.6667, y: 170, width: 346.6667, height: 260 },
    ],
    [
      "a municipality a few units across: at least a sixth of the frame",
      [
        [600, 200],
        [606, 204],
      ],
      { x: 536.3333, y: 152, width: 133.3333, height: 100 },
    ],
    [
      "near the edge: moved inside the frame",
      [
        [0, 0],
        [100, 50],
      ],
      { x: 0, y: 0, width: 133.3333, height: 100 },
    ],
    [
      "as large as the country: the whole frame",
      [
        [10, 10],
        [790, 590],
      ],
      whole,
    ],
    [
      "empty bounds: the whole frame",
      [
        [Number.NaN, 0],
        [1, 1],
      ],
      whole,
    ],
    [
      "inverted bounds: the whole frame",
      [
        [10, 10],
        [5, 5],
      ],
      whole,
    ],
  ] as const)("%s", (_name, bounds, expected) => {
    const b = focusBox(bounds as unknown as [[number, number], [number, number]], FRAME);
    expect(b.x).toBeCloseTo(expected.x, 3);
    expect(b.y).toBeCloseTo(expected.y, 3);
    expect(b.width).toBeCloseTo(expected.width, 3);
    expect(b.height).toBeCloseTo(expected.height, 3);
    expect(b.width / b.height).toBeCloseTo(FRAME.width / FRAME.height, 6);
  });

  it("holds every province's outline, and zooms in on all but the largest", () => {
    const path = geoPath(main);
    for (const f of geometry.provinces) {
      const bounds = path.bounds(f);
      const b = focusBox(bounds, FRAME);
      expect(inside({ x: bounds[0][0], y: bounds[0][1] }, b)).toBe(true);
      expect(inside({ x: bounds[1][0], y: bounds[1][1] }, b)).toBe(true);
    }
    const henan =
      geometry.provinces.find((f) => f.properties.name.startsWith("河南")) ?? geometry.provinces[0];
    expect(focusBox(path.bounds(henan as never), FRAME).width).toBeLessThan(FRAME.width / 3);
  });
});
