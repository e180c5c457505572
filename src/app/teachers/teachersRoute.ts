import { useEffect, useState } from "react";

/**
 * The guide has an address of its own, so a colleague can be sent a link to it: `#teachers`, or
 * `#teachers-<section>` for one section. Other hashes (share links, the skip link) are not ours.
 */
const ROUTE = /^#teachers(?:-([a-z-]+))?$/;

export const TEACHERS_HASH = "#teachers";

export function teachersSection(hash: string): { open: false } | { open: true; section?: string } {
  const m = ROUTE.exec(hash);
  return m ? { open: true, section: m[1] } : { open: false };
}

/** The guide's route from the address bar, following hash changes. */
export function useTeachersRoute(): { open: false } | { open: true; section?: string } {
  const [route, setRoute] = useState(() => teachersSection(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(teachersSection(location.hash));
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  return route;
}

/** Closing the guide takes its hash out of the address without a new history entry. */
export function closeTeachers(): void {
  try {
    history.replaceState(history.state, "", location.pathname + location.search);
  } catch {
    // Refused in some embedded browsers: the hash stays, the page is closed all the same.
  }
  dispatchEvent(new HashChangeEvent("hashchange"));
}
