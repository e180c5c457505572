/**
 * The teachers' guide as data, one module per language (guide.en.ts, guide.ko.ts): the in-app page
 * and docs/teachers*.md are both drawn from it, so they never say different things. Text is plain;
 * `backticks` mark code, the only markup, so nothing in it is ever read as HTML.
 */
export type GuideBlock =
  | { p: string }
  | { list: string[] }
  | { steps: string[] }
  | { code: string }
  /** Keys and what they do, in presenter mode. */
  | { keys: Array<[keys: string, what: string]> }
  | { table: { head: string[]; rows: string[][] } };

export interface GuideSection {
  /** The anchor: `#teachers-<id>` in the page, `#<id>`-like headings in the docs. */
  id: string;
  title: string;
  blocks: GuideBlock[];
}

export interface Guide {
  title: string;
  intro: string;
  /** The column heads of a `keys` block. */
  keysHead: [keys: string, what: string];
  /** The docs file's first line after the title: where the same guide is in the app, and in the other language. */
  docsNote: string;
  sections: GuideSection[];
}
