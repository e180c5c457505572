import yaml from "./report-waits.yaml?raw";
import answer from "./report-waits.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const reportWaits: BuiltInChallenge = {
  id: "report-waits",
  topic: "backoff",
  title: { en: "The back-off makes the report late", ko: "백오프 때문에 보고서가 늦어요" },
  yaml,
  answer,
  comments: { ko: { "A report job: it looks up the database Service db and exits 1 when it cannot find it.": "보고서 작업: 데이터베이스 서비스 db를 찾아보고, 찾지 못하면 1로 종료합니다." } },
};
