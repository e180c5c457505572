import { useEffect, useRef } from "react";
import { useStore, selectLocale } from "../../state/store";
import { setHelpOpen } from "../../state/actions";
import { t } from "../i18n";
import { SHORTCUTS } from "./shortcuts";

export function HelpOverlay() {
  const open = useStore((s) => s.helpOpen);
  const locale = useStore(selectLocale);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help" aria-labelledby={open ? "help-title" : undefined} onClose={() => setHelpOpen(false)}>
      {/* Drawn only when open: the first picture does not wait on a list nobody has asked for. */}
      {open && <HelpContent locale={locale} />}
    </dialog>
  );
}

function HelpContent({ locale }: { locale: ReturnType<typeof selectLocale> }) {
  return (
    <>
      <h2 id="help-title">{t(locale, "shell.helpTitle")}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.label}>
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(locale, s.label)}</dd>
          </div>
        ))}
      </dl>
      <p>{t(locale, "shell.keyEditor")}</p>
      <button type="button" onClick={() => setHelpOpen(false)} autoFocus>
        {t(locale, "shell.helpClose")}
      </button>
    </>
  );
}
