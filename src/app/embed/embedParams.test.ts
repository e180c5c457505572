import { describe, expect, it } from "vitest";
import { embedParams, embedUrl, fullAppUrl, isEmbed } from "./embedParams";

describe("embed URL", () => {
  it("is on for embed=1, true or empty, off otherwise", () => {
    expect(isEmbed("?embed=1")).toBe(true);
    expect(isEmbed("?x=2&embed")).toBe(true);
    expect(isEmbed("?embed=true")).toBe(true);
    expect(isEmbed("?embed=0")).toBe(false);
    expect(isEmbed("?embed=false")).toBe(false);
    expect(isEmbed("")).toBe(false);
  });

  it("reads the view, language and theme, ignoring unknown values", () => {
    expect(embedParams("?embed=1")).toEqual({ view: undefined, lang: undefined, theme: undefined });
    expect(embedParams("?embed=1&view=nodemap&lang=ko&theme=dark")).toEqual({ view: "nodemap", lang: "ko", theme: "dark" });
    expect(embedParams("?embed=1&view=timeline&lang=fr&theme=blue")).toEqual({ view: "timeline", lang: undefined, theme: undefined });
  });

  it("links to the full app without the embed parameters, keeping others and the hash", () => {
    expect(fullAppUrl("https://x.dev/play/?embed=1&view=nodemap&watchdogMs=9#s=1.abc")).toBe("https://x.dev/play/?watchdogMs=9#s=1.abc");
    expect(embedUrl("https://x.dev/?lang=ko#s=1.abc", "nodemap")).toBe("https://x.dev/?embed=1&view=nodemap#s=1.abc");
  });
});
