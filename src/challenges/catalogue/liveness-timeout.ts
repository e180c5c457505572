import yaml from "./liveness-timeout.yaml?raw";
import answer from "./liveness-timeout.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessTimeout: BuiltInChallenge = {
  id: "liveness-timeout",
  topic: "probes",
  title: { en: "A health check that needs more than a second", ko: "1초보다 오래 걸리는 헬스 체크" },
  yaml,
  answer,
};
