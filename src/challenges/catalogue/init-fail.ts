import yaml from "./init-fail.yaml?raw";
import answer from "./init-fail.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initFail: BuiltInChallenge = {
  id: "init-fail",
  topic: "init",
  title: { en: "An init container that fails", ko: "실패하는 초기화 컨테이너" },
  yaml,
  answer,
  comments: { ko: { "A nightly export. Its init container check-db makes sure the database Service named in DB_HOST exists before the export runs.": "매일 밤 도는 내보내기 작업. 초기화 컨테이너 check-db가 내보내기 전에 DB_HOST에 적힌 데이터베이스 서비스가 있는지 확인합니다." } },
};
