/**
 * A Scenario action (docs/scenario.md) as the block YAML the editor appends: `at` first, then
 * the verb with its fields. Values that YAML could read as another type are written as JSON,
 * which is YAML too.
 */
export function actionYaml(t: number, verb: string, fields: Record<string, unknown> | string): string {
  const at = `at: ${Math.round(t * 10) / 10}s`;
  if (typeof fields === "string") return `${at}\n${verb}: ${scalar(fields)}`;
  const body = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : scalar(v)}`);
  return `${at}\n${verb}:\n${body.join("\n")}`;
}

function scalar(v: unknown): string {
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = String(v);
  // A plain scalar only for names YAML 1.1 and 1.2 read as the same string.
  return /^[A-Za-z][\w.-]*$/.test(s) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(s) ? s : JSON.stringify(s);
}
