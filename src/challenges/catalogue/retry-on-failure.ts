import yaml from "./retry-on-failure.yaml?raw";
import answer from "./retry-on-failure.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const retryOnFailure: BuiltInChallenge = {
  id: "retry-on-failure",
  topic: "restartPolicy",
  title: { en: "Try the import once more", ko: "가져오기를 한 번 더 시도하기" },
  yaml,
  answer,
  comments: { ko: { "A data import: its first attempt times out while the database warms up; a second attempt works.": "데이터 가져오기 작업: 데이터베이스가 준비되는 동안 첫 시도는 시간 초과로 실패하고, 두 번째 시도는 성공합니다." } },
};
