import yaml from "./slow-start.yaml?raw";
import answer from "./slow-start.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const slowStart: BuiltInChallenge = {
  id: "slow-start",
  topic: "probes",
  title: { en: "A slow app keeps getting killed", ko: "느린 앱이 계속 죽어요" },
  yaml,
  answer,
  comments: { ko: { "A slow app: it needs 40 s before it answers, and its liveness probe gives up on it first.": "느린 앱: 응답하기까지 40초가 걸리는데, 그 전에 활성 프로브가 먼저 포기합니다." } },
};
