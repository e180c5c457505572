/**
 * The contract between the shell interpreter and the simulator that hosts it. The interpreter
 * never touches real time, real files or the network: everything it can observe comes through
 * a ShellHost, and everything that takes time is yielded back as a ShellYield.
 */
export type { Script } from "./ast";

/**
 * A container's filesystem as the simulator sees it: absolute, normalised paths → contents.
 * Shared volumes are handled by the host (it may route paths to a shared store), so the
 * interpreter always goes through this interface.
 */
export interface ShellFs {
  /** undefined: no such file (directories also read as undefined). */
  read(path: string): string | undefined;
  write(path: string, content: string, append: boolean): void;
  /** Removes a file or an empty directory; false if nothing was there. */
  remove(path: string): boolean;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  /** Creates one directory; the parent is expected to exist. */
  mkdir(path: string): void;
  /** Names (not paths) of the direct children of a directory, in any order. */
  list(dir: string): string[];
}

/**
 * The outcome of one HTTP GET. `ip` is only used to print the address in messages
 * ("Connecting to host (ip:port)").
 */
export type HttpResult =
  | { status: number; body: string; ip?: string }
  | { error: "refused" | "timeout" | "unresolved"; ip?: string };

export interface ShellHost {
  /** Simulated seconds; advances between yields, never inside a step. */
  now(): number;
  fs: ShellFs;
  /** The container's environment (HOSTNAME, KUBERNETES_PORT, ...). Read, never mutated. */
  env: Record<string, string>;
  hostname: string;
  /** e.g. ["default.svc.cluster.local","svc.cluster.local","cluster.local"] */
  searchDomains: string[];
  /** An IP for a fully qualified name, or null (NXDOMAIN). Must not depend on anything but the world state. */
  resolveDns(fqdn: string): string | null;
  /**
   * Only called once the URL's host resolved (through resolveDns and the search path, or as an
   * IP literal), with the name replaced by the FQDN that answered and the port made explicit:
   * `http://myservice.default.svc.cluster.local:80/`. External sites therefore need resolveDns
   * to know them too. A "timeout" result makes the caller sleep for its timeout first.
   */
  httpGet(url: string, timeoutSeconds: number, request?: { userAgent: string; host: string }): HttpResult;
  /** killall -0 / pidof. */
  processAlive(name: string): boolean;
  /**
   * nginx -s quit → ("nginx","QUIT"); killall NAME → ("NAME","TERM"). False if no such process.
   * A signal that changes anything must also bump worldEpoch, or steady-state detection would
   * skip the repeated signals of a loop.
   */
  signalProcess(name: string, signal: string): boolean;
  /**
   * Increments whenever anything the script can observe outside its own filesystem changes
   * (Services, endpoints, other processes). Used for steady-state detection.
   */
  worldEpoch(): number;
  /**
   * A counter bumped on every filesystem change, including changes made by others through
   * shared volumes. Optional: without it, writes by other containers are invisible to
   * steady-state detection unless they also bump worldEpoch. The interpreter subtracts its own
   * bumps, so a host may bump on every write without defeating detection.
   */
  fsVersion?(): number;
  /** Receives every chunk the top-level script writes to its stdout (1) or stderr (2), uncapped, as it happens. */
  onOutput?(fd: 1 | 2, text: string): void;
  /**
   * Writes to PID 1's stdout or stderr: `/proc/1/fd/1` and `/proc/1/fd/2`, the container's log,
   * also from an exec hook or probe (the Kubernetes node tests' hooks log that way).
   */
  pid1Output?(fd: 1 | 2, text: string): void;
  /**
   * Told when the script hit one of podplay's shell limits (shell/limits.ts), with what passed
   * which limit and the shell's error (`out of memory` when absent).
   */
  onLimit?(detail: string, message?: string): void;
  /** Told how many characters the script expanded, so long values count toward the run's work limit. */
  onWork?(chars: number): void;
  /** The container's workingDir; "/" when absent. */
  workingDir?: string;
  /** Pod IP, for `hostname -i`. */
  podIP?: string;
  /** The cluster DNS server nslookup reports; 10.96.0.10 / kube-dns.kube-system.svc.cluster.local when absent. */
  dnsServer?: { ip: string; name: string };
  /** resolv.conf `ndots`; 5 (the kubelet's value) when absent. */
  ndots?: number;
  /** Unix time at now() = 0, for `date`; 2026-01-01T00:00:00Z when absent. */
  unixEpochOffset?: number;
  /**
   * `kill PID` for a PID outside this shell's own processes (a hook's `kill 1` reaches the
   * container's main process this way); absent means no such process. `signal` is a name
   * ("TERM") or "0" (does it exist).
   */
  signalPid?(pid: number, signal: string): boolean;
  /** A PID for each new process, when the host numbers a container's processes itself (PID 1 first). */
  allocPid?(): number;
  /**
   * The shell forks even the last command of `sh -c` (busybox before 1.28). By default it execs
   * it, as busybox 1.28+, dash and bash do: `sh -c 'sleep 3600'` leaves sleep as PID 1.
   */
  forksLastCommand?: boolean;
  /** Whether the image lacks this command (busybox has no bash or curl): then it is "not found". */
  lacks?: (name: string) => boolean;
}

/** What the generator yields to the simulator. */
export type ShellYield =
  /** Resume after `seconds` of simulated time. `Infinity` for `sleep infinity` (and a foreground `nginx`). */
  | { kind: "sleep"; seconds: number }
  /**
   * The script is in a loop whose every iteration is identical (same loop, same variables, same
   * files, same world epoch) and takes `period` seconds (0 for a busy loop without sleep). It
   * will repeat identically until worldEpoch (or fsVersion) changes. The simulator resumes the
   * generator (at the loop head) at a time of its choosing, normally the last loop-head time not
   * after the next world change; if the world never changes it never resumes.
   * `output` is what one iteration wrote to the container's stdout/stderr (interleaved), so the
   * simulator may replay it for the iterations it skips.
   */
  | { kind: "steady"; period: number; output: string }
  /** The script ran `steps` steps without sleeping and without repeating a state: treat it as busy forever. */
  | { kind: "runaway"; steps: number };

export interface ShellExit {
  code: number;
  /** The last 32 KiB of stdout (older output is dropped: long-running loops would grow it forever). */
  stdout: string;
  /** The last 32 KiB of stderr. */
  stderr: string;
  /** stdout+stderr interleaved, truncated to the first 10 KiB as the kubelet's exec probe does. */
  output: string;
  /**
   * Set when argv[0] could not be executed at all (runArgv only): the container runtime's
   * message, e.g. `exec: "badcommand": executable file not found in $PATH`. A simulator starting
   * a container should report this as a StartError rather than as an exit.
   */
  startError?: string;
}
