import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli, CLI_BUNDLE } from "../scripts/build-cli";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) => cliAsync(args);

// The tests run the bin as users and the fidelity checker do: the bundle, built from this source.
beforeAll(() => buildCli(), 60_000);

// Every case is a whole process, so they run side by side.
describe.concurrent("podplay CLI (DESIGN.md contract)", () => {
  it("prints the JSON document and exits 0 when the scenario ran", async () => {
    const r = await cli("run", "fidelity/cases/pod/01-liveness-exec/manifest.yaml", "--until", "90", "--json");
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.podplay).toBe(1);
    expect(j.until).toBe(90);
    expect(j.errors).toEqual([]);
    expect(j.objects[0]).toMatchObject({ kind: "Pod", metadata: { name: "liveness-exec" } });
    expect(j.watch[0]).toEqual({ t: 0, namespace: "default", pod: "liveness-exec", ready: "0/1", status: "Pending", restarts: 0, phase: "Pending", node: "<none>" });
    expect(j.events[0]).toMatchObject({ t: 0, type: "Normal", reason: "Scheduled", object: "Pod/liveness-exec", message: "Successfully assigned default/liveness-exec to node-1", count: 1 });
  });

  it("exits 1 with the errors in the JSON when the input is rejected", async () => {
    const r = await cli("run", "fidelity/cases/pod/08-init-container-fails-pod-fails/manifest.yaml", "--json");
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.errors[0]).toMatchObject({ line: 14, path: "spec.initContainers[0].restartPolicy", document: 0 });
  });

  it("exits 2 on a usage error: kubectl's one-line error and where the help is, on stderr; no arguments at all print the usage", async () => {
    const runs = await Promise.all([["frobnicate"], ["run"], ["run", "x.yaml", "--until", "soon"]].map((args) => cli(...args)));
    for (const r of runs) {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error: [^\n]+\nSee 'podplay --help' for usage\.\n$/);
    }
    expect(runs[0].stderr).toMatch(/^error: unknown command "frobnicate" for "podplay"\n/);
    const bare = await cli();
    expect(bare).toMatchObject({ status: 2, stdout: "" });
    expect(bare.stderr).toMatch(/^usage: podplay run FILE/);
  });

  it("reads the scenario from stdin with '-': a YAML syntax error is exit 1 and its line in the JSON", async () => {
    const r = await cliAsync(["run", "-", "--json"], { input: "apiVersion: v1\nkind: Pod: x\nmetadata:\n  name: a\n" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([
      expect.objectContaining({ line: 2, column: 10, document: 0, message: expect.stringMatching(/^mapping values are not allowed here: a plain value cannot contain ": "/) }),
    ]);
  });

  it("prints the kubectl transcript, events and describe for a learner", async () => {
    const r = await cli("run", "examples/exec-liveness.yaml", "--until", "80", "--describe", "liveness-exec");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# kubectl get pods -w/m);
    expect(r.stdout).toMatch(/^\s+1m16\.0s\s+liveness-exec\s+1\/1\s+Running\s+1 \(1s ago\)\s+76s$/m);
    expect(r.stdout).toMatch(/Warning\s+Unhealthy\s+35s \(x3 over 45s\)\s+kubelet\s+Liveness probe failed: cat: can't open '\/tmp\/healthy': No such file or directory/);
    expect(r.stdout).toMatch(/^Name:\s+liveness-exec$/m);
  });

  it("--logs prints kubectl logs at the end of the run, with --previous, --timestamps and --tail", async () => {
    const input =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: crash}\nspec:\n  initContainers:\n  - {name: setup, image: busybox:1.36, command: [sh, -c, echo preparing]}\n" +
      "  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, 'echo start $(date +%s); sleep 5; echo failing >&2; exit 1']}\n";
    const [plain, previous, setup] = await Promise.all([
      cliAsync(["run", "-", "--until", "60", "--logs", "crash", "--timestamps"], { input }),
      cliAsync(["run", "-", "--until", "60", "--logs", "crash", "--previous", "--tail", "1"], { input }),
      cliAsync(["run", "-", "--until", "60", "--logs", "crash/setup", "--logs", "crash/nope"], { input }),
    ]);
    expect(plain.status).toBe(0);
    const section = plain.stdout.slice(plain.stdout.indexOf("# kubectl logs crash --timestamps"));
    const lines = section.trimEnd().split("\n");
    expect(lines[1]).toBe('Defaulted container "app" out of: app, setup (init)');
    // The timestamp the kubelet adds and the time the script's `date` printed are the same clock.
    const m = /^(\S+) start (\d+)$/.exec(lines[2])!;
    expect(Date.parse(m[1]) / 1000).toBe(Number(m[2]));
    expect(lines[3]).toMatch(/^\S+Z failing$/);
    expect(previous.stdout).toMatch(/# kubectl logs crash --previous --tail 1 {3}\(at T=60s\)\nDefaulted container "app" out of: app, setup \(init\)\nfailing\n$/);
    expect(setup.stdout).toMatch(/# kubectl logs crash -c setup {3}\(at T=60s\)\npreparing\n/);
    expect(setup.stdout).toMatch(/error: container nope is not valid for pod crash out of: app, setup \(init\)/);
    const bad = await Promise.all([["--tail", "3"], ["--logs", "crash", "--json"], ["--logs", "a/b/c"], ["--logs", "crash", "--tail", "x"]].map((a) => cliAsync(["run", "-", ...a], { input })));
    for (const r of bad) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^error: .*(--logs|--tail)/);
    }
  });
});

