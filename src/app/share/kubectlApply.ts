import { loadAll } from "js-yaml";

/** Objects a Scenario's `actions` apply at a later time; a plain `kubectl apply` cannot wait for them. */
export interface LaterApply {
  /** The action's `at`, as written ("60s", "2m"). */
  at: string;
  /** "Kind/name" of each object. */
  objects: string[];
}

export interface KubectlApply {
  /** A shell command to paste: `kubectl apply -f - <<'EOF'`, the manifests, `EOF`. */
  command: string;
  /** How many documents go to kubectl; 0 means the text holds only simulation settings. */
  documents: number;
  later: LaterApply[];
}

const PLAYGROUND_API = /^podplay\.dev\//;
// A document starts at a `---` line in column 0 (YAML forbids one inside content at column 0).
const SEPARATOR = /^---(?:[ \t].*)?$/;

/**
 * The real Kubernetes manifests of a scenario, ready for a terminal. Playground documents
 * (apiVersion podplay.dev/…) are dropped; every other document keeps its text exactly as written,
 * comments included, so what the learner pastes is what they read. `laterComment` phrases the
 * trailing note about objects the Scenario applies later (in the reader's language).
 */
export function kubectlApply(text: string, laterComment: (later: LaterApply[]) => string[]): KubectlApply {
  const kept: string[] = [];
  const later: LaterApply[] = [];
  for (const chunk of splitDocuments(text)) {
    if (!/^[ \t]*[^\s#]/m.test(chunk)) continue; // blank or comments only: nothing for kubectl
    const values = parse(chunk);
    const playground = values?.filter(isPlayground) ?? [];
    if (playground.length === 0) kept.push(chunk.replace(/\s+$/, ""));
    for (const doc of playground) later.push(...laterApplies(doc));
  }
  const body = kept.join("\n---\n");
  const delimiter = heredocDelimiter(body);
  const comments = later.length ? laterComment(later).map((l) => `# ${l}`) : [];
  const command = [`kubectl apply -f - <<'${delimiter}'`, ...(body ? [body] : []), delimiter, ...comments].join("\n") + "\n";
  return { command, documents: kept.length, later };
}

function splitDocuments(text: string): string[] {
  const chunks: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (SEPARATOR.test(line)) chunks.push([]);
    else chunks[chunks.length - 1].push(line);
  }
  return chunks.map((c) => c.join("\n"));
}

/** The document's values, or undefined if it does not parse (then it is kept: kubectl will say why). */
function parse(chunk: string): unknown[] | undefined {
  try {
    return loadAll(chunk) as unknown[];
  } catch {
    return undefined;
  }
}

function isPlayground(doc: unknown): doc is Record<string, unknown> {
  return typeof doc === "object" && doc !== null && typeof (doc as { apiVersion?: unknown }).apiVersion === "string" && PLAYGROUND_API.test((doc as { apiVersion: string }).apiVersion);
}

function laterApplies(doc: Record<string, unknown>): LaterApply[] {
  const actions = (doc.spec as { actions?: unknown } | undefined)?.actions;
  if (!Array.isArray(actions)) return [];
  const out: LaterApply[] = [];
  for (const a of actions) {
    const apply = (a as { apply?: unknown })?.apply;
    if (!Array.isArray(apply)) continue;
    const objects = apply.map((o) => {
      const obj = o as { kind?: unknown; metadata?: { name?: unknown } } | null;
      return `${String(obj?.kind ?? "?")}/${String(obj?.metadata?.name ?? "?")}`;
    });
    out.push({ at: String((a as { at?: unknown }).at ?? "?"), objects });
  }
  return out;
}

/** `EOF`, unless a line of the manifests is exactly that: then a longer word that is not. */
function heredocDelimiter(body: string): string {
  const lines = new Set(body.split("\n"));
  let d = "EOF";
  for (let i = 1; lines.has(d); i++) d = `EOF_${i}`;
  return d;
}
