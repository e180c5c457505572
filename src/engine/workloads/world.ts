import type { HttpResult } from "./shell/types";

/**
 * The cluster as seen from inside a container: DNS and the network. `epoch` changes whenever
 * an answer could change (a Service appears, an endpoint becomes ready), so polling scripts in
 * a steady loop know when to look again.
 */
export interface World {
  readonly epoch: number;
  resolve(fqdn: string): string | null;
  http(url: string, timeoutSeconds: number, searchDomains?: string[]): HttpResult;
  /** Called after every change of `epoch`. */
  subscribe(fn: () => void): () => void;
}
