/**
 * A Bloom-style set of code-unit pairs (one hash, 2^17 bits = 16 kB): `mayHave` is false only for a
 * pair never added. The keyword and place-name tries ask it before looking up a second character:
 * most pairs of running text start no name, and the filter fits in the first-level cache where the
 * trie's edge hash does not.
 */
const BITS = 17;

export class PairFilter {
  private readonly words = new Int32Array(1 << (BITS - 5));

  add(first: number, second: number): void {
    const h = pairHash(first, second);
    this.words[h >>> 5] = (this.words[h >>> 5] as number) | (1 << (h & 31));
  }

  mayHave(first: number, second: number): boolean {
    const h = pairHash(first, second);
    return ((this.words[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - BITS);
}
