import yaml from "./smoke-test-fails.yaml?raw";
import answer from "./smoke-test-fails.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const smokeTestFails: BuiltInChallenge = {
  id: "smoke-test-fails",
  topic: "restartPolicy",
  title: { en: "A failed test must stay failed", ko: "실패한 테스트는 실패로 남아야 해요" },
  yaml,
  answer,
  comments: { ko: { "A smoke test: it checks the login page and exits 1 when the check fails (today it does).": "스모크 테스트: 로그인 페이지를 확인하고, 확인에 실패하면 1로 종료합니다(오늘은 실패합니다)." } },
};
