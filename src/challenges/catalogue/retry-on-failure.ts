import yaml from "./retry-on-failure.yaml?raw";
import answer from "./retry-on-failure.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const retryOnFailure: BuiltInChallenge = {
  id: "retry-on-failure",
  topic: "restartPolicy",
  title: { en: "Try the import once more", ko: "가져오기를 한 번 더 시도하기" },
  yaml,
  answer,
};
