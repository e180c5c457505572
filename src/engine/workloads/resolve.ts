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
  /** The image's sh forks the last command of `sh -c` instead of exec'ing it (old busybox). */
  forksLastCommand: boolean;
}

/**
 * Decides what a container runs as PID 1: the image's ENTRYPOINT/CMD as overridden by
 * `command`/`args` (Kubernetes' rules), then either the shell interpreter, a catalogue program,
 * a Scenario behaviour, or, for an unknown image, a generic server.
 */
export function resolveProgram(c: Container, behavior: ProgramModel | undefined): ResolvedProgram {
  const ref = parseImageRef(c.image ?? "");
  const facts = ref ? lookupImage(ref) : lookupImage({ raw: "", registry: "", path: "", name: "", tag: undefined, digest: undefined, fullName: "" });
  return { ...chooseProgram(c, behavior, ref, facts), forksLastCommand: facts.forksLastCommand?.(ref?.tag) ?? false };
}

function chooseProgram(c: Container, behavior: ProgramModel | undefined, ref: ReturnType<typeof parseImageRef>, facts: ImageFacts): Omit<ResolvedProgram, "forksLastCommand"> {
  const argv = effectiveArgv(c, facts);
  if (behavior) return { main: { kind: "native", model: behavior }, facts };
  const bin = basename(argv[0] ?? "");
  const program = own(facts.programs, bin);
  if (program) return { main: { kind: "native", model: program(argv.slice(1)) }, facts };
  if (facts.hasShell && (SHELL_COMMANDS.has(bin) || argv.length === 0)) return { main: { kind: "shell", argv: argv.length ? argv : ["sh"] }, facts };
  if (facts.generic) {
    const ports = (c.ports ?? []).map((p) => p.containerPort);
    const model = genericServer(bin || ref?.name || "app", ports);
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
