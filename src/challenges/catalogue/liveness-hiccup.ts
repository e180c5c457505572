import yaml from "./liveness-hiccup.yaml?raw";
import answer from "./liveness-hiccup.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessHiccup: BuiltInChallenge = {
  id: "liveness-hiccup",
  topic: "probes",
  title: { en: "Do not restart on a short hiccup", ko: "잠깐 흔들렸다고 재시작하지 않기" },
  yaml,
  answer,
  comments: { ko: { "A search service: from 30 s to 44 s of age it rebuilds its index and /healthz answers 500; it recovers on its own. At 2:30 of age it deadlocks for good.": "검색 서비스: 시작한 지 30초부터 44초까지 인덱스를 다시 만드는 동안 /healthz가 500을 응답하고, 그 뒤 스스로 회복합니다. 시작한 지 2:30에는 교착 상태에 빠져 다시는 회복하지 못합니다." } },
};
