/**
 * Everything a shell (or subshell) remembers between commands. All mutation goes through
 * methods so `fingerprint()` can be cached: steady-state detection asks for it at every loop
 * head, and rebuilding the variable table each time would dominate busy loops.
 */
import type { FunctionDef } from "./ast";
import { setOwn } from "../../util/ownMap";

export interface ShellOptions {
  errexit: boolean;
  xtrace: boolean;
  nounset: boolean;
  noglob: boolean;
}

const functionIds = new WeakMap<FunctionDef, number>();
let nextFunctionId = 1;
function functionId(f: FunctionDef): number {
  let id = functionIds.get(f);
  if (id === undefined) functionIds.set(f, (id = nextFunctionId++));
  return id;
}

export class ShellState {
  private readonly vars: Map<string, string>;
  private readonly exported: Set<string>;
  private positionalParams: string[];
  private readonly funcs: Map<string, FunctionDef>;
  private options: ShellOptions;
  private dir: string;
  private cached: string | null = null;
  private env: Record<string, string> | null = null;
  /** $? */
  status = 0;
  /** `trap` actions by signal number (0: EXIT); "" ignores the signal. */
  private trapTable: Map<number, string>;
  /** $!: the PID of the last background job. */
  lastBackground: number | undefined;
  /** $$: the PID of the shell the script started as; subshells keep it. */
  rootPid = 1;

  constructor(
    readonly arg0: string,
    env: Record<string, string> | Map<string, string>,
    positional: string[],
    cwd: string,
    copyFrom?: ShellState,
  ) {
    this.vars = new Map(env instanceof Map ? env : Object.entries(env));
    this.exported = copyFrom ? new Set(copyFrom.exported) : new Set(this.vars.keys());
    this.positionalParams = positional;
    this.funcs = new Map(copyFrom?.funcs);
    this.options = copyFrom ? { ...copyFrom.options } : { errexit: false, xtrace: false, nounset: false, noglob: false };
    this.dir = cwd;
    this.trapTable = new Map();
    if (copyFrom) {
      this.status = copyFrom.status;
      this.lastBackground = copyFrom.lastBackground;
      this.rootPid = copyFrom.rootPid;
      // ash clear_traps: a subshell forgets the traps that run commands and keeps the ignored ones.
      for (const [sig, action] of copyFrom.trapTable) if (action === "") this.trapTable.set(sig, action);
    }
  }

  /** A subshell's copy: same variables, functions and options, independent from here on. */
  clone(): ShellState {
    return new ShellState(this.arg0, this.vars, [...this.positionalParams], this.dir, this);
  }

  get traps(): ReadonlyMap<number, string> {
    return this.trapTable;
  }

  /** `trap ACTION SIG`; null resets the signal to its default. */
  setTrap(signo: number, action: string | null): void {
    if (action === null ? !this.trapTable.has(signo) : this.trapTable.get(signo) === action) return;
    if (action === null) this.trapTable.delete(signo);
    else this.trapTable.set(signo, action);
    this.changed();
  }

  /** ash may_have_traps: some trap runs commands, so the last command of `sh -c` is not exec'd. */
  hasActiveTraps(): boolean {
    for (const a of this.trapTable.values()) if (a !== "") return true;
    return false;
  }

  private changed(): void {
    this.cached = null;
    this.env = null;
  }

  get(name: string): string | undefined {
    return this.vars.get(name);
  }

  /** Any parameter: special ($?, $#, $0, $1...) or a variable; undefined when unset. */
  param(name: string): string | undefined {
    switch (name) {
      case "?":
        return String(this.status);
      case "$":
        // The container's shell is PID 1 in its PID namespace; subshells keep the parent's $$.
        return String(this.rootPid);
      case "#":
        return String(this.positionalParams.length);
      case "@":
      case "*":
        return this.positionalParams.join(" ");
      case "0":
        return this.arg0;
      case "!":
        return this.lastBackground === undefined ? undefined : String(this.lastBackground);
      case "-": {
        const o = this.options;
        return (o.errexit ? "e" : "") + (o.noglob ? "f" : "") + (o.nounset ? "u" : "") + (o.xtrace ? "x" : "");
      }
    }
    if (/^[1-9]\d*$/.test(name)) return this.positionalParams[Number(name) - 1];
    return this.vars.get(name);
  }

  set(name: string, value: string): void {
    if (this.vars.get(name) === value) return;
    this.vars.set(name, value);
    this.changed();
  }

  unset(name: string): void {
    const hadValue = this.vars.delete(name);
    const wasExported = this.exported.delete(name);
    if (hadValue || wasExported) this.changed();
  }

  export(name: string): void {
    if (this.exported.has(name)) return;
    this.exported.add(name);
    this.changed();
  }

  isExported(name: string): boolean {
    return this.exported.has(name);
  }

  /** The environment a child process sees; shared between calls, so frozen. */
  environment(): Record<string, string> {
    if (this.env) return this.env;
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (this.exported.has(k)) setOwn(env, k, v);
    return (this.env = Object.freeze(env));
  }

  variables(): [string, string][] {
    return [...this.vars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  get positional(): string[] {
    return this.positionalParams;
  }

  set positional(params: string[]) {
    this.positionalParams = params;
    this.changed();
  }

  get cwd(): string {
    return this.dir;
  }

  set cwd(dir: string) {
    if (dir === this.dir) return;
    this.dir = dir;
    this.changed();
  }

  get opts(): Readonly<ShellOptions> {
    return this.options;
  }

  setOption(name: keyof ShellOptions, on: boolean): void {
    if (this.options[name] === on) return;
    this.options = { ...this.options, [name]: on };
    this.changed();
  }

  func(name: string): FunctionDef | undefined {
    return this.funcs.get(name);
  }

  defineFunction(f: FunctionDef): void {
    if (this.funcs.get(f.name) === f) return;
    this.funcs.set(f.name, f);
    this.changed();
  }

  unsetFunction(name: string): void {
    if (this.funcs.delete(name)) this.changed();
  }

  /** Everything above except $?, which the caller adds since it changes on nearly every command. */
  fingerprint(): string {
    if (this.cached !== null) return this.cached;
    let s = "";
    for (const [k, v] of this.vars) s += `${this.exported.has(k) ? "x" : "-"}${k}=${v}\u0000`;
    s += `\u0001${this.positionalParams.join("\u0000")}\u0001${this.dir}\u0001`;
    s += `${+this.options.errexit}${+this.options.xtrace}${+this.options.nounset}${+this.options.noglob}\u0001`;
    for (const [name, f] of this.funcs) s += `${name}#${functionId(f)},`;
    // $! is left out: a loop that starts a job each time (`sleep 5 & wait $!`) differs only by PID.
    for (const [sig, action] of this.trapTable) s += `\u0003${sig}=${action}`;
    return (this.cached = s);
  }
}
