import yaml from "./batch-completes.yaml?raw";
import answer from "./batch-completes.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const batchCompletes: BuiltInChallenge = {
  id: "batch-completes",
  topic: "phases",
  title: { en: "A finished job keeps starting over", ko: "끝난 작업이 자꾸 다시 시작돼요" },
  yaml,
  answer,
  comments: { ko: { "A nightly report: it works for 20 s, writes the report and exits 0.": "매일 밤 도는 보고서 작업: 20초 동안 일한 뒤 보고서를 쓰고 0으로 종료합니다." } },
};
