import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_SCENARIO } from "../scenarios/default";
import { EngineClient, type ClientResult } from "../worker/client";
import type { SimulateResponse } from "../worker/protocol";
import { LOCALES, t, type Locale } from "./i18n";

const TEXT_KEY = "podplay.text.v1";
const LOCALE_KEY = "podplay.locale.v1";
const VERSION = "v1.34";

function initialLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY);
  if (saved === "en" || saved === "ko") return saved;
  return navigator.language.startsWith("ko") ? "ko" : "en";
}

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [text, setText] = useState(() => localStorage.getItem(TEXT_KEY) ?? DEFAULT_SCENARIO);
  const [result, setResult] = useState<SimulateResponse | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const client = useRef<EngineClient | undefined>(undefined);

  useEffect(() => {
    const c = new EngineClient((r: ClientResult) => {
      setBusy(false);
      if (r.type === "result") {
        setProblem(undefined);
        // The last good picture stays when the new text is rejected.
        if (r.errors.length === 0 || r.transcript) setResult(r);
        else setResult((old) => (old ? { ...old, errors: r.errors } : r));
      } else if (r.type === "timeout") setProblem("workerRestarted");
      else setProblem(`crashed:${r.message}`);
    });
    client.current = c;
    return () => c.dispose();
  }, []);

  useEffect(() => {
    localStorage.setItem(TEXT_KEY, text);
    const h = setTimeout(() => {
      setBusy(true);
      client.current?.simulate(text);
    }, 250);
    return () => clearTimeout(h);
  }, [text]);

  useEffect(() => {
    localStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
  }, [locale]);

  const problemText = useMemo(() => {
    if (!problem) return undefined;
    if (problem.startsWith("crashed:")) return t(locale, "crashed", { message: problem.slice(8) });
    return t(locale, "workerRestarted");
  }, [problem, locale]);

  const reset = () => {
    if (text !== DEFAULT_SCENARIO && !window.confirm(t(locale, "confirmReset"))) return;
    setText(DEFAULT_SCENARIO);
  };

  return (
    <div className="app">
      <header>
        <h1>{t(locale, "title")}</h1>
        <p className="tagline">{t(locale, "tagline", { version: VERSION })}</p>
        <label className="lang">
          {t(locale, "language")}{" "}
          <select aria-label={t(locale, "language")} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {(Object.keys(LOCALES) as Locale[]).map((l) => (
              <option key={l} value={l}>
                {LOCALES[l].name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={reset}>
          {t(locale, "reset")}
        </button>
      </header>
      <p className="note">{t(locale, "previewNote")}</p>
      <main>
        <section className="editor">
          <label htmlFor="scenario">{t(locale, "editorLabel")}</label>
          <textarea id="scenario" spellCheck={false} wrap="off" value={text} onChange={(e) => setText(e.target.value)} />
        </section>
        <section className="views" aria-live="polite">
          <p className="status">{busy ? t(locale, "running") : result ? t(locale, "ranIn", { until: result.until, ms: Math.round(result.wallMs) }) : ""}</p>
          {problemText && <p className="problem">{problemText}</p>}
          {result && result.errors.length > 0 && (
            <div role="alert" aria-label={t(locale, "errorsLabel")}>
              <h2>{t(locale, "errorsLabel")}</h2>
              <ul className="errors">
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.line}:{e.column} {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h2>{t(locale, "watchLabel")}</h2>
          <pre aria-label={t(locale, "watchLabel")} className="kubectl">
            {result?.transcript}
          </pre>
          <h2>{t(locale, "eventsLabel")}</h2>
          <pre aria-label={t(locale, "eventsLabel")} className="kubectl">
            {result?.events}
          </pre>
          {result && result.notes.length > 0 && (
            <>
              <h2>{t(locale, "notesLabel")}</h2>
              <ul>
                {result.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
