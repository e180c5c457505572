import yaml from "./image-typo.yaml?raw";
import answer from "./image-typo.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const imageTypo: BuiltInChallenge = {
  id: "image-typo",
  topic: "backoff",
  title: { en: "Stuck in ImagePullBackOff", ko: "ImagePullBackOff에서 멈춰 있어요" },
  yaml,
  answer,
  comments: { ko: { "The shop's front page: stock nginx 1.27 serving / on port 80 (someone typed the tag by hand).": "shop의 첫 페이지: 손대지 않은 nginx 1.27이 포트 80에서 /를 제공합니다(누군가 태그를 손으로 입력했습니다)." } },
};
