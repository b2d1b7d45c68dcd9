import type { Lang } from "../../shared/filters.ts";
import type { TaxonomyLabel } from "../../shared/schema.ts";

/** A set of checkboxes over taxonomy ids; the order written to the URL is the taxonomy's. */
export function ChoiceFilter({
  legend,
  options,
  selected,
  lang,
  onChange,
}: {
  legend: string;
  options: readonly TaxonomyLabel[];
  selected: readonly string[];
  lang: Lang;
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(options.map((o) => o.id).filter((o) => next.has(o)));
  };
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((o) => (
          <label key={o.id} className="choice">
            <input
              type="checkbox"
              checked={selected.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            <span>{o[lang]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
