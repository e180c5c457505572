import yaml from "./grpc-liveness.yaml?raw";
import answer from "./grpc-liveness.answer.yaml?raw";
import type { BuiltInChallenge } from "../types";

export const grpcLiveness: BuiltInChallenge = {
  id: "grpc-liveness",
  topic: "probes",
  title: { en: "A liveness probe that speaks gRPC", ko: "gRPC로 말하는 활성 프로브" },
  yaml,
  answer,
};
