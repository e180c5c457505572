import yaml from "./crashloop-args.yaml?raw";
import answer from "./crashloop-args.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const crashloopArgs: BuiltInChallenge = {
  id: "crashloop-args",
  topic: "backoff",
  title: { en: "CrashLoopBackOff from one wrong word", ko: "단어 하나 때문에 CrashLoopBackOff" },
  yaml,
  answer,
  comments: { ko: { "An API server whose entrypoint takes a subcommand: \"serve\" runs the API, \"migrate\" updates the schema.": "엔트리포인트가 하위 명령을 받는 API 서버 앱: \"serve\"는 API를 실행하고, \"migrate\"는 스키마를 갱신합니다." } },
};
