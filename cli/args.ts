/**
 * The CLI's command line, read with node:util parseArgs in strict mode: a flag the command does
 * not know is refused, never ignored. Pure (no process, no I/O), so it is tested in-process.
 *
 * Flags follow kubectl (pflag): `--until 60` or `--until=60`, a value may start with a dash
 * (`--tail -1`), `-p` is `--previous`. Help and the version answer wherever they are asked for.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface LogTarget {
  pod: string;
  container?: string;
}

export interface LogFlags {
  previous?: boolean;
  timestamps?: boolean;
  tail?: number;
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  /** No arguments at all: the usage text on stderr, exit 2. */
  | { kind: "usage" }
  /** A usage error, worded as the rest of kubectl's `error: …` line. */
  | { kind: "error"; message: string }
  | { kind: "run"; file: string; until?: number; json: boolean; describe: string[]; logs: LogTarget[]; logFlags: LogFlags }
  | { kind: "check"; files: string[]; json: boolean };

type Options = NonNullable<ParseArgsConfig["options"]>;

const RUN_OPTIONS = {
  until: { type: "string" },
  json: { type: "boolean" },
  describe: { type: "string", multiple: true },
  logs: { type: "string", multiple: true },
  previous: { type: "boolean", short: "p" },
  timestamps: { type: "boolean" },
  tail: { type: "string" },
} as const satisfies Options;

const CHECK_OPTIONS = { json: { type: "boolean" } } as const satisfies Options;

/** podplay limit (docs/limits.md): the longest horizon one run simulates, 7 days. */
const MAX_UNTIL = 7 * 86400;

export function parseCommand(argv: readonly string[]): Command {
  if (!argv.length) return { kind: "usage" };
  const beforeTerminator = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  if (beforeTerminator.some((a) => a === "-h" || a === "--help") || argv[0] === "help") return { kind: "help" };
  if (beforeTerminator.includes("--version")) return { kind: "version" };
  const [cmd, ...rest] = argv;
  if (cmd === "run") return parseRun(rest);
  if (cmd === "check") return parseCheck(rest);
  if (cmd.startsWith("-") && cmd !== "-") return { kind: "error", message: unknownFlag(cmd) };
  return { kind: "error", message: `unknown command ${JSON.stringify(cmd)} for "podplay"` };
}

function parseRun(args: string[]): Command {
  const parsed = strictParse(args, RUN_OPTIONS);
  if ("error" in parsed) return { kind: "error", message: parsed.error };
  const { values, positionals } = parsed;
  if (!positionals.length) return { kind: "error", message: "run needs a FILE (a YAML file, or '-' to read stdin)" };
  if (positionals.length > 1) return { kind: "error", message: `run takes one FILE, got also ${JSON.stringify(positionals[1])}` };

  let until: number | undefined;
  if (values.until !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values.until)) return { kind: "error", message: `--until needs a number of seconds, got ${JSON.stringify(values.until)}` };
    until = Number(values.until);
    if (until > MAX_UNTIL) return { kind: "error", message: `--until ${values.until} is longer than podplay's limit of ${MAX_UNTIL} seconds (7 days)` };
  }
  const describe = values.describe ?? [];
  if (describe.some((d) => !d)) return { kind: "error", message: "--describe needs a pod name" };

  const logs: LogTarget[] = [];
  for (const v of values.logs ?? []) {
    if (!v || v.startsWith("-")) return { kind: "error", message: "--logs needs a pod name (POD or POD/CONTAINER)" };
    const [pod, container, extra] = v.split("/");
    if (!pod || container === "" || extra !== undefined) return { kind: "error", message: `--logs takes POD or POD/CONTAINER, got ${JSON.stringify(v)}` };
    logs.push(container === undefined ? { pod } : { pod, container });
  }
  const logFlags: LogFlags = {};
  if (values.previous) logFlags.previous = true;
  if (values.timestamps) logFlags.timestamps = true;
  if (values.tail !== undefined) {
    if (!/^-?\d+$/.test(values.tail)) return { kind: "error", message: `--tail needs a whole number of lines, got ${JSON.stringify(values.tail)}` };
    logFlags.tail = Number(values.tail);
  }
  if (Object.keys(logFlags).length && !logs.length) return { kind: "error", message: "--previous, --timestamps and --tail go with --logs POD" };
  const json = values.json ?? false;
  if (json && logs.length) return { kind: "error", message: "--logs prints kubectl's text; with --json every line is already in the JSON's logs list" };
  return { kind: "run", file: positionals[0], until, json, describe, logs, logFlags };
}

function parseCheck(args: string[]): Command {
  const parsed = strictParse(args, CHECK_OPTIONS);
  if ("error" in parsed) return { kind: "error", message: parsed.error };
  const files = parsed.positionals;
  if (!files.length) return { kind: "error", message: "check needs a CHALLENGE file" };
  if (files.length > 2) return { kind: "error", message: `check takes a CHALLENGE and at most one ANSWER, got ${files.length} files` };
  if (files.filter((f) => f === "-").length > 1) return { kind: "error", message: "only one of CHALLENGE and ANSWER can be '-' (stdin)" };
  return { kind: "check", files, json: parsed.values.json ?? false };
}

/**
 * parseArgs in strict mode decides; when it refuses, a lenient parse of the same arguments finds
 * the argument at fault, so the message is kubectl's (`unknown flag: --untill`) and does not
 * depend on the wording of Node's own error.
 */
function strictParse<O extends Options>(args: string[], options: O) {
  const joined = joinDashValues(args, options);
  try {
    return parseArgs({ args: joined, options, strict: true, allowPositionals: true });
  } catch {
    return { error: explain(joined, options) };
  }
}

/**
 * pflag takes the next argument as a flag's value even when it starts with a dash (kubectl logs
 * --tail -1); parseArgs calls that ambiguous, so such a pair is passed as `--tail=-1`.
 */
function joinDashValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = args[i + 1];
    const name = a.startsWith("--") ? a.slice(2) : undefined;
    if (name && options[name]?.type === "string" && next !== undefined && next.startsWith("-") && next !== "-") {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function explain(args: string[], options: Options): string {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const known = options[t.name];
    if (!known) return unknownFlag(t.rawName);
    if (known.type === "string" && t.value === undefined) return `flag needs an argument: ${t.rawName}`;
    if (known.type === "boolean" && t.inlineValue) return `flag ${t.rawName} takes no value, got ${JSON.stringify(`${t.rawName}=${t.value}`)}`;
  }
  return `cannot read the arguments ${JSON.stringify(args.join(" "))}`;
}

/** pflag's words: `unknown flag: --foo`, and for a single dash `unknown shorthand flag: 'x' in -x`. */
function unknownFlag(raw: string): string {
  const flag = raw.split("=")[0];
  return flag.startsWith("--") ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`;
}
