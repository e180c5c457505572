import type { Diagnostic } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { checkProblems } from "./checkSpec";
import type { FidelityCheck } from "../output/fidelityCheck";

export const CHALLENGE_KIND = "Challenge";

/** Text a learner reads, in English and Korean; a plain string is the same in both. */
export interface LocalText {
  en: string;
  ko: string;
}

export interface Goal {
  text: LocalText;
  check: FidelityCheck;
}

/** A part of the file the learner may not change: a whole object, or some of its fields. */
export interface FixedPart {
  kind: string;
  name: string;
  /** Dotted paths (`spec.containers.0.command`); none: the whole object. */
  fields?: string[];
}

export interface Challenge {
  name: string;
  title: LocalText;
  task: LocalText;
  goals: Goal[];
  hints: LocalText[];
  fixed: FixedPart[];
  /** The Challenge document's position in the file. */
  document: number;
}

const ALLOWED_SPEC = ["title", "task", "goals", "hints", "fixed"];

function localText(v: unknown): LocalText | undefined {
  if (typeof v === "string" && v.trim()) return { en: v, ko: v };
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const en = typeof o.en === "string" && o.en.trim() ? o.en : undefined;
    const ko = typeof o.ko === "string" && o.ko.trim() ? o.ko : undefined;
    if (en || ko) return { en: en ?? ko!, ko: ko ?? en! };
  }
  return undefined;
}

/**
 * Reads a Challenge document (../shared/DESIGN.md, "Challenges"): its task, goals in the fidelity
 * check language, hints and the parts the learner must keep. `until` is the run's horizon, which
 * every goal's time must fall inside.
 */
export function parseChallenge(doc: SourceDoc, until: number): { challenge?: Challenge; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const err = (path: (string | number)[], message: string, key = false) => {
    const pos = key ? doc.keyAt(path) : doc.valueAt(path);
    errors.push({ message, path: path.join("."), line: pos.line, column: pos.column, document: doc.index, severity: "error" });
  };
  const root = doc.value as Record<string, unknown>;
  const meta = root.metadata as Record<string, unknown> | undefined;
  const name = typeof meta?.name === "string" ? meta.name : "";
  if (!name) err(["metadata"], "a Challenge needs metadata.name (it names the challenge in links and in progress)");
  const spec = root.spec;
  if (!spec || typeof spec !== "object" || Array.isArray(spec)) {
    err(["spec"], "a Challenge needs a spec with title, task and goals");
    return { errors };
  }
  const s = spec as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!ALLOWED_SPEC.includes(k)) err(["spec", k], `unknown field "spec.${k}" in a Challenge: it takes ${ALLOWED_SPEC.join(", ")}`, true);
  for (const k of Object.keys(root)) if (!["apiVersion", "kind", "metadata", "spec"].includes(k)) err([k], `unknown field "${k}" in a Challenge`, true);
  const title = localText(s.title);
  if (!title) err(["spec", "title"], "spec.title is the challenge's title: a string, or {en: …, ko: …}");
  const task = localText(s.task);
  if (!task) err(["spec", "task"], "spec.task says what the learner must do: a string, or {en: …, ko: …}");
  const goals: Goal[] = [];
  if (!Array.isArray(s.goals) || !s.goals.length) err(["spec", "goals"], "spec.goals lists at least one goal: {text: …, check: {kind: row, pod: web, at: 120, ready: 1/1}}");
  else
    s.goals.forEach((g, i) => {
      const at = ["spec", "goals", i];
      if (!g || typeof g !== "object" || Array.isArray(g)) return err(at, "a goal is {text: …, check: {…}}");
      const goal = g as Record<string, unknown>;
      for (const k of Object.keys(goal)) if (k !== "text" && k !== "check") err([...at, k], `unknown field "${k}" in a goal: it takes text and check`, true);
      const text = localText(goal.text);
      if (!text) err([...at, "text"], "a goal needs text: what it asks, in words (a string, or {en: …, ko: …})");
      const problems = checkProblems(goal.check, until);
      for (const p of problems) err(p.field ? [...at, "check", p.field] : [...at, "check"], `goal ${i + 1}: ${p.message}`, !!p.field && p.field !== "kind" ? true : false);
      if (text && !problems.length) goals.push({ text, check: goal.check as FidelityCheck });
    });
  const hints: LocalText[] = [];
  if (s.hints !== undefined) {
    if (!Array.isArray(s.hints)) err(["spec", "hints"], "spec.hints is a list of texts");
    else
      s.hints.forEach((h, i) => {
        const t = localText(h);
        if (t) hints.push(t);
        else err(["spec", "hints", i], "a hint is a string, or {en: …, ko: …}");
      });
  }
  const fixed: FixedPart[] = [];
  if (s.fixed !== undefined) {
    if (!Array.isArray(s.fixed)) err(["spec", "fixed"], "spec.fixed lists what the learner may not change: {kind: Pod, name: web, fields: [spec.containers.0.command]}");
    else
      s.fixed.forEach((f, i) => {
        const o = (f ?? {}) as Record<string, unknown>;
        const fields = o.fields;
        if (typeof o.kind !== "string" || typeof o.name !== "string" || (fields !== undefined && !(Array.isArray(fields) && fields.every((x) => typeof x === "string" && x))))
          return err(["spec", "fixed", i], "a fixed part is {kind: Pod, name: web} (the whole object) or with fields: [dotted paths such as spec.containers.0.command]");
        fixed.push({ kind: o.kind, name: o.name, ...(fields ? { fields: fields as string[] } : {}) });
      });
  }
  if (errors.length || !title || !task) return { errors };
  return { challenge: { name, title, task, goals, hints, fixed, document: doc.index }, errors };
}

/**
 * The Challenge of a file read on its own, without running it: for grading when the run itself
 * could not start (an answer that is not YAML still gets every goal, each not graded).
 */
export function challengeOfText(text: string, parse: (t: string) => { docs: SourceDoc[] }): Challenge | undefined {
  const doc = parse(text).docs.find((d) => {
    const v = d.value as { apiVersion?: unknown; kind?: unknown } | null;
    return v?.kind === CHALLENGE_KIND && typeof v.apiVersion === "string" && v.apiVersion.startsWith("podplay.dev/");
  });
  return doc ? parseChallenge(doc, Infinity).challenge : undefined;
}
