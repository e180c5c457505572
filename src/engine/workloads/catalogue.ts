import { constantMemory, MiB, type ProgramModel } from "./program";
import type { ImageRef } from "./imageRef";
import { own } from "../util/ownMap";
import { GO_TERM, server } from "./server";
import { agnhost } from "./agnhost";
import { httpd, httpdFiles, nginx, nginxBuild, nginxFiles, NGINX_INDEX } from "./webservers";

export { NGINX_INDEX };

/**
 * Faithful defaults for the images the Kubernetes documentation uses. Sizes are nominal
 * compressed sizes of the real images; pull time is modelled as 0.5 s plus size at 50 MB/s
 * (a real pull varies with the network; the docs say so).
 */
export interface ImageFacts {
  /** Whether a tag exists in the registry. Unknown tags of known images fail to pull. */
  tagExists(tag: string): boolean;
  sizeBytes: number;
  /** ENTRYPOINT and CMD of the image. */
  entrypoint: string[];
  cmd: string[];
  /** The image has /bin/sh and busybox or coreutils applets. */
  hasShell: boolean;
  /** Files the image ships that scripts and probes read. */
  files?: Record<string, string>;
  /** Native programs the image runs, by binary name (basename of argv[0]). */
  programs: Record<string, (args: string[]) => ProgramModel>;
  /**
   * Entrypoint scripts that set up and then `exec "$@"`: by binary name, whether they run their own
   * program for these arguments (its entry in `programs`); otherwise the arguments run as the command.
   */
  wrappers?: Record<string, (args: string[]) => boolean>;
  /**
   * Commands podplay's shell knows that this image does not have (busybox has no bash, curl or
   * nginx): running one fails as in the real image, `sh: bash: not found` or the runtime's
   * `executable file not found in $PATH`.
   */
  lacks?: readonly string[];
  /** True for images podplay does not know: they run as a generic long-running server. */
  generic?: boolean;
  /** Facts that depend on the tag (a release's entrypoint, files, logs): made once per tag. */
  forTag?(tag: string | undefined): ImageFacts;
  /**
   * The image's sh forks even the last command of `sh -c` (busybox before 1.28, whose ash lacked
   * dash's "exec the last command" of commit 1e3e2ccd5); newer busybox, dash and bash exec it.
   */
  forksLastCommand?: (tag: string | undefined) => boolean;
}

export function pullSeconds(facts: ImageFacts): number {
  return Math.round((0.5 + facts.sizeBytes / 50e6) * 1000) / 1000;
}

const semver = (re: RegExp) => (tag: string) => tag === "latest" || re.test(tag);

function stress(args: string[]): ProgramModel {
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const vms = Number(opt("vm") ?? 0) || 0;
  // Each --cpu worker spins on sqrt(): one full core each.
  const cpus = Number(opt("cpu") ?? 0) || 0;
  const bytes = parseStressSize(opt("vm-bytes") ?? "256M");
  const timeout = opt("timeout");
  return server({
    processName: "stress",
    summary: [vms && `stress allocating ${vms} × ${opt("vm-bytes") ?? "256M"}`, cpus && `stress spinning ${cpus} CPU worker${cpus > 1 ? "s" : ""}`].filter(Boolean).join(", ") || "stress",
    ...(cpus ? { cpuCores: cpus } : {}),
    // stress forks workers that allocate almost at once; without a handler PID 1 ignores SIGTERM.
    memory: vms ? { baseBytes: 1 * MiB, steps: [{ after: 0.1, bytes: 1 * MiB + vms * bytes }] } : constantMemory(1 * MiB),
    onStop: undefined,
    exit: timeout ? { after: parseStressSize(timeout.replace(/s$/, "")), code: 0 } : undefined,
    breakpoints: [0.1],
  });
}

/** stress's size suffixes are powers of 1024 (B, K, M, G). */
function parseStressSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([bBkKmMgG]?)$/.exec(s);
  if (!m) return 256 * MiB;
  const mult: Record<string, number> = { "": 1, b: 1, k: 1024, m: MiB, g: 1024 * MiB };
  return Number(m[1]) * mult[m[2].toLowerCase()];
}

const SHELL_IMAGE = (sizeBytes: number, tagExists: (t: string) => boolean, cmd: string[] = ["sh"], files?: Record<string, string>): ImageFacts => ({
  tagExists,
  sizeBytes,
  entrypoint: [],
  cmd,
  hasShell: true,
  programs: {},
  ...(files ? { files } : {}),
});

