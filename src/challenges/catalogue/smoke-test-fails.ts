import yaml from "./smoke-test-fails.yaml?raw";
import answer from "./smoke-test-fails.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const smokeTestFails: BuiltInChallenge = {
  id: "smoke-test-fails",
  topic: "restartPolicy",
  title: { en: "A failed test must stay failed", ko: "실패한 테스트는 실패로 남아야 해요" },
  yaml,
  answer,
};
