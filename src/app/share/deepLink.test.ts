import { describe, expect, it } from "vitest";
import { deepLinkUrl, isDeepLinkHash, parseDeepLink } from "./deepLink";

describe("deep links by id", () => {
  it("reads a lesson or a challenge, with or without the language", () => {
    expect(parseDeepLink("#lesson/crash-loop-backoff")).toEqual({ kind: "lesson", id: "crash-loop-backoff" });
    expect(parseDeepLink("#challenge/slow-start/ko")).toEqual({ kind: "challenge", id: "slow-start", locale: "ko" });
    expect(parseDeepLink("#lesson/a/")).toEqual({ kind: "lesson", id: "a" });
  });

  it("refuses what is not an id of ours", () => {
    for (const h of ["#lesson/", "#lesson/Crash", "#lesson/-x", "#lesson/x-", "#lesson/a/fr", "#lesson/a b", "#lessons/a", "#v1.abc", "#main", `#lesson/${"a".repeat(65)}`]) {
      expect(parseDeepLink(h), h).toBeUndefined();
    }
    expect(isDeepLinkHash("#lesson/Crash")).toBe(true);
    expect(isDeepLinkHash("#main")).toBe(false);
  });

  it("builds the link from the page's own folder, so a site served from a sub-path links to itself", () => {
    const url = deepLinkUrl({ kind: "lesson", id: "oomkilled", locale: "ko" }, { origin: "https://school.example", pathname: "/k8s/podplay/", search: "" });
    expect(url).toBe("https://school.example/k8s/podplay/#lesson/oomkilled/ko");
    expect(parseDeepLink(new URL(url).hash)).toEqual({ kind: "lesson", id: "oomkilled", locale: "ko" });
  });
});
