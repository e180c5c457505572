import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { DICTIONARY_V1 } from "./dictionaryV1";

describe("the v1 dictionary", () => {
  it("is frozen: every v1 link ever shared depends on these exact bytes", () => {
    const sha = createHash("sha256").update(DICTIONARY_V1, "utf8").digest("hex");
    expect({ length: DICTIONARY_V1.length, sha }).toMatchInlineSnapshot(`
      {
        "length": 1437,
        "sha": "5d482519920a2563adf6032e586dfd75684e9e305817cf91f76f593d9614cf43",
      }
    `);
  });
});
