/**
 * The fidelity-case checks (../shared/fidelity/README.md) as a pure function over the CLI's JSON,
 * so the fidelity runner (scripts/fidelity.ts) and the lesson tests hold their texts to the same
 * rules. Besides the shared checker's kinds (`log` included) it knows `deleted` (a pod's deletion
 * row within a window) and `noErrors` (the input was accepted).
 */
import type { runJson } from "./cliJson";
import { logRestart } from "../printers/logs";

/** The CLI's JSON for a run (goals aside: the checks below are what grade them). */
export type FidelityJson = ReturnType<typeof runJson>;
type Json = FidelityJson;
type Row = Json["watch"][number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FidelityCheck = Record<string, any>;
type Check = FidelityCheck;

const glob = (pat: string) => new RegExp("^" + pat.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");

/** Text fields match exactly, or {includes}, {matches}, {oneOf}; numbers also {min, max}; null: absent. */
function matchText(actual: unknown, want: unknown): boolean {
  if (want === undefined) return true;
  if (want === null) return actual === undefined || actual === null;
  if (typeof want !== "object") return String(actual) === String(want);
  const w = want as { includes?: string; matches?: string; oneOf?: unknown[]; min?: number; max?: number };
  if (w.includes !== undefined) return String(actual ?? "").includes(w.includes);
  if (w.matches !== undefined) return safeRegExp(w.matches)?.test(String(actual ?? "")) ?? false;
  if (w.oneOf !== undefined) return Array.isArray(w.oneOf) && w.oneOf.map(String).includes(String(actual));
  if (w.min !== undefined || w.max !== undefined) {
    const n = Number(actual);
    return actual !== undefined && actual !== null && !Number.isNaN(n) && n >= (w.min ?? -Infinity) && n <= (w.max ?? Infinity);
  }
  return false;
}

/** A goal's pattern is a teacher's text: one that does not compile matches nothing rather than throwing. */
function safeRegExp(src: string): RegExp | undefined {
  try {
    return new RegExp(src);
  } catch {
    return undefined;
  }
}

/** The last row that holds `pred` (rows are in time order: the one in effect). */
function lastOf<T>(rows: readonly T[], pred: (r: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const r of rows) if (pred(r)) found = r;
  return found;
}

const rowAt = (watch: Row[], pod: string, t: number): Row | undefined => lastOf(watch, (r) => r.pod === pod && r.t <= t + 1e-9);

function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[/^\d+$/.test(k) ? Number(k) : k]), obj);
}

/** A `row` check that does not hold: the pod and the first column that differs (none when the pod has no row then). */
export interface RowMismatch {
  pod: string;
  field?: string;
  got?: unknown;
  want?: unknown;
}

const ROW_FIELDS = ["status", "ready", "restarts", "phase", "node", "deleted"] as const;

/** Where a `row` check fails, or undefined when it holds; with a glob, every matching pod must match. */
export function rowMismatch(c: Check, watch: readonly Row[]): RowMismatch | undefined {
  const re = glob(c.pod);
  const names = [...new Set(watch.filter((r) => re.test(r.pod) && r.t <= c.at + 1e-9).map((r) => r.pod))];
  const rows = names.map((n) => rowAt(watch as Row[], n, c.at)).filter((r): r is Row => !!r && (c.deleted !== undefined || !r.deleted));
  if (!rows.length) return { pod: c.pod };
  for (const r of rows)
    for (const f of ROW_FIELDS) {
      const got = f === "deleted" ? Boolean(r.deleted) : (r as Record<string, unknown>)[f];
      if (c[f] !== undefined && !matchText(got, c[f])) return { pod: r.pod, field: f, got, want: c[f] };
    }
  return undefined;
}

