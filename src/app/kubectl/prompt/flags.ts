/**
 * Flag parsing as kubectl's (spf13/pflag) does it: `--name=value`, `--name value`, `-x value`,
 * `-xvalue`, bool flags without a value, and `--` ending the flags. Errors carry pflag's text.
 */
export interface FlagSpec {
  /** The long name, without dashes. */
  name: string;
  short?: string;
  /** Whether it takes a value (else a bool flag; `--flag=false` still works). */
  value: boolean;
}

export interface ParsedFlags {
  args: string[];
  flags: Map<string, string>;
}

/** Parses `words` (after the verb) against `specs`; a string is pflag's error message. */
export function parseFlags(words: readonly string[], specs: readonly FlagSpec[]): ParsedFlags | string {
  const args: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "--") {
      args.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith("--") && w.length > 2) {
      const eq = w.indexOf("=");
      const name = w.slice(2, eq < 0 ? undefined : eq);
      const spec = specs.find((s) => s.name === name);
      if (!spec) return `unknown flag: --${name}`;
      if (eq >= 0) flags.set(name, w.slice(eq + 1));
      else if (!spec.value) flags.set(name, "true");
      else if (i + 1 < words.length) flags.set(name, words[++i]);
      else return `flag needs an argument: --${name}`;
    } else if (w.startsWith("-") && w.length > 1 && !/^-\d/.test(w)) {
      // A group of shorthands (-it), the last one may take the rest or the next word as its value.
      for (let j = 1; j < w.length; j++) {
        const c = w[j];
        const spec = specs.find((s) => s.short === c);
        if (!spec) return `unknown shorthand flag: '${c}' in ${w}`;
        if (!spec.value) {
          flags.set(spec.name, "true");
          continue;
        }
        const rest = w.slice(j + 1).replace(/^=/, "");
        if (rest) flags.set(spec.name, rest);
        else if (i + 1 < words.length) flags.set(spec.name, words[++i]);
        else return `flag needs an argument: '${c}' in ${w}`;
        break;
      }
    } else args.push(w);
  }
  return { args, flags };
}

/** A bool flag's value as pflag reads it (`--watch`, `--watch=true`, `--watch=false`). */
export function isSet(flags: Map<string, string>, name: string): boolean {
  const v = flags.get(name);
  return v !== undefined && v !== "false";
}

export const NAMESPACE_FLAG: FlagSpec = { name: "namespace", short: "n", value: true };
