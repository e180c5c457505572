/**
 * How messages name an input. podplay's own lines name what the user typed, and `-` as
 * `<stdin>` (as readInput does); inside the simulated kubectl's messages the name is kubectl's
 * own: `kubectl apply -f -` quotes stdin as "STDIN" (`error validating "STDIN": …`).
 */
export const STDIN_NAME = "<stdin>";

export function inputName(file: string): string {
  return file === "-" ? STDIN_NAME : file;
}

export function kubectlFileName(file: string): string {
  return file === "-" ? "STDIN" : file;
}