export function check(c: Check, res: Json): string | null {
  const watch = res.watch;
  const events = res.events;
  const objectName = (o: string) => o.split("/").pop() ?? "";
  switch (c.kind) {
    case "row": {
      const m = rowMismatch(c, watch);
      if (!m) return null;
      return m.field === undefined ? `no row for pod ${c.pod} at t=${c.at}` : `pod ${m.pod} at t=${c.at}: ${m.field} is ${JSON.stringify(m.got)}, want ${JSON.stringify(m.want)}`;
    }
    case "never": {
      const re = glob(c.pod);
      const hit = watch.find((r) => re.test(r.pod) && r.t <= (c.until ?? Infinity) && matchText(r.status, c.status));
      return hit ? `pod ${hit.pod} showed STATUS ${hit.status} at t=${hit.t}, which should never happen` : null;
    }
    case "order": {
      let last = -Infinity;
      for (const m of c.events) {
        const re = m.object ? glob(m.object) : null;
        const hit = events.find((e) => e.reason === m.reason && (!re || re.test(objectName(e.object))) && matchText(e.message, m.message));
        if (!hit) return `no event ${m.reason} matching ${JSON.stringify(m.message ?? "")}`;
        if (hit.t < last) return `event ${m.reason} (${hit.message}) at t=${hit.t} came before an event listed ahead of it (t=${last})`;
        last = hit.t;
      }
      return null;
    }
    case "event": {
      const re = c.object ? glob(c.object) : null;
      const hits = events.filter((e) => e.reason === c.reason && (!re || re.test(objectName(e.object))) && matchText(e.message, c.message));
      if (c.absent) return hits.length ? `event ${c.reason} should not happen, first at t=${hits[0].t}: ${hits[0].message}` : null;
      if (c.count && c.count.max === 0) {
        const n = hits.filter((e) => e.t <= (c.count.before ?? Infinity)).length;
        return n ? `event ${c.reason} happened ${n} times before t=${c.count.before}, want none` : null;
      }
      if (!hits.length) return `no event ${c.reason}${c.object ? " on " + c.object : ""} matching ${JSON.stringify(c.message ?? "")}`;
      const t = hits[0].t;
      if (c.first && (t < c.first[0] || t > c.first[1])) return `event ${c.reason} first at t=${t}, want within [${c.first}]`;
      if (c.count) {
        const n = hits.filter((e) => e.t <= (c.count.before ?? Infinity)).reduce((s, e) => s + (e.count ?? 1), 0);
        if (n < (c.count.min ?? 0) || n > (c.count.max ?? Infinity)) return `event ${c.reason} happened ${n} times before t=${c.count.before}, want ${JSON.stringify(c.count)}`;
      }
      return null;
    }
    case "sequence": {
      const re = glob(c.pod);
      const seen: string[] = [];
      for (const r of watch) if (re.test(r.pod) && r.t <= (c.until ?? Infinity) && r.status !== undefined && seen[seen.length - 1] !== r.status) seen.push(r.status);
      let i = 0;
      for (const s of seen) if (i < c.statuses.length && s === c.statuses[i]) i++;
      return i === c.statuses.length ? null : `pod ${c.pod} STATUS went ${JSON.stringify(seen)}, want in order ${JSON.stringify(c.statuses)}`;
    }
    case "placement": {
      const last = new Map<string, Row>();
      for (const r of watch) if (r.t <= c.at + 1e-9) last.set(r.pod, r);
      const pods = [...last.values()].filter((r) => !r.deleted);
      for (const [node, want] of Object.entries(c.nodes as Record<string, Record<string, number>>))
        for (const [pat, n] of Object.entries(want)) {
          const got = pods.filter((r) => r.node === node && glob(pat).test(r.pod) && (!c.status || r.status === c.status)).length;
          if (got !== n) return `at t=${c.at} node ${node} holds ${got} pods matching ${pat}, want ${n}`;
        }
      return null;
    }
    case "admitted": {
      const o = (res.objects as Array<{ kind?: string; metadata?: { name?: string } }>).find((x) => x?.kind === c.objectKind && x?.metadata?.name === c.name);
      if (!o) return `no admitted ${c.objectKind} ${c.name}`;
      for (const [p, want] of Object.entries(c.fields as Record<string, unknown>)) {
        const got = getPath(o, p);
        if (JSON.stringify(got) !== JSON.stringify(want)) return `${c.objectKind} ${c.name} ${p} is ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
      }
      return null;
    }
    case "rejected": {
      const hit = res.errors.find((e) => matchText(e.message, c.message));
      if (!hit) return `no error matching ${JSON.stringify(c.message)}; errors: ${JSON.stringify(res.errors.map((e) => e.message))}`;
      if (c.line !== undefined && hit.line !== c.line) return `error ${JSON.stringify(hit.message)} is at line ${hit.line}, want line ${c.line}`;
      return null;
    }
    case "deleted": {
      const hit = watch.find((r) => r.pod === c.pod && r.deleted);
      if (!hit) return `pod ${c.pod} was never deleted`;
      if (c.within && (hit.t < c.within[0] || hit.t > c.within[1])) return `pod ${c.pod} deleted at t=${hit.t}, want within [${c.within}]`;
      return null;
    }
    case "endpoints": {
      // The Service's slices as they stand at `at`: counts and name patterns of ready / not-ready addresses.
      const slices = new Map<string, Json["endpoints"][number]>();
      for (const e of res.endpoints ?? []) if (e.service === c.service && e.t <= c.at + 1e-9) slices.set(e.slice, e);
      const eps = [...slices.values()].flatMap((s) => s.endpoints ?? []);
      const ready = eps.filter((e) => e.ready).map((e) => e.pod);
      const notReady = eps.filter((e) => !e.ready).map((e) => e.pod);
      const show = `ready ${JSON.stringify(ready)}, not ready ${JSON.stringify(notReady)}`;
      if (c.ready !== undefined && ready.length !== c.ready) return `at t=${c.at} service ${c.service} has ${show}, want ${c.ready} ready`;
      if (c.notReady !== undefined && notReady.length !== c.notReady) return `at t=${c.at} service ${c.service} has ${show}, want ${c.notReady} not ready`;
      for (const pat of c.readyPods ?? []) if (!ready.some((p) => glob(pat).test(p))) return `at t=${c.at} service ${c.service} has ${show}, want ${pat} ready`;
      for (const pat of c.notReadyPods ?? []) if (!notReady.some((p) => glob(pat).test(p))) return `at t=${c.at} service ${c.service} has ${show}, want ${pat} not ready`;
      return null;
    }
    case "container": {
      // A container's status in effect at t: the last `containers` row at or before t.
      const re = glob(c.pod);
      const rows = res.containers.filter((r) => re.test(r.pod) && r.container === c.container && r.t <= c.at + 1e-9);
      const pods = [...new Set(rows.map((r) => r.pod))];
      if (!pods.length) return `no status for container ${c.container} of pod ${c.pod} at t=${c.at}`;
      for (const pod of pods) {
        const r = lastOf(rows, (x) => x.pod === pod)!;
        for (const f of ["state", "reason", "message", "exitCode", "signal", "restartCount", "ready", "started"] as const)
          if (c[f] !== undefined && !matchText(r[f], c[f])) return `container ${pod}/${c.container} at t=${c.at}: ${f} is ${JSON.stringify(r[f])}, want ${JSON.stringify(c[f])}`;
        for (const f of ["reason", "exitCode", "message"] as const) {
          const key = "last" + f[0].toUpperCase() + f.slice(1);
          if (c[key] !== undefined && !matchText(r.last?.[f], c[key])) return `container ${pod}/${c.container} at t=${c.at}: last terminated ${f} is ${JSON.stringify(r.last?.[f])}, want ${JSON.stringify(c[key])}`;
        }
      }
      return null;
    }
    case "condition": {
      // A pod condition in effect at t: the last `conditions` row of that type at or before t.
      const re = glob(c.pod);
      const rows = res.conditions.filter((r) => re.test(r.pod) && r.type === c.type && r.t <= c.at + 1e-9);
      const pods = [...new Set(rows.map((r) => r.pod))];
      if (!pods.length) return `pod ${c.pod} has no ${c.type} condition at t=${c.at}`;
      for (const pod of pods) {
        const r = lastOf(rows, (x) => x.pod === pod)!;
        for (const f of ["status", "reason", "message"] as const)
          if (c[f] !== undefined && !matchText(r[f], c[f])) return `pod ${pod} condition ${c.type} at t=${c.at}: ${f} is ${JSON.stringify(r[f])}, want ${JSON.stringify(c[f])}`;
      }
      return null;
    }
    case "log": {
      // What `kubectl logs POD -c C [--previous]` prints at t, from the instance the kubelet's
      // validateContainerLogStatus reads (printers/logs.ts logRestart).
      const status = lastOf(res.containers, (x) => x.pod === c.pod && x.container === c.container && x.t <= c.at + 1e-9);
      const lines = (res.logs ?? []).filter((l) => l.pod === c.pod && l.container === c.container && l.t <= c.at + 1e-9);
      const instance = status && logRestart(status.state, !!status.last, status.state === "waiting" && !!status.last, status.restartCount, !!c.previous);
      const text = instance === undefined ? "" : lines.filter((l) => l.restart === instance).map((l) => l.text).join("\n");
      if (c.absent) return c.text !== undefined && matchText(text, c.text) ? `the log of ${c.pod}/${c.container} at t=${c.at} shows ${JSON.stringify(c.text)}, which it should not` : null;
      return matchText(text, c.text) ? null : `the log of ${c.pod}/${c.container}${c.previous ? " (previous)" : ""} at t=${c.at} is ${JSON.stringify(text.slice(-300))}, want ${JSON.stringify(c.text)}`;
    }
    case "noErrors":
      return res.errors.length ? `input rejected: ${res.errors.map((e) => e.message).join("; ")}` : null;
    default:
      return `unknown check kind ${c.kind}`;
  }
}
