/** The elements inside `root` that Tab can reach, in document order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => !el.closest("[hidden]") && !inClosedDetails(el) && el.getClientRects().length > 0);
}

/** Inside a closed <details> (other than its summary): Chromium still gives it boxes, but Tab skips it. */
function inClosedDetails(el: HTMLElement): boolean {
  const d = el.closest("details");
  return !!d && !d.open && el.parentElement !== d;
}