/**
 * The docker-library busybox image's /etc/passwd: its default variant (glibc) copies buildroot's
 * system/skeleton/etc/passwd into the root filesystem (docker-library/busybox Dockerfile-builder.template).
 */
const BUSYBOX_PASSWD =
  "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n";

const busyboxTags = semver(/^(1\.(2\d|3[0-7])(\.\d+)?(-(glibc|musl|uclibc))?|stable|musl|glibc|uclibc|unstable)$/);
/** busybox 1.20–1.27 (by tag) predates ash's exec of the last command of `sh -c`. */
/** What a busybox root filesystem does not have among the commands podplay's shell knows. */
const BUSYBOX_LACKS = ["bash", "curl", "nginx"] as const;

const oldBusybox = (tag: string | undefined) => !!tag && /^1\.2[0-7]\b/.test(tag);

/** Catalogue keyed by repository path (registry and library/ prefix removed). */
const CATALOGUE: Record<string, ImageFacts> = {
  nginx: nginxImage(semver(/^(stable|mainline|alpine|perl|bookworm|trixie|1(\.(\d|1\d|2\d))?(\.\d{1,2})?(-(alpine|perl|bookworm|trixie|alpine-slim))?)$/), (t) => t),
  httpd: httpdImage(semver(/^(alpine|2(\.4(\.\d{1,2})?)?(-(alpine|bookworm|trixie))?)$/), (t) => t),
  busybox: { ...SHELL_IMAGE(2_155_375, busyboxTags, ["sh"], { "/etc/passwd": BUSYBOX_PASSWD }), forksLastCommand: oldBusybox, lacks: BUSYBOX_LACKS },
  // Kubernetes' old busybox mirror: 1.24 and 1.27.2 (latest is 1.27.2).
  "k8s.gcr.io/busybox": { ...SHELL_IMAGE(1_144_547, (t) => t === "latest" || t === "1.24" || t === "1.27.2"), forksLastCommand: () => true, lacks: BUSYBOX_LACKS },
  "registry.k8s.io/busybox": { ...SHELL_IMAGE(1_144_547, (t) => t === "latest" || t === "1.24" || t === "1.27.2"), forksLastCommand: () => true, lacks: BUSYBOX_LACKS },
  // alpine is busybox plus apk: no bash, curl or nginx until they are installed.
  alpine: { ...SHELL_IMAGE(3_653_068, semver(/^(edge|3(\.(\d|1\d|2[0-2]))?(\.\d+)?)$/), ["/bin/sh"]), lacks: BUSYBOX_LACKS },
  debian: SHELL_IMAGE(48_494_272, semver(/^(stable|testing|bookworm|bullseye|buster|trixie|1[0-3]|(bookworm|bullseye|trixie|stable)-slim)$/), ["bash"]),
  ubuntu: SHELL_IMAGE(29_754_422, semver(/^(jammy|noble|focal|2[0-4]\.(04|10))$/), ["/bin/bash"]),
  "registry.k8s.io/etcd": {
    tagExists: (t) => /^3\.\d+\.\d+-\d+$/.test(t),
    sizeBytes: 98_041_589,
    entrypoint: [],
    cmd: ["/usr/local/bin/etcd"],
    hasShell: false,
    programs: {
      etcd: () =>
        server({
          processName: "etcd",
          summary: "etcd serving gRPC health (SERVING) and HTTP /health on :2379",
          listens: [{ port: 2379, after: 0, grpc: true }, { port: 2380, after: 0 }],
          http: (_p, path) => (path === "/health" ? { status: 200, body: '{"health":"true","reason":""}' } : { status: 404, body: "404 page not found" }),
          grpc: (port) => (port === 2379 ? "SERVING" : "UNIMPLEMENTED"),
          onStop: { delay: 0.1, code: 0 },
          memory: constantMemory(40 * MiB),
        }),
    },
  },
  "registry.k8s.io/goproxy": {
    tagExists: (t) => t === "0.1",
    sizeBytes: 2_299_549,
    entrypoint: ["/goproxy"],
    cmd: [],
    hasShell: false,
    programs: { goproxy: () => server({ processName: "goproxy", summary: "goproxy: an HTTP proxy listening on :8080", listens: [{ port: 8080, after: 0 }], onStop: GO_TERM }) },
  },
  // test/images/agnhost/Dockerfile: alpine with bash, curl and nc; ENTRYPOINT ["/agnhost"], CMD ["pause"];
  // agnhost-2 is a symlink to it (entrypoint-tester).
  "registry.k8s.io/e2e-test-images/agnhost": {
    tagExists: (t) => /^2\.\d+$/.test(t),
    sizeBytes: 51_234_567,
    entrypoint: ["/agnhost"],
    cmd: ["pause"],
    hasShell: true,
    programs: { agnhost, "agnhost-2": agnhost },
  },
  // test/images/nonroot/Dockerfile: busybox with USER 1234.
  "registry.k8s.io/e2e-test-images/nonroot": { ...SHELL_IMAGE(2_155_375, (t) => /^1\.\d+$/.test(t)), lacks: BUSYBOX_LACKS },
  // test/images/resource-consumer: ENTRYPOINT ["/consumer"] on :8080, which wants POSTs
  // (resource_consumer_handler.go: anything else is 400 "Bad request. Not a POST request").
  "registry.k8s.io/e2e-test-images/resource-consumer": {
    tagExists: (t) => /^1\.\d+$/.test(t),
    sizeBytes: 19_234_567,
    entrypoint: ["/consumer"],
    cmd: [],
    hasShell: true,
    programs: {
      consumer: () =>
        server({
          processName: "consumer",
          summary: "resource-consumer on :8080 (consumes CPU and memory on POST /ConsumeCPU, /ConsumeMem)",
          listens: [{ port: 8080, after: 0 }],
          http: (_p, target) => {
            const path = target.replace(/\?.*/, "");
            const known = path === "/ConsumeCPU" || path === "/ConsumeMem" || path === "/GetCurrentStatus";
            return { status: 400, body: `Bad request. Not a POST request\n${known ? "not given function argument\n" : "unknown function\n"}` };
          },
          onStop: GO_TERM,
        }),
    },
  },
  "registry.k8s.io/pause": {
    tagExists: (t) => /^3\.\d+(\.\d+)?$/.test(t) || t === "latest",
    sizeBytes: 320_368,
    entrypoint: ["/pause"],
    cmd: [],
    hasShell: false,
    // pause.c installs handlers for SIGINT and SIGTERM and exits 0.
    programs: { pause: () => server({ processName: "pause", summary: "pause: sleeps until signalled", onStop: { delay: 0, code: 0 }, memory: constantMemory(256 * 1024) }) },
  },
  "polinux/stress": {
    tagExists: semver(/^1\.0\.4$/),
    sizeBytes: 4_041_234,
    entrypoint: [],
    cmd: ["stress"],
    hasShell: true,
    programs: { stress },
  },
};
CATALOGUE["k8s.gcr.io/goproxy"] = CATALOGUE["registry.k8s.io/goproxy"];
CATALOGUE["k8s.gcr.io/pause"] = CATALOGUE["registry.k8s.io/pause"];
CATALOGUE["k8s.gcr.io/etcd"] = CATALOGUE["registry.k8s.io/etcd"];
CATALOGUE["registry.k8s.io/agnhost"] = CATALOGUE["registry.k8s.io/e2e-test-images/agnhost"];
// Kubernetes' own e2e tests pull plain mirrors of busybox, nginx and httpd from the promoter's e2e
// registry, tagged <upstream version>-<build> (test/utils/image/manifest.go in v1.34: BusyBox
// "busybox", "1.36.1-1"; Nginx "nginx", "1.14-4"; NginxNew "nginx", "1.15-4"; Httpd "httpd",
// "2.4.38-4"; HttpdNew "httpd", "2.4.39-4"). The nginx and httpd ones mirror the alpine variants
// (test/images/nginx/BASEIMAGE: nginx:1.14-alpine; the Dockerfile only relabels it).
const mirrorTag = (upstream: (t: string) => boolean) => (t: string) => {
  const m = /^(.+)-\d+$/.exec(t);
  return !!m && upstream(m[1]);
};
const upstreamTag = (alpine: boolean) => (t: string | undefined) => {
  const base = /^(.+)-\d+$/.exec(t ?? "")?.[1] ?? t ?? "latest";
  return alpine ? `${base}-alpine` : base;
};
for (const registry of ["registry.k8s.io/e2e-test-images", "k8s.gcr.io/e2e-test-images", "gcr.io/kubernetes-e2e-test-images"]) {
  CATALOGUE[`${registry}/busybox`] = { ...CATALOGUE.busybox, tagExists: mirrorTag(CATALOGUE.busybox.tagExists) };
  CATALOGUE[`${registry}/nginx`] = nginxImage(mirrorTag(CATALOGUE.nginx.tagExists), upstreamTag(true));
  CATALOGUE[`${registry}/httpd`] = httpdImage(mirrorTag(CATALOGUE.httpd.tagExists), upstreamTag(true));
  if (registry !== "registry.k8s.io/e2e-test-images") {
    CATALOGUE[`${registry}/agnhost`] = CATALOGUE["registry.k8s.io/e2e-test-images/agnhost"];
    CATALOGUE[`${registry}/nonroot`] = CATALOGUE["registry.k8s.io/e2e-test-images/nonroot"];
    CATALOGUE[`${registry}/resource-consumer`] = CATALOGUE["registry.k8s.io/e2e-test-images/resource-consumer"];
  }
}

