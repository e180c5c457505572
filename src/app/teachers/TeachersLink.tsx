import { lazy, Suspense } from "react";
import { selectLocale, useStore } from "../../state/store";
import { t } from "../i18n";
import { TEACHERS_HASH, useTeachersRoute } from "./teachersRoute";

const TeachersPage = lazy(() => import("./TeachersPage"));

/** The header's link to the guide: a real link, so it can be opened in a new tab or copied. */
export function TeachersLink() {
  const locale = useStore(selectLocale);
  return (
    <a className="teachers-link" href={TEACHERS_HASH} title={t(locale, "teachers.linkTitle")}>
      {t(locale, "teachers.link")}
    </a>
  );
}

/** The guide, while the address says so; its code and texts load only then. */
export function TeachersRoute() {
  const route = useTeachersRoute();
  if (!route.open) return null;
  return (
    <Suspense fallback={null}>
      <TeachersPage section={route.section} />
    </Suspense>
  );
}
