// Small helpers for writing SVG as text (pure: the node map export and the tests use them in Node).

/** Escapes text and attribute values for XML. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type Attrs = Record<string, string | number | undefined | false>;

/** One element; `children` is already-serialized markup (use `esc` for text). */
export function el(name: string, attrs: Attrs, children = ""): string {
  let a = "";
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) a += ` ${k}="${esc(typeof v === "number" ? round(v) : v)}"`;
  return children ? `<${name}${a}>${children}</${name}>` : `<${name}${a}/>`;
}

export const round = (v: number) => Math.round(v * 100) / 100;

/** A standalone SVG document: XML declaration, namespace, size, accessible title and a background. */
export function svgDocument(opts: { width: number; height: number; title: string; background: string; fontFamily: string; body: string }): string {
  const { width, height, title, background, fontFamily, body } = opts;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      "svg",
      { xmlns: "http://www.w3.org/2000/svg", width: Math.ceil(width), height: Math.ceil(height), viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, role: "img", "font-family": fontFamily },
      el("title", {}, esc(title)) + el("rect", { width: "100%", height: "100%", fill: background }) + body,
    ) +
    "\n"
  );
}
