import yaml from "./init-retry.yaml?raw";
import answer from "./init-retry.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initRetry: BuiltInChallenge = {
  id: "init-retry",
  topic: "init",
  title: { en: "Retry the init container, not forever", ko: "초기화 컨테이너를 다시 시도하되, 끝없이는 말고" },
  yaml,
  answer,
  comments: { ko: { "A nightly export. Its init container migrate fails on the first try while the database is busy; a second try works.": "매일 밤 도는 내보내기 작업. 초기화 컨테이너 migrate는 데이터베이스가 바쁜 첫 시도에서는 실패하고, 두 번째 시도에서는 성공합니다.", "a failed container (init or not) is retried; a clean exit ends it": "실패한 컨테이너는 (초기화 컨테이너든 아니든) 다시 시도되고, 정상 종료하면 끝납니다", "kept across container restarts in the same Pod": "같은 파드 안에서는 컨테이너가 재시작되어도 남아 있습니다" } },
};
