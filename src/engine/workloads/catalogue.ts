import { constantMemory, MiB, type HttpAnswer, type ProgramModel } from "./program";
import type { ImageRef } from "./imageRef";
import { own } from "../util/ownMap";

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
  /** True for images podplay does not know: they run as a generic long-running server. */
  generic?: boolean;
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

const NGINX_INDEX = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n";

function server(opts: Partial<ProgramModel> & Pick<ProgramModel, "processName" | "summary">): ProgramModel {
  return {
    listens: [],
    http: () => ({ status: 200, body: "ok" }),
    grpc: () => "UNIMPLEMENTED",
    onStop: { delay: 0.1, code: 0 },
    memory: constantMemory(8 * MiB),
    breakpoints: [],
    ...opts,
  };
}

/** nginx answers / and /index.html from its html root; other paths are 404 (default.conf). */
function nginx(): ProgramModel {
  return server({
    processName: "nginx",
    summary: "nginx serving HTTP on :80",
    listens: [{ port: 80, after: 0 }],
    http: (port, path): HttpAnswer =>
      port === 80 && (path === "/" || path === "/index.html") ? { status: 200, body: NGINX_INDEX } : { status: 404, body: "404 Not Found" },
    // The official image declares STOPSIGNAL SIGQUIT: a graceful shutdown that exits 0 at once.
    onStop: { delay: 0.1, code: 0 },
    memory: constantMemory(6 * MiB),
  });
}

/** A Go program as PID 1: the runtime catches SIGTERM, cannot re-raise it (PID 1 ignores default actions) and exits 2. */
const GO_TERM = { delay: 0.1, code: 2 };

function agnhost(args: string[]): ProgramModel {
  const mode = args[0] ?? "";
  const flag = (name: string, dflt: number) => {
    const hit = args.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.split("=")[1]) || dflt : dflt;
  };
  switch (mode) {
    case "liveness":
      // test/images/agnhost/liveness: /healthz is 200 for the first 10 s, then 500 forever.
      return server({
        processName: "agnhost",
        summary: "agnhost liveness: /healthz answers 200 for 10 s, then 500",
        listens: [{ port: 8080, after: 0 }],
        http: (port, path, age) =>
          path === "/healthz" ? (age < 10 ? { status: 200, body: "ok" } : { status: 500, body: `error: ${age.toFixed(6)}` }) : { status: 404, body: "404 page not found" },
        onStop: GO_TERM,
        breakpoints: [10],
      });
    case "netexec": {
      const port = flag("http-port", 8080);
      return server({
        processName: "agnhost",
        summary: `agnhost netexec serving HTTP on :${port}`,
        listens: [{ port, after: 0 }, { port: flag("udp-port", 8081), after: 0 }],
        onStop: GO_TERM,
      });
    }
    case "serve-hostname":
      return server({ processName: "agnhost", summary: "agnhost serve-hostname on :9376", listens: [{ port: flag("port", 9376), after: 0 }], onStop: GO_TERM });
    case "test-webserver":
      return server({ processName: "agnhost", summary: "agnhost test-webserver on :80", listens: [{ port: flag("port", 80), after: 0 }], onStop: GO_TERM });
    case "pause":
    default:
      // test/images/agnhost/pause handles SIGTERM itself and exits.
      return server({ processName: "agnhost", summary: `agnhost ${mode || "(no mode)"}: waits for a signal`, onStop: GO_TERM });
  }
}

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

const SHELL_IMAGE = (sizeBytes: number, tagExists: (t: string) => boolean, cmd: string[] = ["sh"]): ImageFacts => ({
  tagExists,
  sizeBytes,
  entrypoint: [],
  cmd,
  hasShell: true,
  programs: {},
});

const busyboxTags = semver(/^(1\.(2\d|3[0-7])(\.\d+)?(-(glibc|musl|uclibc))?|stable|musl|glibc|uclibc|unstable)$/);
/** busybox 1.20–1.27 (by tag) predates ash's exec of the last command of `sh -c`. */
const oldBusybox = (tag: string | undefined) => !!tag && /^1\.2[0-7]\b/.test(tag);

/** Catalogue keyed by repository path (registry and library/ prefix removed). */
const CATALOGUE: Record<string, ImageFacts> = {
  nginx: {
    tagExists: semver(/^(stable|mainline|alpine|perl|bookworm|trixie|1(\.(\d|1\d|2\d))?(\.\d{1,2})?(-(alpine|perl|bookworm|trixie|alpine-slim))?)$/),
    sizeBytes: 72_223_946,
    entrypoint: ["/docker-entrypoint.sh"],
    cmd: ["nginx", "-g", "daemon off;"],
    hasShell: true,
    files: { "/usr/share/nginx/html/index.html": NGINX_INDEX, "/etc/nginx/nginx.conf": "user nginx;\n" },
    programs: { nginx, "docker-entrypoint.sh": () => nginx() },
  },
  busybox: { ...SHELL_IMAGE(2_155_375, busyboxTags), forksLastCommand: oldBusybox },
  // Kubernetes' old busybox mirror: 1.24 and 1.27.2 (latest is 1.27.2).
  "k8s.gcr.io/busybox": { ...SHELL_IMAGE(1_144_547, (t) => t === "latest" || t === "1.24" || t === "1.27.2"), forksLastCommand: () => true },
  "registry.k8s.io/busybox": { ...SHELL_IMAGE(1_144_547, (t) => t === "latest" || t === "1.24" || t === "1.27.2"), forksLastCommand: () => true },
  alpine: SHELL_IMAGE(3_653_068, semver(/^(edge|3(\.(\d|1\d|2[0-2]))?(\.\d+)?)$/), ["/bin/sh"]),
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
  "registry.k8s.io/e2e-test-images/agnhost": {
    tagExists: (t) => /^2\.\d+$/.test(t),
    sizeBytes: 51_234_567,
    entrypoint: ["/agnhost"],
    cmd: ["pause"],
    hasShell: true,
    programs: { agnhost },
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
// Kubernetes' own e2e tests pull plain mirrors of busybox and nginx from the promoter's e2e
// registry, tagged <upstream version>-<build> (test/utils/image/manifest.go: BusyBox
// "busybox", "1.36.1-1"; Nginx "nginx", "1.14-4"; NginxNew "nginx", "1.15-4" in v1.34).
const mirrorTag = (upstream: (t: string) => boolean) => (t: string) => {
  const m = /^(.+)-\d+$/.exec(t);
  return !!m && upstream(m[1]);
};
for (const registry of ["registry.k8s.io/e2e-test-images", "k8s.gcr.io/e2e-test-images"]) {
  for (const name of ["busybox", "nginx"] as const) {
    const upstream = CATALOGUE[name];
    CATALOGUE[`${registry}/${name}`] = { ...upstream, tagExists: mirrorTag(upstream.tagExists) };
  }
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
  return own(CATALOGUE, key) ?? genericImage();
}
