/**
 * One occurrence of a Kubernetes Event, as a component emitted it at simulated time `t`
 * (seconds since the manifests were applied). Printers fold identical occurrences into the
 * Event object's count/firstTimestamp/lastTimestamp the way client-go's correlator does.
 */
export interface SimEvent {
  t: number;
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  /** The involved object; `fieldPath` is set for container events, e.g. `spec.containers{nginx}`. */
  object: { kind: string; namespace: string; name: string; uid: string; fieldPath?: string };
  /** `source.component`: "kubelet", "default-scheduler", … */
  source: string;
  /** `source.host` for kubelet events (the node name). */
  host?: string;
}

/** Simulated t=0 as wall-clock time, so printers can show RFC 1123 timestamps. Fixed for determinism. */
export const DEFAULT_EPOCH_MS = Date.UTC(2025, 8, 1, 9, 0, 0);
