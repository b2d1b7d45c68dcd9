import type { ReactNode } from "react";
import type { Lang } from "../shared/filters.ts";
import type { Translate } from "../shared/i18n.ts";

export function PageHeader({
  t,
  lang,
  onSwitchLang,
  children,
}: {
  t: Translate;
  lang: Lang;
  onSwitchLang?: () => void;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="page-header__titles">
        <h1>
          <span className="page-header__mark" aria-hidden="true" />
          {t("appTitle")}
        </h1>
        <p className="page-header__subtitle">{t("appSubtitle")}</p>
      </div>
      <div className="page-header__tools">
        {children}
        {onSwitchLang ? (
          <button
            type="button"
            className="button button--quiet"
            lang={lang === "zh" ? "en" : "zh-CN"}
            aria-label={t("switchToOtherLabel")}
            onClick={onSwitchLang}
          >
            {t("switchToOther")}
          </button>
        ) : null}
      </div>
    </header>
  );
}
