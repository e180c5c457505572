import yaml from "./grpc-liveness.yaml?raw";
import answer from "./grpc-liveness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const grpcLiveness: BuiltInChallenge = {
  id: "grpc-liveness",
  topic: "probes",
  title: { en: "A liveness probe that speaks gRPC", ko: "gRPC로 말하는 활성 프로브" },
  yaml,
  answer,
  comments: { ko: { "A gRPC service: it serves grpc.health.v1 on 9090 (SERVING) and Prometheus metrics on 8080. At 1:40 of age a stuck stream makes it report NOT_SERVING.": "gRPC 서비스: 9090에서 grpc.health.v1(SERVING)을, 8080에서 Prometheus 메트릭을 제공합니다. 시작한 지 1:40이 되면 멈춘 스트림 때문에 NOT_SERVING을 보고합니다." } },
};
