import yaml from "./report-waits.yaml?raw";
import answer from "./report-waits.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const reportWaits: BuiltInChallenge = {
  id: "report-waits",
  topic: "backoff",
  title: { en: "The back-off makes the report late", ko: "백오프 때문에 보고서가 늦어요" },
  yaml,
  answer,
};
