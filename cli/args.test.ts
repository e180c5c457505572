import { describe, expect, it } from "vitest";
import { parseCommand } from "./args";

const run = (...argv: string[]) => parseCommand(["run", ...argv]);

describe("parseCommand: flags as kubectl (pflag) takes them", () => {
  it("takes a value as --until 60 or --until=60, and flags before or after FILE", () => {
    const want = { kind: "run", file: "f.yaml", until: 60, json: true, describe: [], logs: [], logFlags: {} };
    expect(run("f.yaml", "--until", "60", "--json")).toEqual(want);
    expect(run("--until=60", "--json", "f.yaml")).toEqual(want);
    expect(run("--json", "--until", "60", "--", "f.yaml")).toEqual(want);
  });

  it("keeps every run flag: repeated --describe and --logs, -p, --timestamps, a negative --tail, '-' for stdin", () => {
    expect(run("-", "--describe", "a", "--describe=b", "--logs", "a/app", "--logs", "b", "-p", "--timestamps", "--tail", "-1")).toEqual({
      kind: "run",
      file: "-",
      until: undefined,
      json: false,
      describe: ["a", "b"],
      logs: [{ pod: "a", container: "app" }, { pod: "b" }],
      logFlags: { previous: true, timestamps: true, tail: -1 },
    });
  });

  it("answers help and the version wherever they are asked for, but not after --", () => {
    for (const argv of [["-h"], ["--help"], ["help"], ["run", "f.yaml", "--until", "x", "--help"], ["check", "-h"], ["frob", "--help"]]) {
      expect(parseCommand(argv), argv.join(" ")).toEqual({ kind: "help" });
    }
    expect(parseCommand(["run", "f.yaml", "--version"])).toEqual({ kind: "version" });
    expect(parseCommand(["run", "--", "--help"])).toMatchObject({ kind: "run", file: "--help" });
    expect(parseCommand([])).toEqual({ kind: "usage" });
  });

  it("checks one CHALLENGE and at most one ANSWER", () => {
    expect(parseCommand(["check", "c.yaml", "a.yaml", "--json"])).toEqual({ kind: "check", files: ["c.yaml", "a.yaml"], json: true });
    expect(parseCommand(["check", "c.yaml"])).toEqual({ kind: "check", files: ["c.yaml"], json: false });
  });
});

describe("parseCommand: usage errors in kubectl's words", () => {
  const error = (argv: string[]) => {
    const c = parseCommand(argv);
    return c.kind === "error" ? c.message : `not an error: ${JSON.stringify(c)}`;
  };

  it("refuses a flag the command does not know, strictly", () => {
    expect(error(["run", "f.yaml", "--untill", "60"])).toBe("unknown flag: --untill");
    expect(error(["run", "f.yaml", "--untill=60"])).toBe("unknown flag: --untill");
    expect(error(["run", "f.yaml", "-x"])).toBe("unknown shorthand flag: 'x' in -x");
    // --until belongs to run, not to check.
    expect(error(["check", "c.yaml", "--until", "60"])).toBe("unknown flag: --until");
    expect(error(["--untill", "run"])).toBe("unknown flag: --untill");
    expect(error(["frobnicate"])).toBe('unknown command "frobnicate" for "podplay"');
  });

  it("names a flag with no value, or a value a switch does not take", () => {
    expect(error(["run", "f.yaml", "--until"])).toBe("flag needs an argument: --until");
    expect(error(["run", "f.yaml", "--json=yes"])).toBe('flag --json takes no value, got "--json=yes"');
  });

  it("checks values and combinations as before", () => {
    expect(error(["run"])).toMatch(/^run needs a FILE/);
    expect(error(["run", "a.yaml", "b.yaml"])).toBe('run takes one FILE, got also "b.yaml"');
    expect(error(["run", "f.yaml", "--until", "soon"])).toBe('--until needs a number of seconds, got "soon"');
    expect(error(["run", "f.yaml", "--until", "-5"])).toBe('--until needs a number of seconds, got "-5"');
    expect(error(["run", "f.yaml", "--until", "604801"])).toMatch(/limit of 604800 seconds/);
    expect(error(["run", "f.yaml", "--logs", "--json"])).toMatch(/^--logs needs a pod name/);
    expect(error(["run", "f.yaml", "--logs", "a/b/c"])).toBe('--logs takes POD or POD/CONTAINER, got "a/b/c"');
    expect(error(["run", "f.yaml", "--tail", "3"])).toBe("--previous, --timestamps and --tail go with --logs POD");
    expect(error(["run", "f.yaml", "--logs", "a", "--json"])).toMatch(/^--logs prints kubectl's text/);
    expect(error(["check"])).toBe("check needs a CHALLENGE file");
    expect(error(["check", "a", "b", "c"])).toBe("check takes a CHALLENGE and at most one ANSWER, got 3 files");
    expect(error(["check", "-", "-"])).toBe("only one of CHALLENGE and ANSWER can be '-' (stdin)");
  });
});
