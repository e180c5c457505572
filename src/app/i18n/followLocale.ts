import { useStore } from "../../state/store";
import { loadKorean } from "./index";

function loadIfKorean(): Promise<void> | undefined {
  const s = useStore.getState();
  if (s.locale !== "ko" || s.koreanLoaded) return undefined;
  return loadKorean().then(
    () => useStore.setState({ koreanLoaded: true }),
    () => undefined,
  );
}

/**
 * Loads the Korean strings whenever the page's language becomes Korean, however it is set (the
 * menu, a saved preference, a link, the teacher's window). Returns the load the page should wait
 * for before its first render, when the language is already Korean: a Korean reader never sees
 * the page in English first.
 */
export function followLocale(): Promise<void> | undefined {
  useStore.subscribe((s, prev) => {
    if (s.locale !== prev.locale) void loadIfKorean();
  });
  return loadIfKorean();
}
