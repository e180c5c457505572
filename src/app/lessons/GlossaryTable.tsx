import type { Locale } from "../i18n/define";
import { t } from "../i18n";
import { GLOSSARY, glossarySourceUrl, type GlossaryEntry } from "../../i18n/glossary";

/** Whether an entry matches a search (its terms or its definition, in either language). */
export function glossaryMatches(e: GlossaryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [e.en, e.ko, e.koFirst ?? "", e.define.en, e.define.ko].some((s) => s.toLowerCase().includes(q));
}

/**
 * The glossary for learners, at the foot of the lesson gallery: each term in English and as
 * kubernetes.io/ko writes it, a one-line meaning in the reader's language and the page it comes
 * from. Filtered by the gallery's search.
 */
export function GlossaryTable({ locale, query }: { locale: Locale; query: string }) {
  const rows = GLOSSARY.filter((e) => glossaryMatches(e, query));
  if (!rows.length) return null;
  return (
    <details className="glossary" open={!!query.trim()}>
      <summary>{t(locale, "lessons.glossary", { n: rows.length })}</summary>
      <p className="intro">{t(locale, "lessons.glossaryIntro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">English</th>
            <th scope="col" lang="ko">한국어</th>
            <th scope="col">{t(locale, "lessons.glossaryMeaning")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const url = glossarySourceUrl(e);
            return (
              <tr key={e.id} data-term={e.id}>
                <td lang="en">{e.en}</td>
                <td lang="ko">{url ? <a href={url} target="_blank" rel="noopener" title={t(locale, "lessons.glossarySource")}>{e.koFirst ?? e.ko}</a> : e.koFirst ?? e.ko}</td>
                <td>{e.define[locale]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
