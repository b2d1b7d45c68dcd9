import { type FilterIndex, provinceOfCity } from "../../shared/filter-engine.ts";
import type { Filters, FiltersChange } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";

/** Province -> city cascade. Choosing a city alone also shows its province; a new province drops a foreign city. */
export function PlaceFilter({
  filters,
  index,
  t,
  onChange,
}: {
  filters: Filters;
  index: FilterIndex;
  t: Translate;
  onChange: FiltersChange;
}) {
  const cityProvince = (city: string) => provinceOfCity(index, city);
  const shownProvince = filters.province ?? (filters.city ? cityProvince(filters.city) : null);
  const cities = index.cities.filter((c) => !shownProvince || cityProvince(c) === shownProvince);

  return (
    <fieldset className="filter-group">
      <legend>
        {t("province")} / {t("city")}
      </legend>
      <label className="field">
        <span className="field__label">{t("province")}</span>
        <select
          value={shownProvince ?? ""}
          onChange={(e) => {
            const province = e.target.value || null;
            const city =
              filters.city && province && cityProvince(filters.city) === province ? filters.city : null;
            onChange({ ...filters, province, city });
          }}
        >
          <option value="">{t("allProvinces")}</option>
          {index.provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("city")}</span>
        <select
          value={filters.city ?? ""}
          onChange={(e) => {
            const city = e.target.value || null;
            onChange({ ...filters, city, province: city ? cityProvince(city) : shownProvince });
          }}
        >
          <option value="">{t("allCities")}</option>
          {cities.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
