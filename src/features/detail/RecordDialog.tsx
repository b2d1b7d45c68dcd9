import { type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import type { Lang } from "../../shared/filters.ts";
import type { Translate } from "../../shared/i18n.ts";
import type { Dataset, DatasetRecord } from "../../shared/schema.ts";
import { DetailErrorBoundary } from "./DetailErrorBoundary.tsx";
import { RecordDetail } from "./RecordDetail.tsx";

export interface RecordDialogProps {
  recordId: string;
  loadRecord: (id: string) => Promise<DatasetRecord | null>;
  taxonomy: Dataset["taxonomy"];
  lang: Lang;
  t: Translate;
  onClose: () => void;
  actions: ReactNode;
}

/**
 * The detail view as a modal <dialog>: the browser traps focus and closes it on Escape; on a phone
 * it fills the screen. Focus returns to where it was when the dialog goes away.
 */
export default function RecordDialog({
  recordId,
  loadRecord,
  taxonomy,
  lang,
  t,
  onClose,
  actions,
}: RecordDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // a failed load is forgotten by the data source: another attempt fetches again
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first button; start at the title instead when it is already there
      dialog.querySelector<HTMLElement>("#detail-title")?.focus();
    }
    return () => {
      if (dialog?.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="detail-dialog"
      aria-labelledby="detail-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="detail-dialog__bar">
        <span className="detail-dialog__label">{t("detail")}</span>
        <button type="button" className="button button--quiet" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t("backToList")}
        </button>
      </div>
      <DetailErrorBoundary
        key={`${recordId}#${attempt}`}
        fallback={
          <div className="load-failure" role="alert">
            <p>{t("detailLoadFailed")}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              {t("retry")}
            </button>
          </div>
        }
      >
        <Suspense fallback={<p className="loading">{t("loadingDetail")}</p>}>
          <RecordDetail
            record={loadRecord(recordId)}
            taxonomy={taxonomy}
            lang={lang}
            t={t}
            actions={actions}
          />
        </Suspense>
      </DetailErrorBoundary>
    </dialog>
  );
}
