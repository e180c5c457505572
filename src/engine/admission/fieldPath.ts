/**
 * field.Path from apimachinery/pkg/util/validation/field: prints as `spec.containers[0].name` or
 * `spec.containers[0].resources.limits[cpu]`, and keeps its segments so a validation error can be
 * located in the source (map keys and struct fields are both mapping keys there).
 */
export class FieldPath {
  private constructor(
    private readonly parent: FieldPath | undefined,
    private readonly seg: { name: string } | { index: number } | { key: string },
  ) {}

  static root(name: string, ...more: string[]): FieldPath {
    let p = new FieldPath(undefined, { name });
    for (const m of more) p = p.child(m);
    return p;
  }

  child(name: string, ...more: string[]): FieldPath {
    let p = new FieldPath(this, { name });
    for (const m of more) p = p.child(m);
    return p;
  }

  index(i: number): FieldPath {
    return new FieldPath(this, { index: i });
  }

  key(k: string): FieldPath {
    return new FieldPath(this, { key: k });
  }

  toString(): string {
    const s = this.seg;
    const prefix = this.parent ? this.parent.toString() : "";
    if ("name" in s) return this.parent && s.name ? `${prefix}.${s.name}` : prefix + s.name;
    if ("index" in s) return `${prefix}[${s.index}]`;
    return `${prefix}[${s.key}]`;
  }

  /** The path as keys and indices into the source document. */
  segments(): (string | number)[] {
    const out = this.parent ? this.parent.segments() : [];
    const s = this.seg;
    if ("name" in s) {
      if (s.name) out.push(s.name);
    } else if ("index" in s) out.push(s.index);
    else out.push(s.key);
    return out;
  }
}
