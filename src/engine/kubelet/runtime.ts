import type { ContainerLog } from "./containerLog";
import type { ProgramLog } from "./programLog";
import type { ContainerProcess } from "../workloads/process";
import { hexId } from "../util/hash";

/** A container instance as the CRI runtime (containerd) knows it. One per (re)start. */
export interface Instance {
  id: string;
  /** `containerd://<id>`, as the statuses show it (made once, not per status). */
  containerID?: string;
  name: string;
  restartCount: number;
  state: "created" | "running" | "exited";
  createdAt: number;
  startedAt: number;
  finishedAt: number;
  exitCode: number;
  /** containerd's terminated reason: Completed, Error, OOMKilled. */
  reason: string;
  /** Termination message (terminationMessagePath, or the log tail with FallbackToLogsOnError). */
  message: string;
  process: ContainerProcess;
  image: string;
  imageID: string;
  /** Trace entry ids that explain the start and the exit (for causes). */
  startEntry: number;
  exitEntry?: number;
  /** Why it was stopped, when the kubelet stopped it. */
  killedFor?: string;
  /** The instance's log while it can still grow (kubelet/containerLog.ts). */
  log?: ContainerLog;
  /** The log of a catalogue program that writes one, made when read (kubelet/programLog.ts). */
  programLog?: ProgramLog;
}

/** All instances of one pod's containers, newest last, plus its sandbox. */
export class PodRuntime {
  readonly instances = new Map<string, Instance[]>();
  sandbox: { ready: boolean; ip: string; createdAt: number } | undefined;

  newest(name: string): Instance | undefined {
    const list = this.instances.get(name);
    return list ? list[list.length - 1] : undefined;
  }

  /** The newest instance that has exited, which is what back-off and lastState look at. */
  newestExited(name: string): Instance | undefined {
    const list = this.instances.get(name) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].state === "exited") return list[i];
    return undefined;
  }

  previous(name: string): Instance | undefined {
    const list = this.instances.get(name);
    return list && list.length > 1 ? list[list.length - 2] : undefined;
  }

  add(inst: Instance): void {
    const list = this.instances.get(inst.name) ?? [];
    list.push(inst);
    // The kubelet garbage-collects dead instances but keeps the latest ones for lastState.
    if (list.length > 3) list.splice(0, list.length - 3);
    this.instances.set(inst.name, list);
  }

  /** The newest instance of each container that was running at `t` (started by then, not yet exited). */
  runningAt(t: number): Instance[] {
    const out: Instance[] = [];
    for (const list of this.instances.values()) {
      const n = list[list.length - 1];
      if (n.startedAt <= t + 1e-9 && (n.state === "running" || t < n.finishedAt - 1e-9)) out.push(n);
    }
    return out;
  }

  running(): Instance[] {
    const out: Instance[] = [];
    for (const list of this.instances.values()) {
      const n = list[list.length - 1];
      if (n.state === "running") out.push(n);
    }
    return out;
  }
}

export function containerId(podUid: string, name: string, restartCount: number): string {
  return hexId(`${podUid}/${name}/${restartCount}`);
}

export function imageDigest(image: string): string {
  let d = digests.get(image);
  if (d === undefined) {
    d = "sha256:" + hexId(`image:${image}`);
    if (digests.size < 10_000) digests.set(image, d);
  }
  return d;
}

/** Digests by image: a run starts many containers of the same few images. */
const digests = new Map<string, string>();
