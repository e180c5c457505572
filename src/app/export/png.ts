/** Largest canvas side and area used for PNG export (within every current browser's limits). */
const MAX_SIDE = 16_384;
const MAX_AREA = 64 * 1024 * 1024;

/** The pixel ratio for a `width`×`height` picture: `want` (2×) unless that exceeds the canvas limits. */
export function pngScale(width: number, height: number, want = 2): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  return Math.max(0.1, Math.min(want, bySide, byArea));
}

/** Renders a standalone SVG document to PNG at 2× (less for very large pictures). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const k = pngScale(width, height);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * k);
    canvas.height = Math.round(height * k);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
