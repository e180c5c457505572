import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { THEME_COLORS } from "./themeColor";

// The web app manifest and its icons (docs/hosting.md "Install"): what Chromium's install
// criteria read (name, icons of 192 and 512 px, start_url, display), every URL relative so the
// build works from any folder, and colours that match the app's themes.

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
const manifest = JSON.parse(read("public/manifest.webmanifest").toString("utf8")) as Record<string, unknown> & { icons: Icon[] };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** PNG colour type 6 (RGBA) has an alpha channel; 2 (RGB) is opaque. */
const hasAlpha = (bytes: Buffer) => bytes[25] === 6 || bytes[25] === 4;

describe("manifest.webmanifest", () => {
  it("has the fields install needs, with URLs relative to its own folder", () => {
    expect(manifest.name).toMatch(/^podplay/);
    expect(manifest.short_name).toBe("podplay");
    expect(manifest.description).toEqual(expect.any(String));
    expect(manifest.lang).toBe("en");
    expect(manifest.start_url).toBe(".");
    expect(manifest.scope).toBe(".");
    expect(manifest.display).toBe("standalone");
    for (const icon of manifest.icons) expect(icon.src, icon.src).not.toMatch(/^\/|^[a-z]+:/);
  });

  it("takes its colours from the light theme", () => {
    expect(manifest.theme_color).toBe(THEME_COLORS.light);
    expect(manifest.background_color).toBe(THEME_COLORS.light);
    const css = read("src/app/app.css").toString("utf8");
    expect(/:root \{[^}]*--bg: (#[0-9a-f]+);/.exec(css)?.[1]).toBe(THEME_COLORS.light);
    expect(/:root\[data-theme="dark"\] \{[^}]*--bg: (#[0-9a-f]+);/.exec(css)?.[1]).toBe(THEME_COLORS.dark);
  });

  it("lists icons of 192 and 512 px and a maskable one, each a file of the size it states", () => {
    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    for (const icon of pngs) {
      const file = `public/${icon.src}`;
      expect(existsSync(new URL(file, root)), file).toBe(true);
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(read(file)), file).toEqual({ width: w, height: h });
    }
    const any = pngs.filter((i) => (i.purpose ?? "any").split(" ").includes("any")).map((i) => i.sizes);
    expect(any).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    const maskable = pngs.filter((i) => i.purpose?.split(" ").includes("maskable"));
    expect(maskable.length).toBeGreaterThan(0);
    // A maskable icon is cut to any shape: it has no transparent corners.
    for (const icon of maskable) expect(hasAlpha(read(`public/${icon.src}`)), icon.src).toBe(false);
    const svg = manifest.icons.find((i) => i.type === "image/svg+xml");
    if (svg) expect(existsSync(new URL(`public/${svg.src}`, root))).toBe(true);
  });
});

describe("index.html", () => {
  const html = read("index.html").toString("utf8");

  it("links the manifest and an opaque 180 px apple-touch-icon from the public folder", () => {
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    const apple = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(html)?.[1];
    expect(apple).toBeDefined();
    const bytes = read(`public/${apple}`);
    expect(pngSize(bytes)).toEqual({ width: 180, height: 180 });
    expect(hasAlpha(bytes)).toBe(false);
  });

  it("starts with the theme colour of the system's light or dark choice", () => {
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLORS.light}" media="(prefers-color-scheme: light)" />`);
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLORS.dark}" media="(prefers-color-scheme: dark)" />`);
  });
});
