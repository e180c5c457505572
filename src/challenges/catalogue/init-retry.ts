import yaml from "./init-retry.yaml?raw";
import answer from "./init-retry.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initRetry: BuiltInChallenge = {
  id: "init-retry",
  topic: "init",
  title: { en: "Retry the init container, not forever", ko: "초기화 컨테이너를 다시 시도하되, 끝없이는 말고" },
  yaml,
  answer,
};
