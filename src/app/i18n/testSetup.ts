// Vitest setup: the Korean strings are a chunk the page loads on demand (./followLocale.ts); unit
// tests read both languages at once, as the page does once that chunk is there (server renders
// read the store's initial state, so it says so too).
import { loadKorean } from "./index";
import { useStore } from "../../state/store";

await loadKorean();
useStore.setState({ koreanLoaded: true });
Object.assign(useStore.getInitialState(), { koreanLoaded: true });
