import yaml from "./limitrange-memory.yaml?raw";
import answer from "./limitrange-memory.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const limitrangeMemory: BuiltInChallenge = {
  id: "limitrange-memory",
  topic: "resources",
  title: { en: "Default memory from a LimitRange", ko: "LimitRange로 메모리 기본값 주기" },
  yaml,
  answer,
};
