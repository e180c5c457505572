/**
 * A short fingerprint of a text (FNV-1a over its UTF-16 units, plus its length), to tell whether
 * two tabs or a stash and the editor hold the same text without storing or posting the text
 * itself (it can be 8 MiB). Not cryptographic: equal fingerprints are taken as equal texts.
 * The last answer is remembered: the same text is fingerprinted by several callers in a row.
 */
let lastText: string | undefined;
let lastHash = "";

export function textHash(text: string): string {
  if (text === lastText) return lastHash;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  lastText = text;
  lastHash = `${text.length.toString(36)}.${(h >>> 0).toString(36)}`;
  return lastHash;
}
