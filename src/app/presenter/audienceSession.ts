/**
 * Whether this page is an audience window: the one part of the presenter's protocol
 * (audienceProtocol.ts) that every page needs at start, in a module of its own so that the rest
 * loads only with presenter mode.
 */

const SESSION = /^[a-z0-9]{8,32}$/;

export function isSessionId(s: unknown): s is string {
  return typeof s === "string" && SESSION.test(s);
}

/** `?view=audience&session=ID`: the page is an audience window of that session. */
export function audienceSession(search: string): string | undefined {
  const q = new URLSearchParams(search);
  const session = q.get("session");
  return q.get("view") === "audience" && isSessionId(session) ? session : undefined;
}
