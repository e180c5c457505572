import type { Selection } from "../../state/store";
import type { ShareLayout, ShareState } from "./types";

/** A week of simulated time: far beyond any scenario's horizon, small enough to stay a sane number. */
export const MAX_T = 7 * 24 * 3600;
/** The store's range for the editor's share of the window (setEditorShare clamps to it). */
export const EDITOR_SHARE_MIN = 0.2;
export const EDITOR_SHARE_MAX = 0.7;

// Kubernetes' own name rules (DNS-1123 label and subdomain): anything else cannot be in a trace.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const LESSON_ID = /^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/** The version-1 header as it travels: short keys, since every byte is in the URL. */
export interface HeaderV1 {
  /** Playhead, simulated seconds. */
  t: number;
  l: "en" | "ko";
  /** Layout: v = main view, e = editor share, c = editor collapsed, r = "w" when the whole run is shown. */
  y: { v: "timeline" | "nodemap"; e: number; c?: boolean; r?: "w" };
  /** Selection: [kind, ...names] — "e" entry id, "p" pod, "c" container. */
  s?: ["e", number] | ["p", string, string] | ["c", string, string, string];
  /** Lesson id. */
  n?: string;
}

export function toHeaderV1(state: ShareState): HeaderV1 {
  // `+ 0` turns -0 into 0: JSON has no -0, and the round trip must be exact.
  const h: HeaderV1 = { t: state.t + 0, l: state.locale, y: { v: state.layout.view, e: state.layout.editorShare } };
  if (state.layout.editorCollapsed !== undefined) h.y.c = state.layout.editorCollapsed;
  if (state.layout.reveal === "wholeRun") h.y.r = "w";
  const s = state.selection;
  if (s) h.s = s.kind === "entry" ? ["e", s.id] : s.kind === "pod" ? ["p", s.namespace, s.pod] : ["c", s.namespace, s.pod, s.container];
  if (state.lessonId !== undefined) h.n = state.lessonId;
  return h;
}

export type ValidateResult = { ok: true; state: ShareState } | { ok: false; detail: string };

class Invalid extends Error {}

/**
 * Checks every field's type and range and builds a fresh ShareState from the checked values only.
 * Unknown fields are refused too: within one version, a field we do not know means the link was
 * not made by podplay. Messages name our fields and limits, never the link's content.
 */
export function validateV1(header: unknown, text: string): ValidateResult {
  try {
    return { ok: true, state: read(header, text) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, detail: e.message };
    throw e;
  }
}

function read(header: unknown, text: string): ShareState {
  const h = record(header, "header", ["t", "l", "y", "s", "n"]);
  const t = h.t;
  if (typeof t !== "number" || !Number.isFinite(t) || t < 0 || t > MAX_T) throw new Invalid(`t must be a number of seconds from 0 to ${MAX_T}`);
  if (h.l !== "en" && h.l !== "ko") throw new Invalid("l (language) must be \"en\" or \"ko\"");
  const state: ShareState = { text, t: t + 0, locale: h.l, layout: layout(h.y) };
  if (h.s !== undefined) state.selection = selection(h.s);
  if (h.n !== undefined) {
    if (typeof h.n !== "string" || !LESSON_ID.test(h.n)) throw new Invalid("n (lesson) must be a lesson id: lowercase letters, digits and dashes");
    state.lessonId = h.n;
  }
  return state;
}

function layout(value: unknown): ShareLayout {
  const y = record(value, "y (layout)", ["v", "e", "c", "r"]);
  if (y.v !== "timeline" && y.v !== "nodemap") throw new Invalid("y.v (view) must be \"timeline\" or \"nodemap\"");
  const e = y.e;
  if (typeof e !== "number" || !Number.isFinite(e) || e < EDITOR_SHARE_MIN || e > EDITOR_SHARE_MAX) throw new Invalid(`y.e (editor width) must be a number from ${EDITOR_SHARE_MIN} to ${EDITOR_SHARE_MAX}`);
  const out: ShareLayout = { view: y.v, editorShare: e };
  if (y.c !== undefined) {
    if (typeof y.c !== "boolean") throw new Invalid("y.c (editor collapsed) must be true or false");
    out.editorCollapsed = y.c;
  }
  if (y.r !== undefined) {
    if (y.r !== "w") throw new Invalid("y.r (reveal) must be \"w\" (whole run) or absent");
    out.reveal = "wholeRun";
  }
  return out;
}

function selection(value: unknown): Selection {
  if (!Array.isArray(value)) throw new Invalid("s (selection) must be a list");
  const [kind, ...rest] = value as unknown[];
  if (kind === "e" && rest.length === 1) {
    const id = rest[0];
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) throw new Invalid("s (selection) entry id must be a whole number ≥ 0");
    return { kind: "entry", id };
  }
  if (kind === "p" && rest.length === 2) return { kind: "pod", namespace: name(rest[0], DNS_LABEL, "namespace"), pod: name(rest[1], DNS_SUBDOMAIN, "pod") };
  if (kind === "c" && rest.length === 3) {
    return { kind: "container", namespace: name(rest[0], DNS_LABEL, "namespace"), pod: name(rest[1], DNS_SUBDOMAIN, "pod"), container: name(rest[2], DNS_LABEL, "container") };
  }
  throw new Invalid("s (selection) must be [\"e\", id], [\"p\", namespace, pod] or [\"c\", namespace, pod, container]");
}

function name(value: unknown, rule: RegExp, what: string): string {
  if (typeof value !== "string" || !rule.test(value)) throw new Invalid(`s (selection) ${what} must be a valid Kubernetes name`);
  return value;
}

function record(value: unknown, what: string, keys: string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Invalid(`${what} must be an object`);
  for (const k of Object.keys(value)) if (!keys.includes(k)) throw new Invalid(`${what} has a field podplay does not know`);
  return value as Record<string, unknown>;
}
