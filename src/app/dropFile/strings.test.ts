import { describe, expect, it } from "vitest";
import { dropStrings } from "./strings";
import { dropKo } from "./strings.ko";

describe("drop strings (issue #10)", () => {
  it("the confirmation before a dropped file replaces the text names the file, not an example", () => {
    expect(dropStrings.en["drop.confirmReplace"]).toMatch(/^Replace your edits with the file \{name\}\?/);
    expect(dropStrings.en["drop.confirmReplace"]).not.toMatch(/example/i);
    expect(dropKo["drop.confirmReplace"]).toMatch(/^편집한 내용을 \{name\} 파일로 바꿀까요\?/);
    expect(dropKo["drop.confirmReplace"]).not.toMatch(/예제/);
  });
});
