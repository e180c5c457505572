import type { Container } from "../api/types";
import { genericServer, lookupImage, type ImageFacts } from "./catalogue";
import { parseImageRef } from "./imageRef";
import type { MainProgram } from "./process";
import type { ProgramModel } from "./program";
import { hasOwn, own } from "../util/ownMap";

/** Commands a busybox/coreutils image runs through podplay's shell interpreter. */
const SHELL_COMMANDS = new Set([
  "sh", "bash", "ash", "dash", "echo", "sleep", "cat", "printenv", "env", "true", "false", "touch", "rm", "ls", "wget", "curl",
  "nslookup", "test", "[", "date", "hostname", "mkdir", "printf", "exit", "grep", "head", "wc", "killall", "kill",
]);

export interface ResolvedProgram {
  main: MainProgram;
  facts: ImageFacts;
  /** Why the program was chosen, for notes: unknown image, custom behaviour. */
  note?: string;
  /** The note's code: unknownImage (the default) or unmodelledProgram (a known image run in a way podplay does not model). */
  noteCode?: "unknownImage" | "unmodelledProgram";
  /** The image's sh forks the last command of `sh -c` instead of exec'ing it (old busybox). */
  forksLastCommand: boolean;
}

/**
 * Decides what a container runs as PID 1: the image's ENTRYPOINT/CMD as overridden by
 * `command`/`args` (Kubernetes' rules), then either the shell interpreter, a catalogue program,
 * a Scenario behaviour, or, for an unknown image, a generic server.
 */
export function resolveProgram(c: Container, behavior: ProgramModel | undefined): ResolvedProgram {
  if (behavior) return resolveAnew(c, behavior);
  // The answer depends on the image and the command, args, env and ports alone. Pods of one
  // template share those parts (stored objects are never changed), so a catalogue program's
  // answer is kept and shared; its model is only read. A script's is made anew (its argv goes
  // to a shell of its own).
  let known = resolvedByImage.get(c.image);
  const hit = known?.find((e) => e.command === c.command && e.args === c.args && e.env === c.env && e.ports === c.ports);
  if (hit) return hit.resolved;
  const resolved = resolveAnew(c, undefined);
  if (resolved.main.kind !== "shell") {
    if (!known) {
      if (resolvedByImage.size >= 1000) resolvedByImage.clear();
      resolvedByImage.set(c.image, (known = []));
    }
    if (known.length < 16) known.push({ command: c.command, args: c.args, env: c.env, ports: c.ports, resolved });
  }
  return resolved;
}

interface KnownProgram {
  command: unknown;
  args: unknown;
  env: unknown;
  ports: unknown;
  resolved: ResolvedProgram;
}

/** Kept answers by container image (undefined included: the note quotes it). */
const resolvedByImage = new Map<string | undefined, KnownProgram[]>();

function resolveAnew(c: Container, behavior: ProgramModel | undefined): ResolvedProgram {
  const ref = parseImageRef(c.image ?? "");
  const facts = ref ? lookupImage(ref) : lookupImage({ raw: "", registry: "", path: "", name: "", tag: undefined, digest: undefined, fullName: "" });
  return { ...chooseProgram(c, behavior, ref, facts), forksLastCommand: facts.forksLastCommand?.(ref?.tag) ?? false };
}

function chooseProgram(c: Container, behavior: ProgramModel | undefined, ref: ReturnType<typeof parseImageRef>, facts: ImageFacts): Omit<ResolvedProgram, "forksLastCommand"> {
  let argv = effectiveArgv(c, facts);
  if (behavior) return { main: { kind: "native", model: behavior }, facts };
  let bin = basename(argv[0] ?? "");
  // A command the image does not have cannot start, whatever podplay's shell could run.
  if (bin && facts.lacks?.includes(bin)) return { main: { kind: "missing", binary: argv[0] }, facts };
  // An entrypoint script that only sets up its own program execs anything else it is given.
  const wrapper = own(facts.wrappers ?? {}, bin);
  if (wrapper && argv.length > 1 && !wrapper(argv.slice(1))) {
    argv = argv.slice(1);
    bin = basename(argv[0]);
  }
  const ports = () => (c.ports ?? []).map((p) => p.containerPort);
  const program = own(facts.programs, bin);
  if (program) {
    const model = program(argv.slice(1));
    if (model.unmodelled) {
      // Never a silent stand-in: a generic server runs, and a note says what is not modelled.
      const stand = genericServer(model.processName, ports());
      return { main: { kind: "native", model: { ...stand, onStop: model.onStop } }, facts, note: `${model.unmodelled}: it ${stand.summary.replace(/^unknown image: /, "")}`, noteCode: "unmodelledProgram" };
    }
    return { main: { kind: "native", model }, facts };
  }
  if (facts.hasShell && (SHELL_COMMANDS.has(bin) || argv.length === 0)) return { main: { kind: "shell", argv: argv.length ? argv : ["sh"] }, facts };
  if (facts.generic) {
    const model = genericServer(bin || ref?.name || "app", ports());
    return { main: { kind: "native", model }, facts, note: `image "${c.image}" is not in podplay's catalogue: it ${model.summary.replace(/^unknown image: /, "")}` };
  }
  if (facts.hasShell && bin) return { main: { kind: "shell", argv }, facts };
  return { main: { kind: "missing", binary: argv[0] ?? "" }, facts };
}

/**
 * `command` replaces ENTRYPOINT and drops CMD; `args` alone replaces CMD.
 * Models: docs/tasks/inject-data-application/define-command-argument-container.md ("Notes").
 */
export function effectiveArgv(c: Container, facts: ImageFacts): string[] {
  const env = Object.fromEntries((c.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value ?? ""]));
  const expand = (s: string) => s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name) => (m === "$$" ? "$" : hasOwn(env, name) ? env[name] : m));
  if (c.command) return [...c.command, ...(c.args ?? [])].map(expand);
  if (c.args) return [...facts.entrypoint, ...c.args].map(expand);
  return [...facts.entrypoint, ...facts.cmd];
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}
