/**
 * Seeded pseudo-random numbers (mulberry32): the generated corpus and datasets are a function of the
 * seed alone, so two runs of the bench measure the same bytes.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max], inclusive */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** index drawn with probability proportional to `weights[i]` (a cumulative table is built once) */
  weighted<T>(items: readonly T[], weights: readonly number[]): () => T;
  /** log-normal draw with the given median; `spread` is sigma of the underlying normal */
  logNormal(median: number, spread: number): number;
  /** `k` distinct items, order random */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const normal = () => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(items: readonly T[], weights: readonly number[]) {
      const cumulative: number[] = [];
      let total = 0;
      for (const w of weights) {
        total += w;
        cumulative.push(total);
      }
      return () => {
        const x = next() * total;
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((cumulative[mid] as number) > x) hi = mid;
          else lo = mid + 1;
        }
        return items[lo] as T;
      };
    },
    logNormal: (median, spread) => median * Math.exp(spread * normal()),
    sample<T>(items: readonly T[], k: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, k);
    },
  };
}
