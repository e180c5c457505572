import yaml from "./readiness-flap.yaml?raw";
import answer from "./readiness-flap.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const readinessFlap: BuiltInChallenge = {
  id: "readiness-flap",
  topic: "probes",
  title: { en: "Ready too early", ko: "너무 일찍 Ready가 돼요" },
  yaml,
  answer,
  comments: { ko: { "A pricing service that loads two shards: /ready answers 200 for a moment (30-40 s) after the first shard, then 503 again until both are loaded at 60 s.": "샤드 두 개를 불러오는 가격 서비스: 첫 샤드를 불러온 뒤 잠깐(30-40초) /ready가 200을 응답하고, 두 샤드를 모두 불러오는 60초까지는 다시 503을 응답합니다." } },
};
