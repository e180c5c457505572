import { BACKOFF_RESET } from "./constants";

interface Entry {
  delay: number;
  lastUpdate: number;
}

/**
 * client-go's flowcontrol.Backoff as the kubelet uses it: per-key delays that double up to a
 * cap, with no jitter. Models: staging/src/k8s.io/client-go/util/flowcontrol/backoff.go.
 */
export class Backoff {
  private entries = new Map<string, Entry>();

  constructor(
    private initial: number,
    private max: number,
    private now: () => number,
  ) {}

  get(key: string): number {
    return this.entries.get(key)?.delay ?? 0;
  }

  private expired(key: string, eventTime: number): boolean {
    const e = this.entries.get(key);
    return !e || eventTime - e.lastUpdate > BACKOFF_RESET;
  }

  /** True when less than the current delay has passed since `eventTime` (IsInBackOffSince). */
  isInBackOffSince(key: string, eventTime: number): boolean {
    const e = this.entries.get(key);
    if (!e || this.expired(key, eventTime)) return false;
    return this.now() - eventTime < e.delay - 1e-9;
  }

  /** True when less than the current delay has passed since the entry's last update (IsInBackOffSinceUpdate). */
  isInBackOffSinceUpdate(key: string, eventTime: number): boolean {
    const e = this.entries.get(key);
    if (!e || this.expired(key, eventTime)) return false;
    return eventTime - e.lastUpdate < e.delay - 1e-9;
  }

  /** Starts (10 s) or doubles (capped) the delay and stamps it now (Next). */
  next(key: string, eventTime: number): void {
    const e = this.entries.get(key);
    if (!e || this.expired(key, eventTime)) this.entries.set(key, { delay: this.initial, lastUpdate: this.now() });
    else this.entries.set(key, { delay: Math.min(e.delay * 2, this.max), lastUpdate: this.now() });
  }
}
