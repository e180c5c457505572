import { useStore } from "../../state/store";
import { downloadBlob } from "../export/download";
import { exportFileName } from "../export/fileNames";

/** Saves the editor's text as a YAML file (named like the export's), when the browser cannot keep it. */
export function downloadText(): void {
  const text = useStore.getState().text;
  downloadBlob(new Blob([text], { type: "application/yaml;charset=utf-8" }), exportFileName("scenario-yaml", text, 0));
}
