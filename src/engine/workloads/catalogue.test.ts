import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";
import { lookupImage } from "./catalogue";
import { parseImageRef } from "./imageRef";

const facts = (image: string) => lookupImage(parseImageRef(image)!);

describe("the e2e tests' mirrors of busybox and nginx (test/utils/image/manifest.go)", () => {
  it("are busybox and nginx, with their <version>-<build> tags", () => {
    const busybox = facts("registry.k8s.io/e2e-test-images/busybox:1.36.1-1");
    expect(busybox.generic).toBeUndefined();
    expect(busybox.hasShell).toBe(true);
    expect(busybox.tagExists("1.36.1-1")).toBe(true);
    expect(busybox.tagExists("1.36.1")).toBe(false);
    expect(busybox.tagExists("9.9-1")).toBe(false);
    const nginx = facts("registry.k8s.io/e2e-test-images/nginx:1.14-4");
    expect(nginx.generic).toBeUndefined();
    expect(nginx.cmd).toEqual(facts("nginx:1.27").cmd);
    expect(nginx.tagExists("1.15-4")).toBe(true);
    expect(facts("k8s.gcr.io/e2e-test-images/busybox:1.29-1").tagExists("1.29-1")).toBe(true);
  });

  it("a busybox mirror runs its command as busybox does: the pod completes", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: once}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: registry.k8s.io/e2e-test-images/busybox:1.36.1-1
    command: ["sh", "-c", "echo done; exit 0"]
`;
    const res = simulate(text, { until: 60 });
    const rows = cliJson(res).watch.filter((r) => r.pod === "once");
    expect(rows[rows.length - 1].status).toBe("Completed");
    expect(res.trace.notes.some((n) => n.code === "unknownImage")).toBe(false);
  });
});
