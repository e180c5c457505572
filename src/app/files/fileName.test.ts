import { afterEach, describe, expect, it } from "vitest";
import { rememberFileName, safeName, suggestedFileName } from "./fileName";

afterEach(() => rememberFileName(undefined));

describe("the name Save suggests", () => {
  it("is the file the text came from, else the lesson or challenge, else a generic name", () => {
    expect(suggestedFileName({})).toBe("podplay-scenario.yaml");
    expect(suggestedFileName({ lessonId: "oomkilled" })).toBe("oomkilled.yaml");
    expect(suggestedFileName({ challengeId: "slow-start" })).toBe("slow-start.yaml");
    rememberFileName("my pods.yml");
    expect(suggestedFileName({ lessonId: "oomkilled" })).toBe("my pods.yml");
  });

  it("never names a folder or a character a file system refuses", () => {
    expect(safeName("../../etc/passwd")).toBe("passwd");
    expect(safeName("C:\\work\\a.yaml")).toBe("a.yaml");
    expect(safeName('a<b>:"c|?*.yaml')).toBe("a_b___c___.yaml");
    expect(safeName("..")).toBe("podplay-scenario.yaml");
    expect(safeName("  ")).toBe("podplay-scenario.yaml");
  });
});
