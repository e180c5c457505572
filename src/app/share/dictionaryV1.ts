/**
 * The preset deflate dictionary of share-link format v1: snippets that most scenarios repeat, so
 * even a short link compresses well (about 30% shorter for the built-in examples).
 *
 * FROZEN. Links already shared were compressed against these exact bytes; changing one character
 * breaks every v1 link. A better dictionary is a new format version (see migrations.ts), and
 * dictionaryV1.test.ts pins this text's length and checksum so an edit is caught.
 *
 * Deflate finds matches up to 32 KiB back and shorter distances cost fewer bits, so the most
 * common text sits at the end.
 */
export const DICTIONARY_V1 = `\
{"t":0,"l":"ko","y":{"v":"nodemap","e":0.5}}
  restartPolicy: OnFailure
  terminationGracePeriodSeconds: 30
      resources:
        requests: {cpu: 100m, memory: 128Mi}
        limits: {cpu: 500m, memory: 256Mi}
    command: ["sh", "-c", "sleep 3600"]
    args:
    env:
    - name: 
      value: 
    lifecycle:
      preStop:
        exec:
          command: 
    startupProbe:
      failureThreshold: 30
    readinessProbe:
      httpGet:
        path: /healthz
        port: 8080
      initialDelaySeconds: 5
      periodSeconds: 10
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      tcpSocket:
        port: 80
      timeoutSeconds: 1
  initContainers:
  - name: init
    image: busybox:1.28
    ports:
    - containerPort: 80
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 5m
  nodes:
  behaviors:
  - image: 
  actions:
  - at: 60s
    apply:
    nodeDown: node-2
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - protocol: TCP
    port: 80
    targetPort: 8080
---
{"t":0,"l":"en","y":{"v":"timeline","e":0.38}}
apiVersion: v1
kind: Pod
metadata:
  name: 
  labels:
    app: 
spec:
  containers:
  - name: app
    image: nginx:1.27
`;