describe.concurrent("podplay check (DESIGN.md, challenges)", () => {
  const dir = mkdtempSync(join(tmpdir(), "podplay-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pod = (probe: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sh, -c, "sleep 40; touch /tmp/up; sleep 3600"]\n${probe}    livenessProbe: {exec: {command: [cat, /tmp/up]}, periodSeconds: 5}\n`;
  const startup = "    startupProbe: {exec: {command: [cat, /tmp/up]}, periodSeconds: 5, failureThreshold: 20}\n";
  const rest =
    "apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec: {duration: 5m}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Challenge\nmetadata: {name: slow}\nspec:\n  title: Slow start\n  task: Keep web from restarting\n" +
    "  fixed: [{kind: Pod, name: web, fields: [spec.containers.0.command]}]\n  goals:\n  - {text: web runs by 1:00, check: {kind: row, pod: web, at: 60, status: Running}}\n  - {text: web never restarts, check: {kind: row, pod: web, at: 300, restarts: 0}}\n";
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const challenge = write("challenge.yaml", `${pod("")}---\n${rest}`);
  const good = write("good.yaml", pod(startup));
  const cheat = write("cheat.yaml", pod(startup).replace("sleep 40; ", ""));

  it("grades a challenge file: 1 and the failing goal's reason; an answer that meets every goal: 0", async () => {
    const [start, answer, inOne] = await Promise.all([cli("check", challenge), cli("check", challenge, good), cli("check", write("solved.yaml", `${pod(startup)}---\n${rest}`))]);
    expect(start.status).toBe(1);
    expect(start.stdout).toMatch(/^✓ web runs by 1:00$/m);
    expect(start.stdout).toMatch(/^✗ web never restarts\n {4}pod web at t=300: restarts is \d+, want 0$/m);
    expect(answer.status).toBe(0);
    expect(answer.stdout).toMatch(/passed: all 2 goals hold/);
    expect(inOne.status).toBe(0);
  });

  it("an answer that changes a fixed part fails with an error at its line, never a passed goal; --json says so", async () => {
    const r = await cli("check", challenge, cheat, "--json");
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.passed).toBe(false);
    expect(j.errors[0]).toMatchObject({ line: 1, message: "the challenge fixes spec.containers.0.command of Pod web: the answer changes it" });
    expect(j.goals.map((g: { passed: boolean }) => g.passed)).toEqual([false, false]);
  });

  it("usage errors exit 2: no file, three files, a file with no Challenge", async () => {
    const runs = await Promise.all([["check"], ["check", challenge, good, cheat], ["check", good], ["check", challenge, "--frob"]].map((a) => cli(...a)));
    for (const r of runs) expect(r.status).toBe(2);
    expect(runs[2].stderr).toMatch(/has no Challenge document/);
  });
});

/** The CLI as a process, started without waiting, so the cases below run side by side. */
function cliAsync(args: string[], opts: { uid?: number; feed?: "forever"; input?: string; cwd?: string } = {}): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, CLI_BUNDLE), ...args], {
    cwd: opts.cwd ?? root,
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  if (opts.feed === "forever") {
    // `yes | podplay run -`: a writer that never closes its end.
    const chunk = Buffer.alloc(64 * 1024, "y\n");
    const write = (): void => {
      while (child.exitCode === null && child.stdin.writable && child.stdin.write(chunk));
      if (child.exitCode === null && child.stdin.writable) child.stdin.once("drain", write);
    };
    child.stdin.on("error", () => undefined); // EPIPE once the CLI stops reading
    write();
  } else child.stdin.end(opts.input ?? "");
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr, ms: performance.now() - started })));
}

