import { useEffect, useRef } from "react";
import { EngineClient } from "../../worker/client";
import { DEBOUNCE_MS } from "../useSimulation";
import { useCompare } from "./compareState";

/**
 * Simulates variant B in a worker of its own (a second EngineClient), so A's runs and B's never
 * supersede each other and the main thread stays free. Lives while compare mode is open.
 */
export function useVariantSimulation(): void {
  const textB = useCompare((s) => s.textB);
  const client = useRef<EngineClient | undefined>(undefined);

  useEffect(() => {
    const c = new EngineClient((r) => {
      if (r.type === "result") {
        const v = r.view;
        // Like A: a rejected text keeps B's last good picture and shows its errors.
        if (v.trace.entries.length > 0 || !useCompare.getState().traceB) useCompare.setState({ traceB: v.trace, errorsB: v.errors, engineB: { state: "idle" } });
        else useCompare.setState({ errorsB: v.errors, engineB: { state: "idle" } });
      } else if (r.type === "logs") return; // B's picture does not wait for its logs
      else if (r.type === "watchdog") useCompare.setState({ engineB: { state: "watchdog", ms: r.ms } });
      else useCompare.setState({ engineB: { state: "crashed", message: r.message } });
    });
    client.current = c;
    return () => c.dispose();
  }, []);

  useEffect(() => {
    const h = setTimeout(() => {
      useCompare.setState({ engineB: { state: "running" } });
      client.current?.simulate(textB);
    }, DEBOUNCE_MS);
    return () => clearTimeout(h);
  }, [textB]);
}
