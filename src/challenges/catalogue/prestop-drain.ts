import yaml from "./prestop-drain.yaml?raw";
import answer from "./prestop-drain.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const prestopDrain: BuiltInChallenge = {
  id: "prestop-drain",
  topic: "hooks",
  title: { en: "Keep serving while the traffic drains", ko: "트래픽이 빠질 때까지 계속 서비스하기" },
  yaml,
  answer,
  comments: { ko: { "A web server behind a load balancer that needs about 5 s to stop sending it requests. nginx exits at once on SIGTERM. The Pod is deleted at 0:30.": "로드 밸런서 뒤의 웹 서버. 로드 밸런서가 이 서버로 요청을 그만 보내기까지 약 5초가 걸립니다. nginx는 SIGTERM을 받으면 바로 종료합니다. 파드는 0:30에 삭제됩니다." } },
};
