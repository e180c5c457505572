/** Saves `blob` as `name` through a temporary object URL and an `<a download>` click. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start reading the URL after click() returns; revoke once they have had time.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
