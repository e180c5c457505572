import yaml from "./poststart-race.yaml?raw";
import answer from "./poststart-race.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const poststartRace: BuiltInChallenge = {
  id: "poststart-race",
  topic: "hooks",
  title: { en: "postStart is not \"before start\"", ko: "postStart는 \"시작 전\"이 아니에요" },
  yaml,
  answer,
  comments: { ko: { "An app that refuses to start on an old schema: it exits 1 unless /data/migrated exists. The migration takes 5 s.": "옛 스키마로는 시작하지 않는 앱: /data/migrated가 없으면 1로 종료합니다. 마이그레이션에는 5초가 걸립니다." } },
};
