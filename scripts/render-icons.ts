/**
 * Draws the app icons in public/ from public/favicon.svg with the headless Chromium that
 * Playwright drives (no image tool needed), for the web app manifest and iOS:
 *
 * - icon-192.png, icon-512.png: the favicon as is (rounded square, transparent corners);
 * - icon-maskable-512.png: the square filled to the edges, so a launcher can cut any shape; the
 *   ring stays inside the 80% safe zone (https://w3c.github.io/manifest/#icon-masks);
 * - apple-touch-icon.png (180): opaque and full-bleed, as iOS rounds the corners itself.
 *
 * Run after changing favicon.svg: npx tsx scripts/render-icons.ts. The PNGs are committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("public/favicon.svg", "utf8");
/** The favicon without its rounded corners: a full square of the same blue. */
const fullBleed = svg.replace(/ rx="[^"]*"/, "");

const icons = [
  { file: "icon-192.png", size: 192, svg },
  { file: "icon-512.png", size: 512, svg },
  { file: "icon-maskable-512.png", size: 512, svg: fullBleed },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed },
];

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const sized = icon.svg.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(`public/${icon.file}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
    console.log(`public/${icon.file} ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