/**
 * The official nginx image: what it runs and prints depends on the release its tag names
 * (webservers.ts nginxBuild); `release` maps the repository's tag to the upstream one.
 */
function nginxImage(tagExists: (t: string) => boolean, release: (t: string | undefined) => string | undefined): ImageFacts {
  const byTag = new Map<string, ImageFacts>();
  const forTag = (tag: string | undefined): ImageFacts => {
    const key = tag ?? "";
    let facts = byTag.get(key);
    if (!facts) {
      const build = nginxBuild(release(tag));
      facts = {
        tagExists,
        sizeBytes: 72_223_946,
        entrypoint: build.entrypoint ? ["/docker-entrypoint.sh"] : [],
        cmd: ["nginx", "-g", "daemon off;"],
        hasShell: true,
        files: nginxFiles(build),
        programs: { nginx: () => nginx(build, false), "nginx-debug": () => nginx(build, false), "docker-entrypoint.sh": () => nginx(build, true) },
        // docker-entrypoint.sh configures only for `nginx` and `nginx-debug`; anything else it just execs.
        wrappers: { "docker-entrypoint.sh": (args) => args[0] === "nginx" || args[0] === "nginx-debug" },
      };
      if (byTag.size < 100) byTag.set(key, facts);
    }
    return facts;
  };
  return { ...forTag("latest"), forTag };
}

