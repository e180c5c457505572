/** The scenario the playground opens with: the docs' exec liveness probe, killed and restarted. */
export const DEFAULT_SCENARIO = `# The Kubernetes docs' exec liveness example
# (content/en/examples/pods/probe/exec-liveness.yaml): the file /tmp/healthy
# disappears after 30 s, the liveness probe fails three times, the kubelet
# kills the container and starts it again.
apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox:1.27.2
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
---
# podplay's own document: how long to simulate (and, optionally, scripted actions).
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
`;
