import type { RecordRows } from "../../shared/compact-index.ts";
import type { Lang } from "../../shared/filters.ts";
import { taxonomyLabel } from "../../shared/i18n.ts";
import type { Dataset } from "../../shared/schema.ts";

/** Filtered rows as flat CSV records: raw values (yuan, persons, ISO dates) so spreadsheets can compute. */
export function tableCsvRows(
  records: RecordRows,
  order: Int32Array,
  taxonomy: Dataset["taxonomy"],
  lang: Lang,
): Record<string, string | number | null>[] {
  const zh = lang === "zh";
  const rows: Record<string, string | number | null>[] = [];
  for (const i of order) {
    const r = records.at(i);
    if (!r) continue;
    rows.push({
      id: r.id,
      [zh ? "标题" : "title"]: r.title,
      [zh ? "日期" : "date"]: r.date,
      [zh ? "省份" : "province"]: r.place?.province ?? null,
      [zh ? "城市" : "city"]: r.place?.city ?? null,
      [zh ? "区县" : "district"]: r.place?.district ?? null,
      [zh ? "项目类型" : "types"]: r.types
        .map((t) => taxonomyLabel(taxonomy.types, t, lang))
        .join(zh ? "、" : "; "),
      [zh ? "服务对象" : "beneficiaries"]: r.beneficiaries
        .map((g) => taxonomyLabel(taxonomy.beneficiaries, g, lang))
        .join(zh ? "、" : "; "),
      [zh ? "组织者" : "organiser"]: r.organizer,
      [zh ? "金额(元,最大一笔)" : "money_yuan_largest"]: r.money || null,
      [zh ? "人数(最大)" : "people_largest"]: r.people || null,
      [zh ? "来源文件" : "source_file"]: r.source.file,
      [zh ? "行" : "lines"]: `${r.source.lines[0]}-${r.source.lines[1]}`,
    });
  }
  return rows;
}
