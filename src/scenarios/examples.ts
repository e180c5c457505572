import execLiveness from "../../examples/exec-liveness.yaml?raw";
import crashLoop from "../../examples/crash-loop.yaml?raw";
import initServices from "../../examples/init-containers-services.yaml?raw";
import prestop from "../../examples/prestop-delete.yaml?raw";
import customApp from "../../examples/custom-app.yaml?raw";
import rollingUpdate from "../../examples/rolling-update.yaml?raw";
import fiftyPods from "../../examples/fifty-pods.yaml?raw";
import twoNodes from "../../examples/two-nodes-descheduler.yaml?raw";
import storyHeavy from "../../examples/two-node-story-heavy.yaml?raw";
import storyLight from "../../examples/two-node-story-light.yaml?raw";
import readinessService from "../../examples/readiness-out-of-service.yaml?raw";
import { DEFAULT_SCENARIO } from "./default";

/** Scenarios the page ships, by id; titles are in the shell's strings as "shell.example.<id>". */
export const EXAMPLES: Array<{ id: string; text: string }> = [
  { id: "default", text: DEFAULT_SCENARIO },
  { id: "execLiveness", text: execLiveness },
  { id: "crashLoop", text: crashLoop },
  { id: "initServices", text: initServices },
  { id: "prestop", text: prestop },
  { id: "customApp", text: customApp },
  { id: "rollingUpdate", text: rollingUpdate },
  { id: "fiftyPods", text: fiftyPods },
  { id: "twoNodes", text: twoNodes },
  { id: "storyHeavy", text: storyHeavy },
  { id: "storyLight", text: storyLight },
  { id: "readinessService", text: readinessService },
];