describe.concurrent("podplay CLI: input it cannot read (issue #10)", () => {
  const dir = mkdtempSync(join(tmpdir(), "podplay-cli-"));
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Exit 2, nothing on stdout, one line on stderr, no usage text and no stack trace. */
  const oneLine = (r: { status: number | null; stdout: string; stderr: string }, message: string | RegExp): void => {
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n") && r.stderr.split("\n").length === 2, r.stderr).toBe(true);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(/usage:|\n\s+at /);
    expect(r.status).toBe(2);
  };

  it("refuses /dev/zero at once as a device", async () => {
    const r = await cliAsync(["run", "/dev/zero", "--json"]);
    oneLine(r, "podplay: cannot read /dev/zero: it is a device, not a file; give a YAML file, or '-' to read stdin");
    expect(r.ms).toBeLessThan(10_000);
  });

  it("stops reading a stdin that never closes after 8 MiB", async () => {
    const r = await cliAsync(["run", "-", "--json"], { feed: "forever" });
    oneLine(r, "podplay: stopped reading <stdin> after 8 MiB, the most podplay reads");
    expect(r.ms).toBeLessThan(10_000);
  });

  it("refuses a 600 MB file by its size without reading it", async () => {
    const f = join(dir, "huge.yaml");
    writeFileSync(f, "");
    truncateSync(f, 600_000_000); // sparse: nothing is written
    oneLine(await cliAsync(["run", f]), `podplay: ${f} is 600.0 MB, more than the 8 MiB podplay reads`);
  });

  it("names a missing file and a directory on one line", async () => {
    const [missing, folder] = await Promise.all([cliAsync(["run", join(dir, "nope.yaml")]), cliAsync(["run", dir, "--json"])]);
    oneLine(missing, `podplay: cannot read ${join(dir, "nope.yaml")}: no such file or directory`);
    oneLine(folder, `podplay: cannot read ${dir}: it is a directory; give a YAML file`);
  });

  it("names an unreadable file on one line (as another user when the tests run as root)", async () => {
    const f = join(dir, "secret.yaml");
    writeFileSync(f, "kind: Pod\n");
    chmodSync(f, 0o000);
    // root reads through chmod 000, so the CLI then runs as nobody, who cannot.
    const asRoot = process.getuid?.() === 0;
    const r = await cliAsync(["run", f], asRoot ? { uid: 65534 } : {});
    oneLine(r, `podplay: cannot read ${f}: permission denied`);
  });
});

