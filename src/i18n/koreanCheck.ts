import { GLOSSARY, type GlossaryEntry } from "./glossary";

/**
 * The rules every Korean text in podplay is held to (koreanText.test.ts runs them over all of it):
 *
 * 1. No off-glossary variant: a term in `GLOSSARY[].avoid` fails, naming the kubernetes.io/ko term.
 * 2. No English prose left in Korean text. A Latin word is allowed when it is what the Korean docs keep
 *    in English too:
 *    - an identifier: it has a capital letter (kinds, reasons, fields such as restartPolicy, kubectl
 *      columns such as READY, acronyms such as HTTP) or a digit, dot, slash, colon, underscore or `=`
 *      (paths, images, "web-2", "status.phase", "500m");
 *    - a word in ALLOWED_WORDS (commands, lowercase API fields and values, units);
 *    - a name from the text's own scenario (`context`: its pods, containers, args, labels);
 *    - a kubectl subcommand or a flag (`kubectl drain`, `--previous`);
 *    - anything quoted or in braces: "…", “…”, `…`, {…} (output and code are quoted as they are).
 *    A lowercase English word otherwise ("unready", "crash loop") fails.
 */
export interface Finding {
  kind: "avoid" | "latin";
  /** What was found in the text. */
  found: string;
  /** For `avoid`: the glossary term to use. */
  use?: string;
  entry?: GlossaryEntry;
}

const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * Lowercase Latin words Korean text may use as they are: commands and programs, lowercase API field
 * names and values (as in manifests), kubectl subcommands, units and protocol words the Korean docs
 * also leave in English.
 */
export const ALLOWED_WORDS = new Set([
  // programs and commands
  "kubectl", "kubelet", "agnhost", "busybox", "nginx", "redis", "distroless", "etcd", "containerd", "runc", "sh", "bash",
  "cat", "sleep", "echo", "curl", "wget", "nslookup", "dig", "touch", "rm", "ls", "kill", "true", "false", "exit", "tail", "grep",
  "trap", "wait", "pause", "cgroup",
  "podplay", "kube-scheduler", "kube-controller-manager", "kube-proxy", "kube-apiserver", "default-scheduler", "descheduler",
  // lowercase API fields and values, as written in manifests
  "exec", "grpc", "args", "command", "image", "ports", "port", "path", "replicas", "selector", "labels", "resources", "requests",
  "limits", "memory", "cpu", "tolerations", "effect", "key", "operator", "value", "spec", "status", "metadata", "containers",
  "name", "kind", "lifecycle", "completions", "parallelism", "template", "type", "default", "max", "min", "service",
  "reason", "message", "signal", "null", "generation", "succeeded", "pod-template-hash",
  // units and protocols
  "s", "ms", "m", "h", "min", "x", "ok", "http", "https", "tcp",
  // log and terminal words
  "stdout", "stderr", "log", "logs",
]);

/** Each entry's avoid patterns as regexps. */
const AVOID: Array<[GlossaryEntry, RegExp[]]> = GLOSSARY.map((e) => [
  e,
  e.avoid.map((a) => (typeof a === "string" ? new RegExp(a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") : a)),
]);

/**
 * Removes what is quoted as it is: code in braces, backticks, straight and curly quotes, URLs, a
 * kubectl command line, and the English a Korean term is glossed with in parentheses ("단계(phase)",
 * the Korean docs' habit).
 */
export function stripQuoted(text: string): string {
  // A URL ends at a space or at the backtick, quote or bracket around it (`https://…` in a code span).
  let s = text.replace(/https?:\/\/[^\s`"'<>()]+/g, " ");
  // Braces may nest ({tcpSocket: {port: 6379}}): strip innermost first.
  for (let i = 0; i < 4 && /\{[^{}]*\}/.test(s); i++) s = s.replace(/\{[^{}]*\}/g, " ");
  return s
    .replace(/`[^`]*`/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/“[^”]*”/g, " ")
    .replace(/'[^'\s][^']*'/g, " ")
    .replace(/([\uAC00-\uD7A3])\([^()]*\)/g, "$1 ")
    .replace(/\bkubectl(?:[ \t]+[-A-Za-z0-9_./:=<>]+)+/g, " ");
}

const LATIN = /[A-Za-z][A-Za-z0-9]*(?:[-_.:/=+][A-Za-z0-9]+)*/g;

/** Checks one Korean text. `context` holds names from the text's own scenario that it may use. */
export function checkKorean(text: string, context: ReadonlySet<string> = new Set()): Finding[] {
  const out: Finding[] = [];
  const s = stripQuoted(text);
  for (const [entry, res] of AVOID) {
    // One finding per entry. A scenario's own lowercase name ("liveness 컨테이너", agnhost's "liveness
    // 모드") is not the term, but the same word taking a particle is prose ("liveness가 죽입니다").
    const isName = (x: RegExpExecArray) => /^[a-z0-9-]+$/.test(x[0]) && context.has(x[0]) && !/^[\uAC00-\uD7A3]/.test(s.slice(x.index + x[0].length));
    const m = res.map((re) => re.exec(s)).find((x) => x && !isName(x));
    if (m) out.push({ kind: "avoid", found: m[0], use: entry.ko, entry });
  }
  if (!HANGUL.test(text)) return out;
  for (const m of s.matchAll(LATIN)) {
    const w = m[0];
    if (/[A-Z0-9_.:/=+]/.test(w)) continue;
    if (ALLOWED_WORDS.has(w) || context.has(w)) continue;
    // Part of an identifier: ":latest", ".yaml", "/healthz", "--previous", "2xx".
    const prev = s[m.index - 1] ?? "";
    if (/[-:./=_$0-9]/.test(prev)) continue;
    if (out.some((f) => f.kind === "avoid" && f.found.toLowerCase().includes(w.toLowerCase()))) continue;
    out.push({ kind: "latin", found: w });
  }
  return out;
}

/** Names a scenario's YAML gives (pod, container, label and arg words), for `checkKorean`'s context. */
export function scenarioWords(yaml: string): Set<string> {
  const words = new Set<string>();
  for (const line of yaml.split("\n")) {
    const code = line.replace(/(^|\s)#.*$/, "");
    for (const m of code.matchAll(LATIN)) {
      words.add(m[0]);
      for (const part of m[0].split(/[-_.:/=+]/)) if (part) words.add(part);
    }
  }
  return words;
}

/** One line per finding, for a test failure: where, what, and what to write instead. */
export function describeFinding(where: string, f: Finding): string {
  return f.kind === "avoid"
    ? `${where}: "${f.found}" is off the glossary; kubernetes.io/ko writes "${f.use}" (${f.entry?.source})`
    : `${where}: English word "${f.found}" left in Korean text; use the Korean term (see src/i18n/glossary.ts) or quote it if it is output`;
}
