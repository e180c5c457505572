import type { Diagnostic } from "../api/types";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { SCENARIO_API_VERSION } from "../scenario/scenario";
import { CHALLENGE_KIND, parseChallenge, type FixedPart } from "./challenge";

/** One `---`-separated part of a file, with the line it starts on (0-based). */
interface Segment {
  start: number;
  lines: string[];
  value?: Record<string, unknown>;
}

const SEPARATOR = /^---(?:\s.*)?$/;

/** The file's documents as text, each parsed alone (a document that does not parse has no value). */
function segments(text: string): Segment[] {
  const lines = text.split("\n");
  const out: Segment[] = [{ start: 0, lines: [] }];
  lines.forEach((l, i) => {
    if (SEPARATOR.test(l)) out.push({ start: i + 1, lines: [] });
    else out[out.length - 1].lines.push(l);
  });
  for (const s of out) {
    const parsed = parseYamlDocuments(s.lines.join("\n"));
    const v = parsed.docs[0]?.value;
    if (!parsed.errors.length && parsed.docs.length === 1 && v && typeof v === "object" && !Array.isArray(v)) s.value = v as Record<string, unknown>;
  }
  return out;
}

const isPodplay = (v: Record<string, unknown> | undefined) => v?.apiVersion === SCENARIO_API_VERSION;
const kindOf = (v: Record<string, unknown> | undefined) => (typeof v?.kind === "string" ? v.kind : "");
const nameOf = (v: Record<string, unknown> | undefined) => {
  const n = (v?.metadata as { name?: unknown } | undefined)?.name;
  return typeof n === "string" ? n : "";
};

function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o == null || typeof o !== "object" ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** The first dotted path where `a` and `b` differ ("" when they are the same). */
export function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return path;
}

export interface Combined {
  /** The text to simulate: the answer's documents, then the challenge's fixed documents. */
  text: string;
  /** Fixed parts the answer changed, at the answer's lines. */
  errors: Diagnostic[];
}

/**
 * A learner's answer held to a challenge: the answer's Kubernetes documents keep their lines, the
 * challenge's Scenario and Challenge documents (the horizon, nodes, app behaviour, actions and the
 * goals) are always the challenge's, and every part the challenge fixes (`spec.fixed`) must be as
 * the challenge has it. A changed fixed part is an error at its line, never a passed goal.
 */
export function combineAnswer(challengeText: string, answerText: string): Combined {
  const ch = segments(challengeText);
  const ans = segments(answerText);
  const errors: Diagnostic[] = [];
  const scenario = ch.find((s) => isPodplay(s.value) && kindOf(s.value) === "Scenario");
  const challengeSeg = ch.find((s) => isPodplay(s.value) && kindOf(s.value) === CHALLENGE_KIND);
  let fixed: FixedPart[] = [];
  if (challengeSeg) {
    const doc = parseYamlDocuments(challengeSeg.lines.join("\n")).docs[0];
    fixed = parseChallenge(doc, Infinity).challenge?.fixed ?? [];
  }
  const err = (seg: Segment, index: number, message: string, path = "") =>
    errors.push({ message, path, line: seg.start + firstContentLine(seg) + 1, column: 1, document: index, severity: "error" });

  const kept: string[] = [];
  const present = new Set<string>();
  ans.forEach((seg, i) => {
    const v = seg.value;
    let blank = false;
    if (isPodplay(v) && kindOf(v) === CHALLENGE_KIND) {
      const d = challengeSeg ? firstDifference(challengeSeg.value, v) : "spec";
      if (d !== undefined) err(seg, i, `the goals are fixed by the challenge: this Challenge document differs from the challenge's at ${d || "its root"}`, d);
      blank = true;
    } else if (isPodplay(v)) {
      const d = scenario ? firstDifference(scenario.value, v) : "spec";
      if (d !== undefined)
        err(seg, i, scenario ? `the Scenario is fixed by the challenge (horizon, nodes, app behaviour, actions): the answer changes ${d || "it"}` : "this challenge has no Scenario of its own to change: remove this document", d);
      blank = true;
    } else if (v) {
      const key = `${kindOf(v)}/${nameOf(v)}`;
      present.add(key);
      for (const f of fixed.filter((x) => x.kind === kindOf(v) && x.name === nameOf(v))) {
        const base = ch.find((s) => !isPodplay(s.value) && kindOf(s.value) === f.kind && nameOf(s.value) === f.name)?.value;
        if (!base) continue;
        if (!f.fields) {
          const d = firstDifference(base, v);
          if (d !== undefined) err(seg, i, `${f.kind} ${f.name} is fixed by the challenge: the answer changes ${d}`, d);
        } else
          for (const p of f.fields) {
            if (firstDifference(getPath(base, p), getPath(v, p)) !== undefined) err(seg, i, `the challenge fixes ${p} of ${f.kind} ${f.name}: the answer changes it`, p);
          }
      }
    }
    // A removed document leaves its lines empty, so the answer's other lines keep their numbers.
    kept.push(blank ? seg.lines.map(() => "").join("\n") : seg.lines.join("\n"));
  });
  const appended: string[] = [];
  for (const f of fixed) {
    if (f.fields || present.has(`${f.kind}/${f.name}`)) continue;
    const base = ch.find((s) => !isPodplay(s.value) && kindOf(s.value) === f.kind && nameOf(s.value) === f.name);
    if (base) appended.push(base.lines.join("\n"));
  }
  for (const s of [scenario, challengeSeg]) if (s) appended.push(s.lines.join("\n"));
  return { text: [...kept, ...appended].join("\n---\n"), errors };
}

function firstContentLine(seg: Segment): number {
  const i = seg.lines.findIndex((l) => l.trim() && !l.trimStart().startsWith("#"));
  return i < 0 ? 0 : i;
}
