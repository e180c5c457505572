import type { HttpResult } from "./shell/types";
import type { HttpClient } from "./program";

/**
 * The cluster as seen from inside a container: DNS and the network. `epoch` changes whenever
 * an answer could change (a Service appears, an endpoint becomes ready), so polling scripts in
 * a steady loop know when to look again.
 */
export interface World {
  readonly epoch: number;
  resolve(fqdn: string): string | null;
  /** `client` is who asks (the calling pod's IP, its User-Agent and Host header), as the server's log shows it. */
  http(url: string, timeoutSeconds: number, searchDomains?: string[], client?: HttpClient): HttpResult;
  /** Called after every change of `epoch`. */
  subscribe(fn: () => void): () => void;
}
