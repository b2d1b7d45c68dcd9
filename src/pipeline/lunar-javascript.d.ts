// lunar-javascript ships no types; only what lunar.ts uses is declared.
declare module "lunar-javascript" {
  interface Solar {
    toYmd(): string;
  }
  interface LunarDate {
    getSolar(): Solar;
  }
  const lunar: {
    Lunar: { fromYmd(year: number, month: number, day: number): LunarDate };
  };
  export default lunar;
}
