import { pause, seek, select, setKubectlTab, setLogsFlags, setMainView } from "../../state/actions";
import { useStore } from "../../state/store";
import type { Moment } from "../presenter/moments";
import { podAt } from "./podAt";

/**
 * Steps the page to a key moment: the playhead, and what the moment points at (the view, the
 * kubectl tab, the pod or container to select), so the lesson text and the screen agree.
 * Every way of reaching a moment (lesson panel, presenter keys, the marks on the time axis) goes through here.
 */
export function applyMoment(m: Pick<Moment, "t" | "focus">): void {
  pause();
  seek(m.t);
  const f = m.focus;
  if (!f) return;
  if (f.view) setMainView(f.view);
  if (f.kubectl) setKubectlTab(f.kubectl);
  if (f.kubectl === "logs") setLogsFlags({ previous: !!f.previous });
  if (f.pod) {
    const trace = useStore.getState().view?.trace;
    const pod = trace ? podAt(trace, m.t, f.pod, f.namespace) : undefined;
    if (pod) select(f.container ? { kind: "container", namespace: pod.namespace, pod: pod.name, container: f.container } : { kind: "pod", namespace: pod.namespace, pod: pod.name });
  }
}
