import yaml from "./service-selector.yaml?raw";
import answer from "./service-selector.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const serviceSelector: BuiltInChallenge = {
  id: "service-selector",
  topic: "services",
  title: { en: "A Service with no endpoints", ko: "엔드포인트가 없는 서비스" },
  yaml,
  answer,
  comments: { ko: { "The shop's web tier: three nginx replicas, and the Service the ingress sends traffic to.": "shop의 웹 계층: nginx 레플리카 세 개와, 인그레스가 트래픽을 보내는 서비스." } },
};
