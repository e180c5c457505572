import yaml from "./liveness-initial-delay.yaml?raw";
import answer from "./liveness-initial-delay.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessInitialDelay: BuiltInChallenge = {
  id: "liveness-initial-delay",
  topic: "probes",
  title: { en: "Give the app time before the first check", ko: "첫 검사 전에 앱에게 시간을 주기" },
  yaml,
  answer,
  comments: { ko: { "A catalogue service: it loads its data for 20 s, then answers /healthz on :8080. At 2 minutes of age it deadlocks (/healthz 500).": "카탈로그 서비스: 20초 동안 데이터를 불러온 뒤 :8080에서 /healthz에 응답합니다. 시작한 지 2분이 되면 교착 상태에 빠집니다(/healthz 500)." } },
};
