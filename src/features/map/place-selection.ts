/** Which bucket the current filter selects, shared by the map and the list. */
import type { PlaceBucket } from "./group-places.ts";

export interface Selection {
  province: string | null;
  city: string | null;
}

export function isSelected(bucket: PlaceBucket, selection: Selection): boolean {
  if (selection.city !== null) {
    return (
      bucket.city === selection.city &&
      (selection.province === null || bucket.province === selection.province)
    );
  }
  return selection.province !== null && bucket.city === null && bucket.province === selection.province;
}

/** The accessible name of a point or list entry: "洛阳市:3 项", "河南省全省:2 项". */
export function bucketName(bucket: PlaceBucket, provinceWide: (province: string) => string): string {
  return bucket.city ?? `${bucket.province}${provinceWide(bucket.province)}`;
}