/** The official httpd image (CMD httpd-foreground); the e2e mirrors are its alpine variant. */
function httpdImage(tagExists: (t: string) => boolean, release: (t: string | undefined) => string | undefined): ImageFacts {
  const files = httpdFiles();
  const byTag = new Map<string, ImageFacts>();
  const forTag = (tag: string | undefined): ImageFacts => {
    let facts = byTag.get(tag ?? "");
    if (!facts) {
      const version = /^2\.4\.(\d+)/.exec(release(tag) ?? "")?.[0] ?? "2.4.65";
      const program = () => httpd(version);
      facts = { tagExists, sizeBytes: 22_645_123, entrypoint: [], cmd: ["httpd-foreground"], hasShell: true, files, programs: { "httpd-foreground": program, httpd: program } };
      if (byTag.size < 100) byTag.set(tag ?? "", facts);
    }
    return facts;
  };
  return { ...forTag("latest"), forTag };
}
/** An image podplay does not know: it pulls, then runs as a long-running server on its declared ports. */
export function genericImage(): ImageFacts {
  return { tagExists: () => true, sizeBytes: 25_000_000, entrypoint: ["/app"], cmd: [], hasShell: false, programs: {}, generic: true };
}

export function genericServer(name: string, ports: number[]): ProgramModel {
  return server({
    processName: name,
    summary: `unknown image: runs as a generic server${ports.length ? " listening on " + ports.map((p) => ":" + p).join(", ") : ""}, answering 200 to every HTTP path`,
    listens: ports.map((port) => ({ port, after: 0 })),
    onStop: { delay: 0.1, code: 0 },
  });
}

export function lookupImage(ref: ImageRef): ImageFacts {
  const key = ref.registry === "docker.io" ? ref.path.replace(/^library\//, "") : `${ref.registry}/${ref.path}`;
  // An image may be named like an Object.prototype member ("constructor"): own keys only.
  const facts = own(CATALOGUE, key);
  if (!facts) return genericImage();
  return facts.forTag ? facts.forTag(ref.tag) : facts;
}
