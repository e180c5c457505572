import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { restore } from "./persistence";
import { useStore } from "../state/store";
import "./app.css";

restore();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// One narrow hook for tests and the UI benchmark: read the store, call actions.
(window as unknown as { __podplay: unknown }).__podplay = {
  state: () => useStore.getState(),
  setState: (patch: Partial<ReturnType<typeof useStore.getState>>) => useStore.setState(patch),
};
