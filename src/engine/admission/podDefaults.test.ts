// pkg/apis/core/v1/defaults.go (SetDefaults_Pod, SetDefaults_PodSpec, SetDefaults_Container,
// SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_Volume, SetDefaults_ResourceList) and
// the +default tags of k8s.io/api/core/v1/types.go.
import { describe, expect, it } from "vitest";
import { setPodDefaults } from "./podDefaults";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const defaulted = (spec: any): any => {
  const pod = { spec };
  setPodDefaults(pod);
  return pod.spec;
};

describe("setPodDefaults", () => {
  it("fills the pod spec defaults", () => {
    const spec = defaulted({ containers: [{ name: "c", image: "nginx:1.25" }] });
    expect(spec).toMatchObject({
      restartPolicy: "Always",
      terminationGracePeriodSeconds: 30,
      dnsPolicy: "ClusterFirst",
      schedulerName: "default-scheduler",
      securityContext: {},
      enableServiceLinks: true,
    });
    expect(spec.containers[0]).toEqual({
      name: "c",
      image: "nginx:1.25",
      imagePullPolicy: "IfNotPresent",
      terminationMessagePath: "/dev/termination-log",
      terminationMessagePolicy: "File",
      // A struct in v1.Container, so stored and returned as {} (k8s.io/api/core/v1/types.go).
      resources: {},
    });
  });

  it("defaults zero or absent probe numbers, httpGet path and scheme, and the gRPC service", () => {
    const spec = defaulted({
      containers: [
        {
          name: "c",
          image: "x",
          livenessProbe: { httpGet: { port: 8080 }, periodSeconds: 0 },
          readinessProbe: { grpc: { port: 2379 } },
          lifecycle: { preStop: { httpGet: { port: 80 } } },
          ports: [{ containerPort: 80 }],
        },
      ],
    });
    const c = spec.containers[0];
    expect(c.livenessProbe).toEqual({ httpGet: { port: 8080, path: "/", scheme: "HTTP" }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 });
    expect(c.readinessProbe.grpc).toEqual({ port: 2379, service: "" });
    expect(c.lifecycle.preStop.httpGet).toEqual({ port: 80, path: "/", scheme: "HTTP" });
    expect(c.ports[0].protocol).toBe("TCP");
  });

  it("copies limits into missing requests for containers and init containers (R15a)", () => {
    const spec = defaulted({
      initContainers: [{ name: "i", image: "x", resources: { limits: { cpu: "1" } } }],
      containers: [{ name: "c", image: "x", resources: { limits: { cpu: "500m", memory: "1Gi" }, requests: { memory: "512Mi" } } }],
    });
    expect(spec.initContainers[0].resources.requests).toEqual({ cpu: "1" });
    expect(spec.containers[0].resources.requests).toEqual({ memory: "512Mi", cpu: "500m" });
  });

  it("rounds resource lists up to milli units", () => {
    const spec = defaulted({ containers: [{ name: "c", image: "x", resources: { requests: { cpu: "100u", memory: "1.5Gi" } } }] });
    expect(spec.containers[0].resources.requests).toEqual({ cpu: "1m", memory: "1536Mi" });
  });

  it("gives a volume without a source an emptyDir, and volume sources their modes", () => {
    const spec = defaulted({ containers: [], volumes: [{ name: "a" }, { name: "b", configMap: { name: "cm" } }, { name: "h", hostPath: { path: "/x" } }] });
    expect(spec.volumes).toEqual([
      { name: "a", emptyDir: {} },
      { name: "b", configMap: { name: "cm", defaultMode: 420 } },
      { name: "h", hostPath: { path: "/x", type: "" } },
    ]);
  });

  it("defaults a fieldRef's apiVersion", () => {
    const spec = defaulted({ containers: [{ name: "c", image: "x", env: [{ name: "N", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }] }] });
    expect(spec.containers[0].env[0].valueFrom.fieldRef).toEqual({ fieldPath: "metadata.name", apiVersion: "v1" });
  });
});
