import { useEffect, useRef, useState, type ReactNode } from "react";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { useModalDialog } from "../lessons/useModalDialog";
import { closeTeachers } from "./teachersRoute";
import type { Guide, GuideBlock } from "./guideTypes";
import "./teachers.css";

/** Each language's long text is its own chunk: a reader loads one. */
const load: Record<Locale, () => Promise<Guide>> = {
  en: () => import("./guide.en").then((m) => m.guideEn),
  ko: () => import("./guide.ko").then((m) => m.guideKo),
};

function useGuide(locale: Locale): Guide | undefined {
  const [guide, setGuide] = useState<{ locale: Locale; guide: Guide }>();
  useEffect(() => {
    let live = true;
    void load[locale]().then((g) => live && setGuide({ locale, guide: g }));
    return () => {
      live = false;
    };
  }, [locale]);
  return guide?.locale === locale ? guide.guide : undefined;
}

/** The teachers' guide: a full-height modal page over the app, with its contents and sections. */
export default function TeachersPage({ section }: { section?: string }) {
  const locale = useStore(selectLocale);
  const guide = useGuide(locale);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, (d) => d.querySelector<HTMLElement>("h2"));
  useEffect(() => {
    if (guide && section) ref.current?.querySelector(`#teachers-${CSS.escape(section)}`)?.scrollIntoView({ block: "start" });
  }, [guide, section]);
  return (
    <dialog ref={ref} className="teachers-page" aria-labelledby="teachers-title" onClose={closeTeachers}>
      <header>
        <h2 id="teachers-title" tabIndex={-1}>
          {guide?.title ?? t(locale, "teachers.link")}
        </h2>
        <button type="button" className="close" onClick={closeTeachers}>
          {t(locale, "teachers.close")}
        </button>
      </header>
      {guide ? <GuideBody guide={guide} locale={locale} /> : <p role="status">{t(locale, "teachers.loading")}</p>}
    </dialog>
  );
}

function GuideBody({ guide, locale }: { guide: Guide; locale: Locale }) {
  return (
    <div className="teachers-body" lang={locale}>
      <p className="teachers-intro">{inline(guide.intro)}</p>
      <nav aria-label={t(locale, "teachers.contents")}>
        <ol>
          {guide.sections.map((s) => (
            <li key={s.id}>
              <a href={`#teachers-${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {guide.sections.map((s) => (
        <section key={s.id} id={`teachers-${s.id}`} aria-labelledby={`teachers-h-${s.id}`}>
          <h3 id={`teachers-h-${s.id}`}>{s.title}</h3>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} guide={guide} />
          ))}
        </section>
      ))}
    </div>
  );
}

function Block({ block: b, guide }: { block: GuideBlock; guide: Guide }) {
  if ("p" in b) return <p>{inline(b.p)}</p>;
  if ("list" in b)
    return (
      <ul>
        {b.list.map((x, i) => (
          <li key={i}>{inline(x)}</li>
        ))}
      </ul>
    );
  if ("steps" in b)
    return (
      <ol>
        {b.steps.map((x, i) => (
          <li key={i}>{inline(x)}</li>
        ))}
      </ol>
    );
  // A scrolling region the keyboard can reach: long shell lines do not widen the page.
  if ("code" in b)
    return (
      <pre tabIndex={0}>
        <code>{b.code}</code>
      </pre>
    );
  if ("keys" in b)
    return (
      <Table head={guide.keysHead}>
        {b.keys.map(([keys, what]) => (
          <tr key={keys}>
            <td>
              {keys.split(/\s{2,}/).map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </td>
            <td>{what}</td>
          </tr>
        ))}
      </Table>
    );
  // On a phone each row becomes a card whose cells carry their column's name (teachers.css).
  return (
    <Table head={b.table.head} stack>
      {b.table.rows.map((r, i) => (
        <tr key={i}>
          {r.map((c, j) => (
            <td key={j} data-label={b.table.head[j]}>
              {inline(c)}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}

function Table({ head, stack, children }: { head: readonly string[]; stack?: boolean; children: ReactNode }) {
  return (
    <div className={stack ? "teachers-table stack" : "teachers-table"} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** `backticks` are code; everything else is text (React escapes it). */
function inline(s: string): ReactNode[] {
  return s.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
