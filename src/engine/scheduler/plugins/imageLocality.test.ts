// Follows: imageLocality.ts (pkg/scheduler/framework/plugins/imagelocality/image_locality.go).
import { describe, expect, it } from "vitest";
import { scheduleOne } from "../framework";
import { Mi, mkNode, mkPod } from "../testkit";
import { calculatePriority, normalizedImageName } from "./imageLocality";

describe("ImageLocality", () => {
  it("normalizes untagged names to :latest", () => {
    expect(normalizedImageName("nginx")).toBe("nginx:latest");
    expect(normalizedImageName("registry:5000/nginx")).toBe("registry:5000/nginx:latest");
    expect(normalizedImageName("nginx:1.27")).toBe("nginx:1.27");
  });
  it("clamps to [23MiB, 1000MiB × containers] and scales to 0..100", () => {
    expect(calculatePriority(0, 1)).toBe(0);
    expect(calculatePriority(523 * Mi, 1)).toBe(51);
    expect(calculatePriority(5000 * Mi, 1)).toBe(100);
  });
  it("scales the image size by the share of nodes holding it", () => {
    const nodes = [mkNode("n1", { images: ["nginx:latest"], imageSizes: { "nginx:latest": 500 * Mi } }), mkNode("n2")];
    const r = scheduleOne(mkPod("p", { image: "nginx" }), nodes, []);
    // 500MiB × 1/2 = 250MiB → 100 × 227 / 977 = 23.
    expect(r.nodes.map((n) => n.scores!.ImageLocality.normalized)).toEqual([23, 0]);
  });
});
