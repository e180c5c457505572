/** The CLI's help text and how it words a usage error (kubectl's own wording, from cobra). */
import { KUBERNETES_VERSION } from "../src/engine/api/types";

export const USAGE = `usage: podplay run FILE [--until SECONDS] [--json] [--describe POD] [--logs POD[/CONTAINER] [--previous] [--timestamps] [--tail N]]
       podplay check CHALLENGE [ANSWER] [--json]

  run FILE          simulate the manifests in FILE (multi-document YAML; '-' reads stdin)
  --until SECONDS   simulated seconds to run (default: the Scenario's spec.duration, else 300)
  --json            print the JSON document the fidelity checker reads
  --describe POD    also print 'kubectl describe pod POD' at the end of the run
  --logs POD[/C]    also print 'kubectl logs POD [-c C]' at the end of the run, with
                    -p/--previous, --timestamps and --tail N as kubectl takes them

  check CHALLENGE   grade a file with a Challenge document: exit 0 when every goal holds,
                    1 when one does not or the input is rejected
  check CHALLENGE ANSWER
                    the goals, Scenario and fixed parts from CHALLENGE, the manifests from
                    ANSWER (a changed fixed part is an error, never a passed goal)
  --json            print the run's JSON with its graded goals

  -h, --help, help  this text; --version: podplay's version. Flags take a value as
                    '--until 60' or '--until=60'.

Results go to stdout; errors, notes and warnings to stderr. Exit status: 0 ran (check: every
goal holds), 1 input rejected (check: a goal does not hold), 2 usage error or unreadable input.

Simulates Kubernetes ${KUBERNETES_VERSION}.`;

/**
 * A usage error as kubectl prints one: `error: unknown flag: --foo` and a pointer to the help,
 * rather than the whole usage text, so the mistake is the first thing read.
 */
export function usageError(message: string): string {
  return `error: ${message}\nSee 'podplay --help' for usage.\n`;
}
