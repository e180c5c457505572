import yaml from "./tcp-readiness.yaml?raw";
import answer from "./tcp-readiness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const tcpReadiness: BuiltInChallenge = {
  id: "tcp-readiness",
  topic: "probes",
  title: { en: "A probe for an image without a shell", ko: "셸이 없는 이미지의 프로브" },
  yaml,
  answer,
  comments: { ko: { "A key-value cache (Redis protocol) from a distroless image: no shell, no redis-cli. It replays its snapshot for 20 s, then accepts connections on 6379.": "distroless 이미지로 만든 키-값 캐시(Redis 프로토콜): 셸도 redis-cli도 없습니다. 20초 동안 스냅숏을 다시 읽은 뒤 6379에서 연결을 받습니다." } },
};
