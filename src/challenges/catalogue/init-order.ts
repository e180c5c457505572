import yaml from "./init-order.yaml?raw";
import answer from "./init-order.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const initOrder: BuiltInChallenge = {
  id: "init-order",
  topic: "init",
  title: { en: "Init containers in the wrong order", ko: "순서가 잘못된 초기화 컨테이너" },
  yaml,
  answer,
  comments: { ko: { "A web app that reads /work/app.conf at start. Two init containers prepare it: download fetches the release's raw config, render turns it into app.conf.": "시작할 때 /work/app.conf를 읽는 웹 앱. 초기화 컨테이너 두 개가 이 파일을 준비합니다: download는 릴리스의 원본 설정을 받아 오고, render는 그것을 app.conf로 만듭니다." } },
};
