/** The shell interpreter's public surface: see run.ts for the entry points and types.ts for the host contract. */
export { parseScript, runArgv, runToCompletion } from "./run";
export type { HttpResult, Script, ShellExit, ShellFs, ShellHost, ShellYield } from "./types";
export { MemoryFs, IMAGE_DIRS } from "./memory-fs";
export { DEFAULT_STEP_BUDGET } from "./runtime";
