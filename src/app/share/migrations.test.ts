import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, MIGRATIONS, WIRE, migrate, type Migration } from "./migrations";

describe("share link migrations", () => {
  it("has a wire format for every version up to the current one, and a step between each", () => {
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(WIRE[v], `WIRE[${v}]`).toBeDefined();
    for (let v = 1; v < CURRENT_VERSION; v++) expect(MIGRATIONS[v], `MIGRATIONS[${v}]`).toBeDefined();
  });

  it("leaves a current payload alone", () => {
    const p = { header: { t: 1 }, text: "x" };
    expect(migrate(p, CURRENT_VERSION)).toEqual({ ok: true, payload: p });
  });

  it("runs each step in order, the way a future v2 and v3 would be added", () => {
    const table: Record<number, Migration> = {
      1: (p) => ({ ...p, header: { ...(p.header as object), two: true } }),
      2: (p) => ({ ...p, text: p.text + "!" }),
    };
    expect(migrate({ header: { t: 1 }, text: "x" }, 1, 3, table)).toEqual({ ok: true, payload: { header: { t: 1, two: true }, text: "x!" } });
  });

  it("reports a missing step or a step that throws instead of throwing", () => {
    expect(migrate({ header: {}, text: "" }, 1, 3, { 1: (p) => p })).toMatchObject({ ok: false, detail: expect.stringContaining("v2 to v3") });
    const throws: Migration = () => {
      throw new Error("bad");
    };
    expect(migrate({ header: {}, text: "" }, 1, 2, { 1: throws })).toMatchObject({ ok: false });
  });
});
