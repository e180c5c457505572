#!/usr/bin/env node
/**
 * podplay CLI: runs a scenario headless and prints what a learner would see, or the JSON
 * contract of DESIGN.md with --json; grades challenges. Results go to stdout, errors to stderr.
 * Exit status: 0 ran (check: every goal holds), 1 input rejected (check: a goal does not hold),
 * 2 usage error or an input that cannot be read (missing, a directory or device, unreadable,
 * over 8 MiB).
 *
 * This file only reads the command line and dispatches: the engine is imported by `run` and
 * `check` once there is input, so `--version`, `--help` and usage errors answer at once.
 */
import { parseCommand } from "./args";
import { USAGE, usageError } from "./usage";
import { podplayVersion } from "./version";
import { KUBERNETES_VERSION } from "../src/engine/api/types";

async function main(argv: string[]): Promise<number> {
  const cmd = parseCommand(argv);
  switch (cmd.kind) {
    case "help":
      process.stdout.write(USAGE + "\n");
      return 0;
    case "version":
      process.stdout.write(`podplay ${podplayVersion()} (simulates Kubernetes ${KUBERNETES_VERSION})\n`);
      return 0;
    case "usage":
      process.stderr.write(USAGE + "\n");
      return 2;
    case "error":
      process.stderr.write(usageError(cmd.message));
      return 2;
    case "run":
      return (await import("./run")).run(cmd);
    case "check":
      return (await import("./check")).check(cmd);
  }
}

process.exitCode = await main(process.argv.slice(2));
