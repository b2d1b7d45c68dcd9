import { useId, useState } from "react";
import type { Translate } from "../shared/i18n.ts";
import { copyText } from "./copy-text.ts";

interface Props {
  /** computed on click, so it is the link at that moment */
  getLink: () => string;
  t: Translate;
  label?: string;
}

export function CopyLinkButton({ getLink, t, label }: Props) {
  const [status, setStatus] = useState<{ kind: "copied" | "failed"; link: string } | null>(null);
  const statusId = useId();
  const onClick = async () => {
    const link = getLink();
    const ok = await copyText(link);
    setStatus({ kind: ok ? "copied" : "failed", link });
    if (ok) setTimeout(() => setStatus((s) => (s?.link === link ? null : s)), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={onClick} aria-describedby={statusId}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        {label ?? t("copyLink")}
      </button>
      <span id={statusId} role="status" className="copy-link__status">
        {status?.kind === "copied" ? t("copied") : null}
      </span>
      {status?.kind === "failed" ? (
        <label className="copy-link__manual">
          <span>{t("copyFailed")}</span>
          <input readOnly value={status.link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </span>
  );
}
