import { noticeText, type Translate } from "../shared/i18n.ts";
import type { ParamNotice } from "../shared/url-params.ts";

/** Values from the link that were ignored; dismissing removes them from the URL. */
export function ParamNotices({
  notices,
  t,
  onDismiss,
}: {
  notices: readonly ParamNotice[];
  t: Translate;
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <p className="notice__title">{t("noticeTitle")}</p>
        <ul>
          {notices.map((n) => (
            <li key={`${n.param}=${n.value}`}>
              <code>{noticeText(t, n)}</code>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
