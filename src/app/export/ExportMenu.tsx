import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import type { ExportKind } from "./fileNames";
import "./export.css";

const ITEMS: Array<{ kind: ExportKind; label: string; group: number }> = [
  { kind: "timeline-svg", label: "export.timelineSvg", group: 0 },
  { kind: "timeline-png", label: "export.timelinePng", group: 0 },
  { kind: "nodemap-svg", label: "export.nodemapSvg", group: 1 },
  { kind: "nodemap-png", label: "export.nodemapPng", group: 1 },
  { kind: "kubectl-txt", label: "export.kubectlTxt", group: 2 },
  { kind: "scenario-yaml", label: "export.scenarioYaml", group: 2 },
];

type Note = { kind: "status" | "alert"; text: string } | undefined;

/**
 * The Export menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the
 * first item, ArrowUp on the last; arrows, Home and End move; Escape closes and returns focus;
 * Tab or a click elsewhere closes. The export code loads on first use.
 */
export function ExportMenu() {
  const locale = useStore(selectLocale);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<Note>(undefined);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const focusOnOpen = useRef<"first" | "last">("first");

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === "last" ? list[list.length - 1] : list[0])?.focus();
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  useEffect(() => {
    if (note?.kind !== "status") return;
    const h = setTimeout(() => setNote(undefined), 6000);
    return () => clearTimeout(h);
  }, [note]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const run = async (kind: ExportKind, label: string) => {
    close(true);
    setNote({ kind: "status", text: t(locale, "export.working", { name: t(locale, label) }) });
    try {
      const { runExport, ExportProblem } = await import("./exporters");
      try {
        const name = await runExport(kind);
        setNote({ kind: "status", text: t(locale, "export.saved", { name }) });
      } catch (err) {
        if (err instanceof ExportProblem) setNote({ kind: "alert", text: t(locale, err.key) });
        else throw err;
      }
    } catch (err) {
      console.error("podplay: export failed", err);
      setNote({ kind: "alert", text: t(locale, "export.failed", { message: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focusOnOpen.current = e.key === "ArrowUp" ? "last" : "first";
      setOpen(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    let next: number | undefined;
    if (e.key === "ArrowDown") next = (i + 1) % list.length;
    else if (e.key === "ArrowUp") next = (i - 1 + list.length) % list.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = list.length - 1;
    else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    } else if (e.key === "Tab") {
      setOpen(false);
      return;
    } else if (e.key === " " || e.key === "Enter") {
      // The item's own click handles it; keep the global shortcuts (Space = play) out of it.
      e.stopPropagation();
      return;
    } else return;
    e.preventDefault();
    list[next]?.focus();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          focusOnOpen.current = "first";
          setOpen(!open);
        }}
        onKeyDown={onButtonKey}
      >
        {t(locale, "export.button")} <span aria-hidden="true">▾</span>
      </button>
      <ul ref={menuRef} role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} hidden={!open} onKeyDown={onMenuKey}>
        {ITEMS.map((item, i) => (
          <li key={item.kind} role="none" className={i > 0 && ITEMS[i - 1].group !== item.group ? "export-sep" : undefined}>
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(item.kind, item.label)}>
              {t(locale, item.label)}
            </button>
          </li>
        ))}
      </ul>
      <span className={note?.kind === "alert" ? "export-note is-problem" : "export-note"} role={note?.kind === "alert" ? "alert" : "status"}>
        {note?.text}
      </span>
    </div>
  );
}
