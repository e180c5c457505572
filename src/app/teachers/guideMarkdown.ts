import type { Guide, GuideBlock } from "./guideTypes";

/** The guide as Markdown, for docs/teachers.md and docs/teachers.ko.md (guideMarkdown.test.ts keeps them current). */
export function guideMarkdown(g: Guide): string {
  const out = [`# ${g.title}`, "", g.docsNote, "", g.intro, ""];
  for (const s of g.sections) {
    out.push(`## ${s.title}`, "");
    for (const b of s.blocks) out.push(...block(b, g), "");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

function block(b: GuideBlock, g: Guide): string[] {
  if ("p" in b) return [b.p];
  if ("list" in b) return b.list.map((x) => `- ${x}`);
  if ("steps" in b) return b.steps.map((x, i) => `${i + 1}. ${x}`);
  if ("code" in b) return ["```sh", b.code, "```"];
  if ("keys" in b)
    return table(
      [...g.keysHead],
      b.keys.map(([k, what]) => [
        k
          .split(/\s{2,}/)
          .map((x) => `\`${x}\``)
          .join(" "),
        what,
      ]),
    );
  return table(b.table.head, b.table.rows);
}

function table(head: string[], rows: string[][]): string[] {
  const cell = (x: string) => x.replace(/\|/g, "\\|");
  return [`| ${head.map(cell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}
