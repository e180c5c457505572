/**
 * pkg/util/parsers ParseImageName over distribution/reference ParseNormalizedNamed: the tag and
 * digest of an image reference, with "latest" when neither is given. An unparseable reference
 * (upper case, a bad digest) has neither, which is why SetDefaults_Container gives it
 * IfNotPresent rather than Always.
 */
const ALNUM = "[a-z0-9]+";
const SEPARATOR = "(?:[._]|__|[-]+)";
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const NAME = `(?:${HOST}(?::[0-9]+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export interface ImageName {
  repository: string;
  tag: string;
  digest: string;
}

export function parseImageName(image: string): ImageName | undefined {
  if (/^[a-f0-9]{64}$/.test(image)) return undefined;
  const slash = image.indexOf("/");
  let remainder = image;
  let domain = "docker.io";
  if (slash !== -1) {
    const first = image.slice(0, slash);
    if (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) {
      domain = first;
      remainder = image.slice(slash + 1);
    }
  }
  if (remainder.toLowerCase() !== remainder) return undefined;
  const m = REFERENCE.exec(domain === "docker.io" ? remainder : `${domain}/${remainder}`);
  if (!m || m[1].length > 255) return undefined;
  const digest = m[3] ?? "";
  if (digest) {
    const [algorithm, hex] = digest.split(":");
    if (DIGEST_HEX_LENGTH[algorithm] !== hex.length || /[A-F]/.test(hex)) return undefined;
  }
  let tag = m[2] ?? "";
  if (!tag && !digest) tag = "latest";
  return { repository: m[1], tag, digest };
}

/** SetDefaults_Container's imagePullPolicy: Always only for the "latest" tag, written or implied. */
export function defaultPullPolicy(image: string): "Always" | "IfNotPresent" {
  return parseImageName(image)?.tag === "latest" ? "Always" : "IfNotPresent";
}