describe.concurrent("podplay bin: flags, streams, exit codes and file names (issue #14)", () => {
  const dir = mkdtempSync(join(tmpdir(), "podplay-bin-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const liveness = "fidelity/cases/pod/01-liveness-exec/manifest.yaml";
  // One document kubectl's client refuses (no kind) and one the API server does (successThreshold).
  const badPod =
    "apiVersion: v1\nmetadata: {name: nokind}\n---\n" +
    "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - {name: c, image: busybox:1.36, command: [sleep, '60'], livenessProbe: {exec: {command: [x]}, successThreshold: 2}}\n" +
    "---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n  containers:\n  - {name: c, image: nginx:1.27}\n";
  const badFile = write("bad-pod.yaml", badPod);
  const kubectlValidation = (name: string) => `error validating "${name}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`;

  it("takes --until=60 as --until 60", async () => {
    const [eq, space] = await Promise.all([cli("run", liveness, "--until=60", "--json"), cli("run", liveness, "--json", "--until", "60")]);
    expect(eq.status).toBe(0);
    expect(JSON.parse(eq.stdout).until).toBe(60);
    expect(eq.stdout).toBe(space.stdout);
  });

  it("prints the help on stdout with exit 0 for -h, --help anywhere, and help", async () => {
    const runs = await Promise.all([["-h"], ["help"], ["run", liveness, "--until", "60", "--help"], ["check", "-h"]].map((a) => cli(...a)));
    for (const r of runs) {
      expect(r).toMatchObject({ status: 0, stderr: "" });
      expect(r.stdout).toMatch(/^usage: podplay run FILE[^]*\nSimulates Kubernetes v1\.34\.\n$/);
    }
  });

  it("--version is package.json's version, built into the bundle", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(await cli("--version")).toMatchObject({ status: 0, stdout: `podplay ${version} (simulates Kubernetes v1.34)\n`, stderr: "" });
    // No file is read at start: the bundle carries the version even where package.json is not.
    expect(readFileSync(join(root, CLI_BUNDLE), "utf8")).toContain(JSON.stringify(version));
  });

  it("refuses an unknown flag in kubectl's words, on stderr, with exit 2 and nothing run", async () => {
    const [misspelt, withValue, checkFlag, short] = await Promise.all([
      cli("run", liveness, "--untill", "60", "--json"),
      cli("run", liveness, "--untill=60"),
      cli("check", liveness, "--until", "60"),
      cli("run", liveness, "-x"),
    ]);
    for (const r of [misspelt, withValue]) expect(r).toMatchObject({ status: 2, stdout: "", stderr: "error: unknown flag: --untill\nSee 'podplay --help' for usage.\n" });
    expect(checkFlag).toMatchObject({ status: 2, stdout: "", stderr: "error: unknown flag: --until\nSee 'podplay --help' for usage.\n" });
    expect(short).toMatchObject({ status: 2, stdout: "", stderr: "error: unknown shorthand flag: 'x' in -x\nSee 'podplay --help' for usage.\n" });
  });

  it("a rejected file: the transcript of what ran on stdout, the errors on stderr naming the file, exit 1", async () => {
    const r = await cliAsync(["run", "bad-pod.yaml", "--until", "30"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      `error: bad-pod.yaml:1:1: ${kubectlValidation("bad-pod.yaml")}`,
      expect.stringMatching(/^error: bad-pod\.yaml:9:\d+: Pod "a" is invalid: spec\.containers\[0\]\.livenessProbe\.successThreshold: Invalid value: 2: must be 1$/),
      "",
    ]);
    expect(r.stdout).toMatch(/^# kubectl get pods -w/);
    expect(r.stdout).toMatch(/^\s+\S+\s+ok\s+1\/1\s+Running\s+0\s+\S+$/m);
    expect(r.stdout).not.toMatch(/error|manifest\.yaml/);
  });

  it("--json keeps the contract: the errors, naming the file, in the document on stdout, and stderr empty", async () => {
    const r = await cli("run", badFile, "--until", "30", "--json");
    expect(r).toMatchObject({ status: 1, stderr: "" });
    const j = JSON.parse(r.stdout);
    expect(j.errors.map((e: { message: string }) => e.message)[0]).toBe(kubectlValidation(badFile));
    expect(j.watch.some((w: { pod: string }) => w.pod === "ok")).toBe(true);
  });

  it("stdin is <stdin> in podplay's lines and STDIN in kubectl's, as `kubectl apply -f -` says", async () => {
    const r = await cliAsync(["run", "-", "--until", "10"], { input: "apiVersion: v1\nmetadata: {name: a}\n" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: <stdin>:1:1: ${kubectlValidation("STDIN")}\n`);
  });

  it("notes about the run go to stderr, the transcript alone to stdout", async () => {
    const f = write("note.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: app, image: nginx:1.27}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 60s\n  actions:\n  - {at: 10s, nodeDown: node-9}\n");
    const r = await cli("run", f);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("note: at 10s: node node-9 does not exist\n");
    expect(r.stdout).not.toContain("node-9");
  });

  it("a missing file is one line naming it, for run and check alike", async () => {
    const [run, check, answer] = await Promise.all([
      cliAsync(["run", "missing.yaml"], { cwd: dir }),
      cliAsync(["check", "missing.yaml", "--json"], { cwd: dir }),
      cliAsync(["check", "bad-pod.yaml", "gone.yaml"], { cwd: dir }),
    ]);
    for (const [r, name] of [[run, "missing.yaml"], [check, "missing.yaml"], [answer, "gone.yaml"]] as const) {
      expect(r).toMatchObject({ status: 2, stdout: "", stderr: `podplay: cannot read ${name}: no such file or directory\n` });
    }
  });

  it("check: a rejected answer's errors name the answer on stderr; the verdict is on stdout", async () => {
    const challenge = write(
      "challenge.yaml",
      "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: app, image: nginx:1.27}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Challenge\nmetadata: {name: c}\nspec:\n  title: Run web\n  task: Run web\n  goals:\n  - {text: web runs, check: {kind: row, pod: web, at: 60, status: Running}}\n",
    );
    write("answer.yaml", "apiVersion: v1\nmetadata: {name: web}\n");
    const r = await cliAsync(["check", "challenge.yaml", "answer.yaml"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: answer.yaml:1:1: ${kubectlValidation("answer.yaml")}\n`);
    expect(r.stdout).toMatch(/^Run web\n✗ web runs\n[^]*failed: the answer cannot be graded as it is \(1 error\)\n$/);
    const ok = await cli("check", challenge);
    expect(ok).toMatchObject({ status: 0, stderr: "" });
  });
});
