import yaml from "./liveness-timeout.yaml?raw";
import answer from "./liveness-timeout.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const livenessTimeout: BuiltInChallenge = {
  id: "liveness-timeout",
  topic: "probes",
  title: { en: "A health check that needs more than a second", ko: "1초보다 오래 걸리는 헬스 체크" },
  yaml,
  answer,
  comments: { ko: { "A worker whose health check script asks the database, which takes about 2 s. At 2 minutes the worker deadlocks and its health file goes.": "상태 확인 스크립트가 데이터베이스에 물어보는 워커로, 이 확인에 약 2초가 걸립니다. 2분에 워커가 교착 상태에 빠지고 상태 파일이 사라집니다." } },
};
