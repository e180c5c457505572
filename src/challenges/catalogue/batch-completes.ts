import yaml from "./batch-completes.yaml?raw";
import answer from "./batch-completes.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const batchCompletes: BuiltInChallenge = {
  id: "batch-completes",
  topic: "phases",
  title: { en: "A finished job keeps starting over", ko: "끝난 작업이 자꾸 다시 시작돼요" },
  yaml,
  answer,
};
