import { describe, expect, it } from "vitest";
import { audienceSession, audienceUrl, envelope, newId, receive, type Frame, type Message } from "./audienceProtocol";

const SESSION = "class0session0ab";
const A = "presenterwindow1";
const B = "audiencewindow01";

const frame: Frame = {
  t: 76,
  playing: false,
  mainView: "nodemap",
  kubectlTab: "describe",
  logsFlags: { previous: true, timestamps: false },
  selection: { kind: "container", namespace: "default", pod: "liveness-exec", container: "liveness" },
  reveal: "asItHappens",
  presenter: true,
  locale: "ko",
  theme: "dark",
  predict: true,
  stage: { kind: "asking", index: 2 },
};

const roundTrip = (m: Message) => receive(structuredClone(envelope(SESSION, A, m)), SESSION, B);

describe("audience protocol", () => {
  it("carries every kind of message through a structured clone unchanged", () => {
    const all: Message[] = [
      { kind: "hello" },
      { kind: "scene", scene: { text: "apiVersion: v1\nkind: Pod\n", lessonId: "liveness-exec" } },
      { kind: "scene", scene: { text: "", challenge: "kind: Challenge" } },
      { kind: "frame", frame },
      { kind: "frame", frame: { ...frame, selection: undefined, stage: { kind: "idle" } } },
      { kind: "command", command: "next" },
      { kind: "ping", role: "audience" },
      { kind: "bye", role: "presenter" },
    ];
    for (const m of all) {
      const expected = JSON.parse(JSON.stringify(m)) as Message;
      expect(roundTrip(m)).toEqual({ from: A, message: expected });
    }
  });

  it("ignores another session, its own echo, another version and what is not ours", () => {
    const ok = envelope(SESSION, A, { kind: "hello" });
    expect(receive(ok, "otherclass000000", B)).toBeUndefined();
    expect(receive(ok, SESSION, A)).toBeUndefined();
    expect(receive({ ...ok, v: 2 }, SESSION, B)).toBeUndefined();
    expect(receive({ ...ok, protocol: "something-else" }, SESSION, B)).toBeUndefined();
    expect(receive({ ...ok, from: "NOT AN ID" }, SESSION, B)).toBeUndefined();
    for (const junk of [null, undefined, 42, "hello", [], { message: { kind: "hello" } }]) expect(receive(junk, SESSION, B)).toBeUndefined();
  });

  it("drops a malformed message whole instead of applying part of it", () => {
    const bad: unknown[] = [
      { kind: "nope" },
      { kind: "scene", scene: { text: 3 } },
      { kind: "scene", scene: { text: "x", lessonId: "../../etc" } },
      { kind: "frame", frame: { ...frame, t: -1 } },
      { kind: "frame", frame: { ...frame, t: Number.NaN } },
      { kind: "frame", frame: { ...frame, t: 1e9 } },
      { kind: "frame", frame: { ...frame, mainView: "editor" } },
      { kind: "frame", frame: { ...frame, kubectlTab: "exec" } },
      { kind: "frame", frame: { ...frame, locale: "fr" } },
      { kind: "frame", frame: { ...frame, logsFlags: { previous: "yes", timestamps: false } } },
      { kind: "frame", frame: { ...frame, stage: { kind: "asking", index: -1 } } },
      { kind: "frame", frame: { ...frame, stage: { kind: "asking", index: 1.5 } } },
      { kind: "frame", frame: { ...frame, selection: { kind: "pod", namespace: "default", pod: "<img src=x>" } } },
      { kind: "frame", frame: { ...frame, playing: undefined } },
      { kind: "command", command: "deleteEverything" },
      { kind: "ping", role: "teacher" },
    ];
    for (const message of bad) expect(receive({ ...envelope(SESSION, A, { kind: "hello" }), message }, SESSION, B), JSON.stringify(message)).toBeUndefined();
  });

  it("keeps only the fields it knows", () => {
    const got = receive({ ...envelope(SESSION, A, { kind: "hello" }), message: { kind: "frame", frame: { ...frame, extra: "<script>" } } }, SESSION, B);
    expect(got?.message).toEqual({ kind: "frame", frame });
  });

  it("reads the audience flag from the address and builds it", () => {
    const url = audienceUrl("https://example.org/podplay/?watchdogMs=500#v1.abc", SESSION);
    expect(url).toBe(`https://example.org/podplay/?watchdogMs=500&view=audience&session=${SESSION}`);
    expect(audienceSession(new URL(url).search)).toBe(SESSION);
    expect(audienceSession("?view=audience")).toBeUndefined();
    expect(audienceSession("?view=audience&session=Bad!")).toBeUndefined();
    expect(audienceSession(`?session=${SESSION}`)).toBeUndefined();
  });

  it("makes ids the receiver accepts", () => {
    const id = newId();
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    expect(receive(envelope(id, newId(), { kind: "hello" }), id, B)).toEqual({ from: expect.any(String), message: { kind: "hello" } });
  });
});
