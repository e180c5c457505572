import { DICTIONARY_V1 } from "./dictionaryV1";

/**
 * Share-link format versions. A link reads `#v<version>.<base64url(deflate-raw(payload, dictionary))>`.
 *
 * Version 1 payload: UTF-8 text made of one line of JSON (everything but the scenario), a newline,
 * then the scenario text verbatim. JSON.stringify never writes a raw newline, so the first newline
 * always ends the header, and the YAML compresses without JSON escaping in the way.
 *
 * Links live forever in chats and slides, so an old link must keep opening. To change the format:
 * 1. add `WIRE[2]` (the new dictionary; a new dictionary alone is a new version);
 * 2. add `MIGRATIONS[1]`, turning a version-1 payload into a version-2 one;
 * 3. raise CURRENT_VERSION and update validate.ts for the new header.
 * Version 0 never shipped: the first links were v1.
 */
export const CURRENT_VERSION = 1;

/** A payload after decompression and before validation: the header is untrusted JSON. */
export interface RawPayload {
  header: unknown;
  text: string;
}

/** How each version's bytes were compressed. Frozen once shipped. */
export const WIRE: Readonly<Record<number, { dictionary: Uint8Array }>> = {
  1: { dictionary: new TextEncoder().encode(DICTIONARY_V1) },
};

/** `MIGRATIONS[n]` turns a version-n payload into a version-(n+1) payload. */
export type Migration = (payload: RawPayload) => RawPayload;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrateResult = { ok: true; payload: RawPayload } | { ok: false; detail: string };

/** Runs the payload up from `from` to `to` one step at a time; a gap in the table is an error, not a guess. */
export function migrate(payload: RawPayload, from: number, to = CURRENT_VERSION, table: Readonly<Record<number, Migration>> = MIGRATIONS): MigrateResult {
  let p = payload;
  for (let v = from; v < to; v++) {
    const step = table[v];
    if (!step) return { ok: false, detail: `no migration from format v${v} to v${v + 1}` };
    try {
      p = step(p);
    } catch {
      // A migration meets untrusted input: a shape it did not expect is an invalid link.
      return { ok: false, detail: `the v${v} payload could not be upgraded to v${v + 1}` };
    }
  }
  return { ok: true, payload: p };
}
