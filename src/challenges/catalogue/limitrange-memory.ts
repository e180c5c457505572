import yaml from "./limitrange-memory.yaml?raw";
import answer from "./limitrange-memory.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const limitrangeMemory: BuiltInChallenge = {
  id: "limitrange-memory",
  topic: "resources",
  title: { en: "Default memory from a LimitRange", ko: "LimitRange로 메모리 기본값 주기" },
  yaml,
  answer,
  comments: { ko: { "The study notes' LimitRange, after the API server refused `memoty: \"128Mi\"`: someone took the memory lines out. The cache Pod sets no resources; it grows to 200Mi.": "API 서버가 `memoty: \"128Mi\"`를 거부한 뒤의 학습 노트 LimitRange: 누군가 메모리 줄을 빼 버렸습니다. cache 파드는 리소스를 정하지 않았고, 메모리를 200Mi까지 씁니다." } },
};
