/** A parsed image reference (docker reference grammar, simplified). */
export interface ImageRef {
  /** As written in the manifest, used verbatim in event messages. */
  raw: string;
  registry: string;
  /** Repository path without the registry, e.g. "library/nginx", "busybox", "agnhost". */
  path: string;
  /** Last path segment, e.g. "nginx", "busybox", "agnhost". */
  name: string;
  tag: string | undefined;
  digest: string | undefined;
  /** Fully qualified, as containerd reports it: docker.io/library/nginx:latest */
  fullName: string;
}

export function parseImageRef(raw: string): ImageRef | undefined {
  // Every container start parses its image a few times: one frozen answer per reference.
  if (parsedRefs.has(raw)) return parsedRefs.get(raw);
  const ref = parse(raw);
  if (ref) Object.freeze(ref);
  if (parsedRefs.size < 10_000) parsedRefs.set(raw, ref);
  return ref;
}

const parsedRefs = new Map<string, ImageRef | undefined>();

function parse(raw: string): ImageRef | undefined {
  const s = raw.trim();
  if (!s || /\s/.test(s)) return undefined;
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost")) registry = parts.shift()!;
  let path = parts.join("/");
  if (!path || !/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/.test(path)) return undefined;
  if (registry === "docker.io" && parts.length === 1) path = "library/" + path;
  const name = parts[parts.length - 1];
  const fullName = `${registry}/${path}${tag ? ":" + tag : digest ? "" : ":latest"}${digest ? "@" + digest : ""}`;
  return { raw, registry, path, name, tag, digest, fullName };
}
