/**
 * The fidelity check language (../shared/fidelity/README.md) as a schema: which kinds exist, the
 * fields each needs and takes. Challenge goals are written in it, so a teacher's typo (`restart:`
 * for `restarts:`, a kind that does not exist, a goal with no time) is an error at its line
 * rather than a goal that silently passes or never can.
 */
export interface CheckKindSpec {
  required: readonly string[];
  optional: readonly string[];
  /** Fields holding simulated seconds, which must fall inside the run. */
  times: readonly string[];
}

const TEXT = ["why"] as const;

export const CHECK_KINDS: Record<string, CheckKindSpec> = {
  row: { required: ["pod", "at"], optional: ["status", "ready", "restarts", "phase", "node", "deleted", ...TEXT], times: ["at"] },
  never: { required: ["pod", "status"], optional: ["until", ...TEXT], times: ["until"] },
  order: { required: ["events"], optional: [...TEXT], times: [] },
  event: { required: ["reason"], optional: ["object", "message", "first", "absent", "count", ...TEXT], times: [] },
  sequence: { required: ["pod", "statuses"], optional: ["until", ...TEXT], times: ["until"] },
  placement: { required: ["at", "nodes"], optional: ["status", ...TEXT], times: ["at"] },
  admitted: { required: ["objectKind", "name", "fields"], optional: [...TEXT], times: [] },
  rejected: { required: ["message"], optional: ["line", ...TEXT], times: [] },
  container: {
    required: ["pod", "container", "at"],
    optional: ["state", "reason", "message", "exitCode", "signal", "restartCount", "ready", "started", "lastReason", "lastExitCode", "lastMessage", ...TEXT],
    times: ["at"],
  },
  condition: { required: ["pod", "type", "at"], optional: ["status", "reason", "message", ...TEXT], times: ["at"] },
  log: { required: ["pod", "container", "at", "text"], optional: ["previous", "absent", ...TEXT], times: ["at"] },
  deleted: { required: ["pod"], optional: ["within", ...TEXT], times: [] },
  endpoints: { required: ["service", "at"], optional: ["ready", "notReady", "readyPods", "notReadyPods", ...TEXT], times: ["at"] },
  noErrors: { required: [], optional: [...TEXT], times: [] },
};

/** Where in a check a problem is: the field's name (or "" for the check itself) and a message. */
export interface CheckProblem {
  field: string;
  message: string;
}

const isTime = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const READY = /^\d+\/\d+$/;

/** Problems with one check as written; `until` is the run's horizon in seconds. */
export function checkProblems(c: unknown, until: number): CheckProblem[] {
  if (!c || typeof c !== "object" || Array.isArray(c)) return [{ field: "", message: "a check is a mapping with a kind, for example {kind: row, pod: web, at: 120, ready: 1/1}" }];
  const check = c as Record<string, unknown>;
  const kind = check.kind;
  if (typeof kind !== "string") return [{ field: "kind", message: `a check needs a kind: one of ${Object.keys(CHECK_KINDS).join(", ")}` }];
  if (kind === "goals") return [{ field: "kind", message: "a goal cannot check the goals themselves" }];
  const spec = Object.hasOwn(CHECK_KINDS, kind) ? CHECK_KINDS[kind] : undefined;
  if (!spec) return [{ field: "kind", message: `unknown check kind "${kind}": one of ${Object.keys(CHECK_KINDS).join(", ")}` }];
  const out: CheckProblem[] = [];
  for (const f of spec.required) if (check[f] === undefined) out.push({ field: "", message: `a ${kind} check needs ${f}` });
  for (const f of Object.keys(check))
    if (f !== "kind" && !spec.required.includes(f) && !spec.optional.includes(f)) out.push({ field: f, message: `unknown field "${f}" in a ${kind} check: it takes ${[...spec.required, ...spec.optional.filter((o) => o !== "why")].join(", ")}` });
  for (const f of spec.times) {
    const v = check[f];
    if (v === undefined) continue;
    if (!isTime(v)) out.push({ field: f, message: `${f} is simulated seconds since apply, a number ≥ 0` });
    else if ((v as number) > until) out.push({ field: f, message: `${f}: ${v} is after the run ends (${until} s): this goal could never be checked` });
  }
  if (kind === "event" && check.first !== undefined) {
    const w = check.first;
    if (!Array.isArray(w) || w.length !== 2 || !w.every(isTime) || w[0] > w[1]) out.push({ field: "first", message: "first is a window [from, to] in simulated seconds" });
    else if (w[0] > until) out.push({ field: "first", message: `first: the window starts after the run ends (${until} s): this goal could never hold` });
  }
  if (kind === "row" && typeof check.ready === "string" && !READY.test(check.ready)) out.push({ field: "ready", message: `ready is kubectl's READY column, "ready/total" such as "1/1", not "${check.ready}"` });
  if (kind === "row" && typeof check.ready === "string" && READY.test(check.ready)) {
    const [a, b] = check.ready.split("/").map(Number);
    if (a > b) out.push({ field: "ready", message: `ready "${check.ready}" counts more ready containers than the pod has: this goal could never hold` });
  }
  for (const f of ["pod", "container", "service", "reason", "type", "objectKind", "name"])
    if (check[f] !== undefined && (typeof check[f] !== "string" || check[f] === "")) out.push({ field: f, message: `${f} is a non-empty name` });
  if ((kind === "order" && !Array.isArray(check.events)) || (kind === "sequence" && !Array.isArray(check.statuses))) out.push({ field: kind === "order" ? "events" : "statuses", message: "a list" });
  return out;
}
