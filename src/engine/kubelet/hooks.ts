import type { LifecycleHandler } from "../api/types";
import type { Clock } from "../sim/clock";
import type { Step } from "./parallel";
import type { Instance } from "./runtime";
import { kubeletClient } from "./probeRunner";

export interface HookResult {
  ok: boolean;
  /** The handler's error text, as the kubelet would put it in the hook failure message. */
  message: string;
}

/**
 * Runs a postStart or preStop handler with time passing; gives up when `limit` seconds are up
 * (the grace period, for preStop). exec fails on a non-zero exit; httpGet only on a transport
 * error (the status code is not checked). Models: pkg/kubelet/lifecycle/handlers.go.
 */
export function* runHook(h: LifecycleHandler, inst: Instance, podIP: string, limit: number, clock: Clock, nodeIP = ""): Step<HookResult> {
  const start = clock.now;
  const left = () => limit - (clock.now - start);
  if (h.exec) {
    const argv = h.exec.command ?? [];
    const gen = inst.process.spawn(argv);
    for (;;) {
      const r = gen.next();
      if (r.done) {
        const code = r.value.code;
        return code === 0 ? { ok: true, message: "" } : { ok: false, message: `command '${argv.join(" ")}' exited with ${code}: ${r.value.output}, message: "${r.value.output}"` };
      }
      // A hook's loop may wait on the container's own process (`while killall -0 nginx`), which the
      // shell's steady-state check cannot see: look again at once instead of skipping ahead.
      if (r.value.kind === "steady" && r.value.period > 0) continue;
      const wait = r.value.kind === "sleep" ? r.value.seconds : Infinity;
      if (wait >= left()) {
        if (left() !== Infinity) yield Math.max(left(), 0);
        else yield 1e9;
        return { ok: false, message: "context deadline exceeded" };
      }
      yield wait;
    }
  }
  if (h.httpGet) {
    const port = typeof h.httpGet.port === "number" ? h.httpGet.port : Number(h.httpGet.port);
    const host = h.httpGet.host || podIP;
    const path = h.httpGet.path || "/";
    // handlers.go: the request is made from the node, with User-Agent kube-lifecycle/<version>.
    const answer = Number.isFinite(port) ? inst.process.http(port, path, clock.now, { ...kubeletClient(nodeIP, h.httpGet.httpHeaders, "lifecycle"), host: `${host}:${port}` }) : "refused";
    if (answer === "refused") return { ok: false, message: `Get "http://${host}:${port}${path}": dial tcp ${host}:${port}: connect: connection refused` };
    return { ok: true, message: "" };
  }
  if (h.sleep) {
    const s = h.sleep.seconds;
    if (s >= left()) {
      yield Math.max(left(), 0);
      return { ok: false, message: "sleep interrupted" };
    }
    yield s;
    return { ok: true, message: "" };
  }
  return { ok: true, message: "" };
}
