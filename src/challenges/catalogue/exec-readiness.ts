import yaml from "./exec-readiness.yaml?raw";
import answer from "./exec-readiness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const execReadiness: BuiltInChallenge = {
  id: "exec-readiness",
  topic: "probes",
  title: { en: "Ready when the file says so", ko: "파일이 말해 줄 때 Ready" },
  yaml,
  answer,
};
