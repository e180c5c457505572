import yaml from "./startup-http.yaml?raw";
import answer from "./startup-http.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const startupHttp: BuiltInChallenge = {
  id: "startup-http",
  topic: "probes",
  title: { en: "A startup probe over HTTP", ko: "HTTP로 하는 시작 프로브" },
  yaml,
  answer,
  comments: { ko: { "A ledger service on a heavy runtime: it warms up for 90 s before it answers /healthz on :8080. At 3:20 of age it deadlocks (/healthz 500).": "무거운 런타임 위의 원장 서비스: :8080에서 /healthz에 응답하기 전에 90초 동안 준비합니다. 시작한 지 3:20이 되면 교착 상태에 빠집니다(/healthz 500)." } },
};
