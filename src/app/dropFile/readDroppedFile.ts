/**
 * What a dropped file may be (pure; unit-tested in Node). The size limit is the engine's own
 * (src/engine/input/yamlDocuments.ts MAX_INPUT_BYTES, checked equal by the test): a larger file
 * would only be rejected by the simulation, after a long read.
 */
export const MAX_DROP_BYTES = 8 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = [".yaml", ".yml", ".json", ".txt"] as const;

export type DropProblem = { key: "drop.tooLarge"; size: string } | { key: "drop.wrongType" } | { key: "drop.notText" };

/** A problem visible before reading: the name's extension or the size. */
export function checkFile(file: { name: string; size: number }): DropProblem | undefined {
  const lower = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { key: "drop.wrongType" };
  if (file.size > MAX_DROP_BYTES) return { key: "drop.tooLarge", size: (file.size / 1e6).toFixed(1) };
  return undefined;
}

/**
 * The file's text, or a problem when it is not UTF-8 text: invalid UTF-8 sequences, or NUL and
 * other control characters that no YAML file contains (YAML allows tab, LF, CR and the printable
 * set). A leading byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: DropProblem } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: { key: "drop.notText" } };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return { problem: { key: "drop.notText" } };
  return { text };
}
