import { useRef, type ReactNode } from "react";
import { useStore, selectLocale } from "../../state/store";
import { setEditorShare } from "../../state/actions";
import { t } from "../i18n";

/** Editor on one side, views on the other; the divider drags with the mouse or moves with arrow keys. */
export function SplitPane({ left, right }: { left: ReactNode; right: ReactNode }) {
  const share = useStore((s) => s.editorShare);
  const collapsed = useStore((s) => s.editorCollapsed);
  const locale = useStore(selectLocale);
  const root = useRef<HTMLDivElement>(null);
  const onPointerDown = (e: React.PointerEvent) => {
    const el = root.current;
    if (!el) return;
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const r = el.getBoundingClientRect();
      setEditorShare((ev.clientX - r.left) / r.width);
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };
  return (
    <div className={collapsed ? "split collapsed" : "split"} ref={root} style={{ gridTemplateColumns: collapsed ? "auto 1fr" : `${share * 100}% 6px 1fr` }}>
      <div className="pane left">{left}</div>
      <div
        hidden={collapsed}
        className="divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={t(locale, "shell.resize")}
        aria-valuemin={20}
        aria-valuemax={70}
        aria-valuenow={Math.round(share * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={(e) => {
          if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
            e.preventDefault();
            e.stopPropagation();
            setEditorShare(share + (e.key === "ArrowRight" ? 0.02 : -0.02));
          }
        }}
      />
      <div className="pane right">{right}</div>
    </div>
  );
}
