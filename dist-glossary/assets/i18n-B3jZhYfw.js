const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/lessons-B_70sp_N.js","assets/rolldown-runtime-XKyaHtl9.js","assets/challenges-4vqvA2Av.js"])))=>i.map(i=>d[i]);
import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{i as t,n,r}from"./jsx-runtime-BGamfnQj.js";import{t as i}from"./preload-helper-7y9sWmk5.js";var a=e(t(),1),o=e=>{let t,n=new Set,r=(e,r)=>{let i=typeof e==`function`?e(t):e;if(!Object.is(i,t)){let e=t;t=r??(typeof i!=`object`||!i)?i:Object.assign({},t,i),n.forEach(n=>n(t,e))}},i=()=>t,a={setState:r,getState:i,getInitialState:()=>o,subscribe:e=>(n.add(e),()=>n.delete(e))},o=t=e(r,i,a);return a},s=(e=>e?o(e):o),c=e=>e;function ee(e,t=c){let n=a.useSyncExternalStore(e.subscribe,a.useCallback(()=>t(e.getState()),[e,t]),()=>t(e.getInitialState()));return a.useDebugValue(n),n}var l=e=>{let t=s(e),n=e=>ee(t,e);return Object.assign(n,t),n},u=(e=>e?l(e):l),d=[.25,.5,1,2,5,10,25,50,100],f=u()(()=>({text:``,locale:`en`,theme:`light`,view:void 0,diagnostics:[],infos:[],engine:{state:`idle`},t:0,playing:!1,speed:5,selection:void 0,highlight:[],editorFields:[],editorShare:.38,helpOpen:!1,mainView:`timeline`,lessonId:void 0,presenter:!1,reveal:`asItHappens`,kubectlTab:`watch`,logsFlags:{previous:!1,timestamps:!1},challenge:void 0,challengeView:void 0,editorCollapsed:!1})),p=e=>e.t,m=e=>e.view?.trace,h=e=>e.locale,g=e=>e.selection,_=e=>e.highlight,v=e=>e.playing,y=e=>e.speed,te=e=>e.view?.trace.until??0,b=e=>e.reveal===`asItHappens`||e.presenter||e.lessonId!==void 0,ne=e=>b(e)?e.t:1/0,re=`# Source: kubernetes/website content/en/examples/pods/probe/exec-liveness.yaml
# Shown on: content/en/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes.md
#           ("Define a liveness command")
# Test input copied verbatim from the current docs example (image registry.k8s.io/busybox:1.27.2).
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
`,ie=`# A container that exits 1 at once under restartPolicy Always: the first restart is immediate,
# then the kubelet's crash-loop back-off waits 10 s, 20 s, 40 s … (capped at 300 s) after each exit.
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo starting; exit 1"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 10m
`,ae=`# The docs' init container example (concepts/workloads/pods/init-containers.md): the Pod waits
# in Init:0/2 until the Services it looks up exist; a scripted apply creates them at 60 s.
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 60s
    apply:
    - apiVersion: v1
      kind: Service
      metadata:
        name: myservice
      spec:
        ports:
        - protocol: TCP
          port: 80
          targetPort: 9376
    - apiVersion: v1
      kind: Service
      metadata:
        name: mydb
      spec:
        ports:
        - protocol: TCP
          port: 80
          targetPort: 9377
`,oe=`# The docs' lifecycle hooks example (tasks/configure-pod-container/attach-handler-lifecycle-event.md),
# deleted at 30 s: the preStop hook asks nginx to quit, so the Pod is gone long before the 30 s grace.
apiVersion: v1
kind: Pod
metadata:
  name: lifecycle-demo
spec:
  containers:
  - name: lifecycle-demo-container
    image: nginx
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
      preStop:
        exec:
          command: ["/bin/sh","-c","nginx -s quit; while killall -0 nginx; do sleep 1; done"]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 60s
  actions:
  - at: 30s
    delete:
      pod: lifecycle-demo
`,se=`# A custom image podplay does not know, described by a Scenario behaviour: it listens on 8080
# after 5 s and its /healthz starts answering 500 at 40 s, so the liveness probe restarts it.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: example.com/shop/web:2.1
    ports:
    - containerPort: 8080
    readinessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 5
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      initialDelaySeconds: 10
      periodSeconds: 5
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  images:
  - image: example.com/shop/web:2.1
    pullSeconds: 4
  behaviors:
  - image: example.com/shop/web:2.1
    listens:
    - port: 8080
      after: 5s
    http:
    - path: /healthz
      responses:
      - after: 0s
        status: 200
      - after: 40s
        status: 500
`,ce=`# The docs' nginx Deployment (content/en/examples/controllers/nginx-deployment.yaml), updated at
# 30 s as in "Updating a Deployment": kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1.
# With 3 replicas the defaults (maxSurge 25% rounded up, maxUnavailable 25% rounded down) allow
# one extra pod and none unavailable: at most 4 pods, at least 3 available.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app.kubernetes.io/name: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 2m
  actions:
  - at: 30s
    setImage:
      deployment: nginx-deployment
      container: nginx
      image: nginx:1.16.1
`,le=`# Fifty pods: web servers with probes, a few crash loops and slow starters, for a busy timeline.
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 10m
  node:
    name: node-1
    cpu: "64"
    memory: 256Gi
    pods: 110
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-00
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-01
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-02
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-03
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 8; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-04
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 44; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-05
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-06
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-07
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-08
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 6; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-09
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 49; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-10
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-11
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-12
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-13
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 11; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-14
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 54; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-15
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-16
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-17
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-18
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 9; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-19
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 59; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-20
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-21
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-22
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-23
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 7; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-24
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 64; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-25
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-26
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-27
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-28
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 5; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-29
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 69; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-30
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-31
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-32
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-33
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 10; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-34
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 74; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-35
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-36
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-37
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-38
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 8; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-39
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 79; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-40
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-41
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-42
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-43
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 6; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-44
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 84; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-45
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 3
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-46
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 4
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-47
  labels:
    app: demo
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-48
  labels:
    app: demo
spec:
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 11; exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-49
  labels:
    app: demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "touch /tmp/ok; sleep 89; rm -f /tmp/ok; sleep 3600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/ok"]
      periodSeconds: 5
`,ue=`# Two Deployments on two nodes. node-2 fails at 30 s: after the 300 s eviction its pods are
# replaced on node-1. node-2 is replaced by node-3 at 400 s, which stays empty: nothing moves by
# itself. At 500 s the descheduler's RemoveDuplicates evicts one duplicate of each ReplicaSet
# from node-1, and the scheduler places the replacements on the empty node.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 500m, memory: 256Mi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  replicas: 2
  selector:
    matchLabels: {app: b}
  template:
    metadata:
      labels: {app: b}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 500m, memory: 256Mi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 10m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 30s
    nodeDown: node-2
  - at: 400s
    addNode:
      name: node-3
  - at: 500s
    deschedule:
      removeDuplicates: true
`,de=`# The two-node story (control-plane.md, worked scenario (a), variant H): pods requesting 25% of a
# node. node-2 fails at 100 s; after the 300 s toleration its pods are replaced on node-1; the
# machine comes back at 600 s and nothing moves. The rolling update of \`a\` at 700 s cannot fit the
# second new pod on node-1 while the old one terminates, so A,A end on node-2 and B,B on node-1.
# The descheduler's RemoveDuplicates at 900 s rebalances.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  replicas: 2
  selector:
    matchLabels: {app: b}
  template:
    metadata:
      labels: {app: b}
    spec:
      containers:
      - name: app
        image: httpd:2.4
        resources:
          requests: {cpu: 500m, memory: 1Gi}
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 20m
  nodes:
  - {name: node-1, cpu: "2", memory: 4Gi}
  - {name: node-2, cpu: "2", memory: 4Gi}
  actions:
  - at: 100s
    nodeDown: node-2
  - at: 600s
    nodeUp: node-2
  - at: 700s
    setImage: {deployment: a, container: app, image: "nginx:1.28"}
  - at: 900s
    deschedule:
      removeDuplicates: true
`,fe=`# The two-node story's light variant (control-plane.md, worked scenario (a), variant L): the same
# steps with BestEffort pods (the scheduler counts 100m/200Mi). After the node failure B,B and A,A
# sit on node-1 as in the heavy variant, but the rolling update of \`a\` re-spreads it by itself:
# the second new pod fits node-1 and PodTopologySpread's default constraints outweigh
# LeastAllocated. Only B stays doubled, and RemoveDuplicates evicts one B.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  replicas: 2
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
      - name: app
        image: nginx:1.27
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  replicas: 2
  selector:
    matchLabels: {app: b}
  template:
    metadata:
      labels: {app: b}
    spec:
      containers:
      - name: app
        image: httpd:2.4
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 20m
  nodes:
  - {name: node-1, cpu: "2", memory: 4Gi}
  - {name: node-2, cpu: "2", memory: 4Gi}
  actions:
  - at: 100s
    nodeDown: node-2
  - at: 600s
    nodeUp: node-2
  - at: 700s
    setImage: {deployment: a, container: app, image: "nginx:1.28"}
  - at: 900s
    deschedule:
      removeDuplicates: true
`,pe=`# A readiness failure takes a pod out of its Service and a recovery puts it back (control-plane.md
# §4 EndpointSlices: ready = the pod's Ready condition; kubelet.md readiness probing). web-1's
# nginx answers 500 from 60 s to 120 s; the container is never restarted.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: web-1
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
      failureThreshold: 3
---
apiVersion: v1
kind: Pod
metadata:
  name: web-2
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
      failureThreshold: 3
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  actions:
  - at: 60s
    http: {pod: web-1, path: /, status: 500}
  - at: 120s
    http: {pod: web-1, path: /, status: 200}
`,x=`# The Kubernetes docs' exec liveness example
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
`,S=[{id:`default`,text:x},{id:`execLiveness`,text:re},{id:`crashLoop`,text:ie},{id:`initServices`,text:ae},{id:`prestop`,text:oe},{id:`customApp`,text:se},{id:`rollingUpdate`,text:ce},{id:`fiftyPods`,text:le},{id:`twoNodes`,text:ue},{id:`storyHeavy`,text:de},{id:`storyLight`,text:fe},{id:`readinessService`,text:pe}],C=f.setState,w=f.getState;function T(e){C({text:e})}function E(e){C({locale:e});let{lessonId:t}=w();t&&Promise.all([i(()=>import(`./lessons-B_70sp_N.js`).then(e=>e.r),__vite__mapDeps([0,1])),i(()=>import(`./comments-Cp56hZ_s.js`),[])]).then(([{lessonById:n},{lessonYaml:r,lessonYamls:i}])=>{let a=n(t),o=w();if(!a||o.lessonId!==t||o.locale!==e||!i(a).includes(o.text))return;let s=r(a,e);s!==o.text&&C({text:s})})}function D(e){C({theme:e})}function O(e){C({view:e,t:Math.min(w().t,e.trace.until),diagnostics:e.errors,infos:e.infos,engine:{state:`idle`}})}function k(e){let t=w().view?.trace.until??0;C({t:Math.max(0,Math.min(t,e))})}function A(){let e=w();e.view&&e.t>=e.view.trace.until&&C({t:0}),C({playing:!0})}function j(){C({playing:!1})}function M(){w().playing?j():A()}function N(e){C({speed:e})}function P(e){C({selection:e,highlight:[],editorFields:[]})}function F(e,t){j(),P(e),k(t)}function I(e){C({reveal:e})}function L(e){C({kubectlTab:e})}function R(e){C(t=>({logsFlags:{...t.logsFlags,...e}}))}function z(e){C({editorCollapsed:e})}function B(e){C({highlight:e})}function me(e){C({editorFields:e})}function he(e){C({editorShare:Math.max(.2,Math.min(.7,e))})}function ge(e){C({helpOpen:e})}function _e(e){C({mainView:e})}function ve(e){let t=[];for(let n of e.entries)t[t.length-1]!==n.t&&t.push(n.t);return t}var V,H=[];function U(){let e=w().view?.trace;return e?(e!==V&&(V=e,H=ve(e)),H):[]}function W(e){return e.type===`event`?e.event.object.kind===`Pod`?e.event.type===`Warning`?5:4:2:e.type===`runtime`||e.ref.kind===`Pod`?3:1}function ye(e,t){let n=e.entries,r=0,i=n.length;for(;r<i;){let e=r+i>>1;n[e].t<t-1e-9?r=e+1:i=e}let a;for(let e=r;e<n.length&&n[e].t<=t+1e-9;e++)(!a||W(n[e])>W(a))&&(a=n[e]);return a?.id}function G(e){let t=w().view?.trace,n=t?ye(t,e):void 0;n===void 0?(j(),k(e)):F({kind:`entry`,id:n},e)}function be(){let e=w().t;G(U().find(t=>t>e+1e-9)??w().view?.trace.until??0)}function xe(){let e=w().t,t=U(),n=0;for(let r of t)r<e-1e-9&&(n=r);G(n)}function Se(){j(),k(0)}function Ce(){j(),k(w().view?.trace.until??0)}var K=new Set;function we(e,t){return e.trim()!==``&&!t.includes(e)}function q(e=w().text){return we(e,[...S.map(e=>e.text),...K])}var J=()=>{};function Te(e){J=e}function Y(e,t,n=`other`){J(w().text,e,n),C({text:e,lessonId:t,t:0,playing:!1,selection:void 0,highlight:[],editorFields:[],challenge:void 0})}async function Ee(e,t=()=>!0){let[{lessonById:n,LESSONS:r},{lessonYaml:a,lessonYamls:o}]=await Promise.all([i(()=>import(`./lessons-B_70sp_N.js`).then(e=>e.r),__vite__mapDeps([0,1])),i(()=>import(`./comments-Cp56hZ_s.js`),[])]),s=n(e);if(!s)return!1;for(let e of r)for(let t of o(e))K.add(t);return!o(s).includes(w().text)&&q()&&!t()?!1:(Y(a(s,w().locale),s.id,`lesson`),!0)}function De(){C({lessonId:void 0})}var X=new Set;async function Oe(e,t=()=>!0){let{challengeById:n,CHALLENGES:r}=await i(async()=>{let{challengeById:e,CHALLENGES:t}=await import(`./challenges-4vqvA2Av.js`).then(e=>e.r);return{challengeById:e,CHALLENGES:t}},__vite__mapDeps([2,1])),a=n(e);if(!a)return!1;for(let e of r)X.add(e.yaml);let o=w().text;return o!==a.yaml&&q()&&!X.has(o)&&!t()?!1:(Y(a.yaml,void 0,`example`),C({challenge:{id:a.id,source:a.yaml},challengeView:void 0}),!0)}function ke(e){C({challenge:{source:e}})}function Ae(){C({challenge:void 0})}var je=r(`shell`,{title:`podplay`,tagline:`How Kubernetes runs a Pod`,version:`Simulates Kubernetes {version}`,language:`Language`,theme:`Theme`,themeLight:`Light`,themeDark:`Dark`,help:`Keyboard shortcuts`,examples:`Examples`,loadExample:`Load example`,confirmReplace:`Replace your edits with this example? Your text is kept: "Restore my previous text" brings it back.`,editorRegion:`Scenario editor`,resize:`Resize the editor`,play:`Play`,pause:`Pause`,stepBack:`Step back`,stepForward:`Step forward`,toStart:`Jump to start`,toEnd:`Jump to end`,speed:`Speed`,time:`Time`,jumpTo:`Jump to time`,jumpHint:`Type 90, 1:30 or 1m30s, then Enter`,jumpInvalid:`Not a time: type seconds (90), a clock (1:30) or a duration (1m30s)`,reveal:`What the views show`,revealAsItHappens:`As it happens`,revealWholeRun:`Whole run`,revealForced:`Lessons and presenter mode show the story as it happens`,scrub:`Playhead`,of:`of {total}`,kubectl:`kubectl`,tabWatch:`get pods -w`,tabDescribe:`describe pod`,tabEvents:`get events`,tabLogs:`logs`,logsOptions:`kubectl logs options`,initContainer:`(init)`,newestRow:`The newest row at the playhead`,noPod:`No pod selected. Click a pod on the timeline.`,tools:`Lessons, teaching and sharing`,earlierLines:`   … {count} earlier lines (export the transcript for all of them)`,podGone:`pod "{name}" does not exist at this time`,engineRunning:`Simulating…`,engineDone:`Simulated {until} s in {ms} ms`,watchdog:`The simulation ran longer than {seconds} s and was stopped; the worker was restarted. The picture below is from your last good text. Shorten spec.duration or simulate fewer pods.`,crashed:`The simulator failed on this input: {message}. The picture below is from your last good text.`,problems:`Problems`,problemAt:`Line {line}, column {column}`,staleNote:`The text has errors; the picture shows your last good version.`,rejectedDoc:`Document {n} ({what}) was rejected.`,rejectedDocUnnamed:`Document {n} was rejected.`,notes:`Notes`,truncated:`Stopped early`,interventions:`Interventions`,interventionsHint:`Select a pod or container on the timeline to act on it.`,crash:`Crash {container} at {time}`,exitCode:`Exit code`,probeFail:`Make {probe} probe fail at {time}`,probePass:`Make {probe} probe pass at {time}`,deletePod:`Delete pod at {time}`,actsAt:`Acts at the playhead, {time}: move it (or click a change) to act at another moment.`,atTime:`at {time}`,actionAdded:`Added an action at {time} to the Scenario (undo with Ctrl+Z in the editor).`,helpTitle:`Keyboard shortcuts`,helpClose:`Close`,keyPlay:`Play or pause`,keyStep:`Previous or next change`,keyEnds:`Start or end`,keyHelp:`Show this help`,keySpeed:`Slower or faster`,keyZoom:`Zoom the timeline in, out, reset`,keyEditor:`In the editor, Ctrl+M lets Tab move focus out`,loading:`Loading the editor…`,why:`Why`,views:`Views`,viewTimeline:`Timeline`,viewNodeMap:`Node map`,skipToViews:`Skip to the timeline`,leftTabs:`Lesson and editor`,sidePanels:`Why, Services and interventions`,startHintPlay:`Play`,startHint:`The story is drawn as it happens. Press Play (Space), step with → or click “Whole run”.`,leftLesson:`Lesson`,leftEditor:`Editor`,phoneStory:`Story`,hideEditor:`Fold the editor away to give the views the whole width`,hideEditorShort:`Hide`,showEditor:`Show the editor`,showLessonEditor:`Show the lesson and the editor`,"example.default":`Exec liveness probe (default)`,"example.execLiveness":`Exec liveness probe (docs manifest only)`,"example.crashLoop":`Crash loop: exit 1`,"example.initServices":`Init containers wait for Services`,"example.prestop":`preStop hook on delete`,"example.customApp":`Custom app with failing /healthz`,"example.rollingUpdate":`Deployment rolling update`,"example.fiftyPods":`Fifty pods`,"example.twoNodes":`Two nodes: failure and the descheduler`,"example.storyHeavy":`The two-node story: it happens (big pods)`,"example.storyLight":`The two-node story: it does not (small pods)`,"example.readinessService":`Readiness takes a pod out of a Service`},{title:`podplay`,tagline:`쿠버네티스가 파드를 실행하는 방식`,version:`쿠버네티스 {version} 시뮬레이션`,language:`언어`,theme:`테마`,themeLight:`밝게`,themeDark:`어둡게`,help:`단축키`,examples:`예제`,loadExample:`예제 불러오기`,confirmReplace:`편집한 내용을 이 예제로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.`,editorRegion:`시나리오 편집기`,resize:`편집기 크기 조절`,play:`재생`,pause:`일시 정지`,stepBack:`이전 변화`,stepForward:`다음 변화`,toStart:`처음으로`,toEnd:`끝으로`,speed:`속도`,time:`시간`,jumpTo:`시간으로 이동`,jumpHint:`90, 1:30, 1m30s처럼 입력하고 Enter`,jumpInvalid:`시간이 아닙니다: 초(90), 시각(1:30), 기간(1m30s)으로 입력하세요`,reveal:`화면에 보일 범위`,revealAsItHappens:`일어나는 대로`,revealWholeRun:`전체 실행`,revealForced:`레슨과 발표 모드에서는 일어나는 순서대로만 보여 줍니다`,scrub:`재생 위치`,of:`/ {total}`,kubectl:`kubectl`,tabWatch:`get pods -w`,tabDescribe:`describe pod`,tabEvents:`get events`,tabLogs:`logs`,logsOptions:`kubectl logs 옵션`,initContainer:`(init)`,newestRow:`재생 위치에서 가장 최근 행`,noPod:`선택한 파드가 없습니다. 타임라인에서 파드를 클릭하세요.`,tools:`레슨, 수업, 공유`,earlierLines:`   … 앞의 {count}줄 생략 (전체는 기록 내보내기로 받을 수 있습니다)`,podGone:`이 시점에는 "{name}" 파드가 없습니다`,engineRunning:`시뮬레이션 중…`,engineDone:`{until}초를 {ms}ms 만에 시뮬레이션했습니다`,watchdog:`시뮬레이션이 {seconds}초를 넘겨 중단했고 워커를 다시 시작했습니다. 아래 화면은 마지막으로 올바르던 텍스트의 결과입니다. spec.duration을 줄이거나 파드 수를 줄이세요.`,crashed:`이 입력에서 시뮬레이터가 실패했습니다: {message}. 아래 화면은 마지막으로 올바르던 텍스트의 결과입니다.`,problems:`문제`,problemAt:`{line}행 {column}열`,staleNote:`텍스트에 오류가 있어 마지막으로 올바르던 버전의 결과를 보여 줍니다.`,rejectedDoc:`{n}번째 문서({what})가 거부되었습니다.`,rejectedDocUnnamed:`{n}번째 문서가 거부되었습니다.`,notes:`참고`,truncated:`일찍 멈춤`,interventions:`개입`,interventionsHint:`타임라인에서 파드나 컨테이너를 선택하면 조작할 수 있습니다.`,crash:`{time}에 {container} 강제 종료`,exitCode:`종료 코드`,probeFail:`{time}에 {probe} 프로브 실패시키기`,probePass:`{time}에 {probe} 프로브 성공시키기`,deletePod:`{time}에 파드 삭제`,actsAt:`재생 위치({time})에서 실행됩니다. 다른 시점에서 하려면 재생 위치를 옮기거나 변화를 클릭하세요.`,atTime:`{time}에`,actionAdded:`시나리오에 {time} 시점의 동작을 추가했습니다(편집기에서 Ctrl+Z로 되돌리기).`,helpTitle:`단축키`,helpClose:`닫기`,keyPlay:`재생 또는 일시 정지`,keyStep:`이전 또는 다음 변화`,keyEnds:`처음 또는 끝`,keyHelp:`이 도움말 보기`,keySpeed:`느리게 또는 빠르게`,keyZoom:`타임라인 확대, 축소, 초기화`,keyEditor:`편집기에서 Ctrl+M을 누르면 Tab으로 포커스를 옮길 수 있습니다`,loading:`편집기를 불러오는 중…`,why:`이유`,views:`보기`,viewTimeline:`타임라인`,viewNodeMap:`노드 맵`,skipToViews:`타임라인으로 건너뛰기`,leftTabs:`레슨과 편집기`,sidePanels:`이유, 서비스, 개입`,startHintPlay:`재생`,startHint:`일어나는 순서대로 그려집니다. 재생(Space)을 누르거나 →로 한 단계씩 보거나 ‘전체 실행’을 고르세요.`,leftLesson:`레슨`,leftEditor:`편집기`,phoneStory:`진행 상황`,hideEditor:`편집기를 접어 보기 화면을 넓게 씁니다`,hideEditorShort:`접기`,showEditor:`편집기 보기`,showLessonEditor:`레슨과 편집기 보기`,"example.default":`exec 활성 프로브(기본)`,"example.execLiveness":`exec 활성 프로브(문서 매니페스트만)`,"example.crashLoop":`크래시 루프: exit 1`,"example.initServices":`서비스를 기다리는 초기화 컨테이너`,"example.prestop":`삭제할 때의 preStop 훅`,"example.customApp":`/healthz가 실패하는 사용자 앱`,"example.rollingUpdate":`디플로이먼트 롤링 업데이트`,"example.fiftyPods":`파드 50개`,"example.twoNodes":`노드 두 개: 장애와 디스케줄러`,"example.storyHeavy":`노드 두 개 이야기: 재현되는 경우 (큰 Pod)`,"example.storyLight":`노드 두 개 이야기: 재현되지 않는 경우 (작은 Pod)`,"example.readinessService":`준비성 프로브 실패로 서비스에서 빠지는 파드`}),Me=r(`timeline`,{label:`Timeline`,empty:`Nothing simulated yet: the timeline appears after a run.`,noPods:`This run has no pods.`,chart:`Lanes for {pods} pods from 0 to {until}; the text below describes the state at the playhead.`,toolbar:`Timeline zoom`,zoomIn:`Zoom in`,zoomOut:`Zoom out`,zoomReset:`Show the whole run`,panEarlier:`Show earlier`,panLater:`Show later`,hint:`Wheel over the time axis, or pinch (Ctrl + wheel) over the lanes, to zoom. Drag the lanes to pan; drag the axis to move the playhead.`,axis:`Time axis: drag to move the playhead`,lanes:`Pods and containers`,lanesRegion:`Timeline lanes`,legend:`Legend`,"legend.event":`event`,"legend.warning":`warning event`,"legend.restart":`restart`,"legend.hook":`kill or hook`,"legend.probeOk":`probe success`,"legend.probeFail":`probe failure`,"legend.error":`error (hatched)`,"kind.init":`init`,"kind.sidecar":`sidecar`,"kind.regular":`container`,selectPod:`Pod {name}`,selectContainer:`{kind} container {name}`,selectRegular:`Container {name}`,"probe.liveness":`liveness probe`,"probe.readiness":`readiness probe`,"probe.startup":`startup probe`,"dur.s":`{s}s`,"dur.m":`{m}m`,"dur.ms":`{m}m{s}s`,"dur.h":`{h}h`,"dur.hm":`{h}h{m}m`,time:`{s} s`,"span.runningReady":`Running (ready)`,"span.runningNotReady":`Running (not ready)`,"span.terminated":`{reason} ({code})`,"span.waitingDelay":`{reason} {delay}`,"span.terminating":`Terminating`,"span.grace":`grace {d}`,"span.backoff":`back-off {d}`,"span.backoffPlain":`back-off`,"span.pullBackoff":`pull back-off {d}`,"span.pulling":`pulling {image}`,"span.pulled":`pulled {image}`,"span.pullFailed":`pull failed: {image}`,"tip.at":`at {time}`,"tip.range":`{from} → {to} ({dur})`,"tip.ongoing":`still going when the run ends`,"tip.phase":`Pod phase: {phase}`,"tip.terminating":`Terminating: deletionTimestamp is set (phase {phase})`,"tip.condition":`Condition {type}: {status}`,"tip.reason":`Reason: {reason}`,"tip.message":`Message: {message}`,"tip.waiting":`Waiting: {reason}`,"tip.runningReady":`Running, ready`,"tip.runningNotReady":`Running, not ready`,"tip.notStarted":`The startup probe has not passed yet`,"tip.terminated":`Terminated: {reason}, exit code {code}`,"tip.restartCount":`restartCount {n}`,"tip.grace":`Grace period {d}: SIGKILL is due at {deadline}`,"tip.graceEnd":`The container exited after {d}`,"tip.backoffRestart":`Crash-loop back-off: the kubelet waits {d} before it restarts the container`,"tip.backoffRestartPlain":`Crash-loop back-off: the kubelet waits before it restarts the container`,"tip.backoffImage":`Image pull back-off: the kubelet waits {d} before it pulls again`,"tip.backoffImagePlain":`Image pull back-off: the kubelet waits before it pulls again`,"tip.pull":`Image pull: {image}`,"tip.pullFailed":`The pull failed`,"tip.event":`Event: {type} {reason}`,"tip.restart":`Restart: container instance #{n} started`,"tip.kill":`Killing: the kubelet stops the container`,"tip.preStop":`Its preStop hook runs first, inside the grace period`,"tip.hookFailed":`The {hook} hook failed`,"tip.deletion":`Delete requested, grace period {d}`,"tip.deletionPlain":`Delete requested`,"tip.removed":`The pod object is removed from the API`,"tip.probeSuccess":`{probe}: success`,"tip.probeFailure":`{probe}: failure`,"tip.probeCount":`{n} in a row, threshold {threshold}`,"tip.probeOutput":`Output: {output}`,"tip.entry":`Trace entry #{id}`,"live.at":`At {time}:`,"live.noPods":`No pods exist at {time}.`,"live.pod":`{name}: {phase}, {ready}/{total} ready`,"live.container":`{kind} {name} {state}`,"live.kind.init":`init container`,"live.kind.sidecar":`sidecar container`,"live.kind.regular":`container`,"live.running":`Running since {since}`,"live.notReady":`not ready`,"live.waiting":`Waiting ({reason})`,"live.terminated":`Terminated ({reason}, exit code {code})`,"live.noState":`has no status yet`,"live.restartsOne":`1 restart`,"live.restartsOther":`{n} restarts`,"live.more":`And {n} more pods.`,conditions:`conditions`,conditionsShow:`Show the four conditions of {name}`,conditionsHide:`Fold the conditions of {name}`,"span.summaryAll":`Ready · 4/4 True`,"span.summaryBlocked":`{passed}/4 · {type}={status}`,"span.summaryAbsent":`{passed}/4 · no {type} yet`,"tip.summary":`{passed} of the 4 conditions True, in order (PodScheduled → Initialized → ContainersReady → Ready)`,"tip.summaryAll":`All four conditions are True: the pod is Ready`,"tip.summaryAbsent":`{type} is not set yet`,"tip.unfold":`Unfold the conditions lane to see each one`,moments:`Key moments`,moment:`Key moment at {time}: {label}`,momentNext:`Next key moment, at {time} (what happens is not shown yet)`,notYet:`No pod exists yet at {time}: lanes appear as pods are created.`,building:`Preparing the timeline… {pct}%`,lanesHelp:`Up and Down move between lanes; Left and Right step through the focused lane's changes (the playhead follows); Enter selects.`,announce:`Selected: {what}, {at}.`},{label:`타임라인`,empty:`아직 시뮬레이션 결과가 없습니다. 실행하면 타임라인이 나타납니다.`,noPods:`이번 실행에는 파드가 없습니다.`,chart:`파드 {pods}개의 레인, 0부터 {until}까지. 재생 위치의 상태는 아래 글로 설명합니다.`,toolbar:`타임라인 확대/축소`,zoomIn:`확대`,zoomOut:`축소`,zoomReset:`실행 전체 보기`,panEarlier:`앞 구간 보기`,panLater:`뒤 구간 보기`,hint:`시간 축 위에서 휠을 돌리거나 레인 위에서 핀치(Ctrl + 휠)하면 확대·축소됩니다. 레인을 끌면 이동하고, 축을 끌면 재생 위치가 바뀝니다.`,axis:`시간 축: 끌어서 재생 위치 이동`,lanes:`파드와 컨테이너`,lanesRegion:`타임라인 레인`,legend:`범례`,"legend.event":`이벤트`,"legend.warning":`경고 이벤트`,"legend.restart":`재시작`,"legend.hook":`종료 또는 훅`,"legend.probeOk":`프로브 성공`,"legend.probeFail":`프로브 실패`,"legend.error":`오류 (빗금)`,"kind.init":`초기화`,"kind.sidecar":`사이드카`,"kind.regular":`컨테이너`,selectPod:`파드 {name}`,selectContainer:`{kind} 컨테이너 {name}`,selectRegular:`컨테이너 {name}`,"probe.liveness":`활성 프로브`,"probe.readiness":`준비성 프로브`,"probe.startup":`시작 프로브`,"dur.s":`{s}초`,"dur.m":`{m}분`,"dur.ms":`{m}분 {s}초`,"dur.h":`{h}시간`,"dur.hm":`{h}시간 {m}분`,time:`{s}초`,"span.runningReady":`Running (준비됨)`,"span.runningNotReady":`Running (준비되지 않음)`,"span.terminated":`{reason} ({code})`,"span.waitingDelay":`{reason} {delay}`,"span.terminating":`Terminating`,"span.grace":`유예 {d}`,"span.backoff":`백오프 {d}`,"span.backoffPlain":`백오프`,"span.pullBackoff":`풀 백오프 {d}`,"span.pulling":`{image} 풀링 중`,"span.pulled":`{image} 풀 완료`,"span.pullFailed":`풀 실패: {image}`,"tip.at":`{time} 시점`,"tip.range":`{from} → {to} ({dur})`,"tip.ongoing":`실행이 끝날 때까지 계속됨`,"tip.phase":`파드 단계(phase): {phase}`,"tip.terminating":`종료 중: deletionTimestamp가 설정됨 (단계 {phase})`,"tip.condition":`컨디션 {type}: {status}`,"tip.reason":`이유: {reason}`,"tip.message":`메시지: {message}`,"tip.waiting":`대기 중(Waiting): {reason}`,"tip.runningReady":`실행 중(Running), 준비됨`,"tip.runningNotReady":`실행 중(Running), 준비되지 않음`,"tip.notStarted":`시작 프로브를 아직 통과하지 못했습니다`,"tip.terminated":`종료됨(Terminated): {reason}, 종료 코드 {code}`,"tip.restartCount":`restartCount {n}`,"tip.grace":`유예 기간 {d}: {deadline}에 SIGKILL 예정`,"tip.graceEnd":`{d} 뒤에 컨테이너가 종료됨`,"tip.backoffRestart":`크래시 루프 백오프: kubelet이 컨테이너를 다시 시작하기 전에 {d} 기다립니다`,"tip.backoffRestartPlain":`크래시 루프 백오프: kubelet이 컨테이너를 다시 시작하기 전에 기다립니다`,"tip.backoffImage":`이미지 풀 백오프: kubelet이 다시 풀하기 전에 {d} 기다립니다`,"tip.backoffImagePlain":`이미지 풀 백오프: kubelet이 다시 풀하기 전에 기다립니다`,"tip.pull":`이미지 풀: {image}`,"tip.pullFailed":`풀에 실패했습니다`,"tip.event":`이벤트: {type} {reason}`,"tip.restart":`재시작: 컨테이너 인스턴스 #{n} 시작`,"tip.kill":`Killing: kubelet이 컨테이너를 중지합니다`,"tip.preStop":`유예 기간 안에서 preStop 훅이 먼저 실행됩니다`,"tip.hookFailed":`{hook} 훅이 실패했습니다`,"tip.deletion":`삭제 요청됨, 유예 기간 {d}`,"tip.deletionPlain":`삭제 요청됨`,"tip.removed":`파드 오브젝트가 API에서 제거됩니다`,"tip.probeSuccess":`{probe}: 성공`,"tip.probeFailure":`{probe}: 실패`,"tip.probeCount":`연속 {n}회, 임계값 {threshold}`,"tip.probeOutput":`출력: {output}`,"tip.entry":`트레이스 항목 #{id}`,"live.at":`{time} 시점:`,"live.noPods":`{time}에는 파드가 없습니다.`,"live.pod":`{name}: {phase}, {ready}/{total} 준비됨`,"live.container":`{kind} {name}: {state}`,"live.kind.init":`초기화 컨테이너`,"live.kind.sidecar":`사이드카 컨테이너`,"live.kind.regular":`컨테이너`,"live.running":`Running ({since}째)`,"live.notReady":`준비되지 않음`,"live.waiting":`Waiting ({reason})`,"live.terminated":`Terminated ({reason}, 종료 코드 {code})`,"live.noState":`아직 상태 없음`,"live.restartsOne":`재시작 1회`,"live.restartsOther":`재시작 {n}회`,"live.more":`그 밖의 파드 {n}개.`,conditions:`컨디션`,conditionsShow:`{name}의 컨디션 4개 펼치기`,conditionsHide:`{name}의 컨디션 접기`,"span.summaryAll":`Ready · 4/4 True`,"span.summaryBlocked":`{passed}/4 · {type}={status}`,"span.summaryAbsent":`{passed}/4 · {type} 아직 없음`,"tip.summary":`컨디션 4개 중 순서대로 {passed}개가 True (PodScheduled → Initialized → ContainersReady → Ready)`,"tip.summaryAll":`컨디션 4개가 모두 True: 파드가 Ready입니다`,"tip.summaryAbsent":`{type}이(가) 아직 설정되지 않았습니다`,"tip.unfold":`컨디션 레인을 펼치면 하나씩 볼 수 있습니다`,moments:`주요 순간`,moment:`{time} 주요 순간: {label}`,momentNext:`다음 주요 순간, {time} (무슨 일이 일어나는지는 아직 보여 주지 않습니다)`,notYet:`{time}에는 아직 파드가 없습니다. 파드가 만들어지면 레인이 나타납니다.`,building:`타임라인 준비 중… {pct}%`,lanesHelp:`위·아래 화살표로 레인을 옮기고, 왼쪽·오른쪽 화살표로 포커스된 레인의 변화를 하나씩 이동합니다(재생 위치가 따라갑니다). Enter로 선택합니다.`,announce:`선택됨: {what}, {at}.`}),Ne=r(`presenter`,{button:`Present`,buttonTitle:`Presenter mode: full screen, large type, step between key moments (P)`,controls:`Presenter controls`,momentOf:`Moment {n} of {total}`,beforeFirst:`{total} key moments: press → for the first`,beforeMoment:`Before moment {n} of {total}`,afterLast:`After the last of {total} moments`,noMoments:`No key moments in this run`,sourceLesson:`Lesson: {title}`,sourceTrace:`Key moments: each change in kubectl get pods`,prev:`Previous moment`,next:`Next moment`,predict:`Predict`,predictTitle:`Predict mode: ask the room before each key moment (Q)`,pointer:`Pointer`,pointerTitle:`Pointer highlight that follows the mouse (L)`,leave:`Leave`,leaveTitle:`Leave presenter mode (Esc)`,ask:`What happens next?`,askAt:`Just before {time}`,revealHint:`Press → to reveal the answer`,answer:`Answer`,continueHint:`Press → for the next moment, ← to go back`,correct:`correct`,reveal:`Reveal`,close:`Close`,keyToggle:`Presenter mode on or off`,keyPresenter:`In presenter mode: predict mode, pointer highlight (← → move between key moments, Esc leaves)`,row:`{ready} · {status} · RESTARTS {restarts}`,rowDeleted:`deleted`,momentRow:`{pod}: {row}`,momentMore:`{first} (+{n} more)`,fallbackQuestion:`{pod} shows {row}. What does kubectl get pods show for it next?`,fallbackQuestionNew:`The pod {pod} is about to appear. What does kubectl get pods show for it first?`,fallbackWhy:`kubectl get pods now shows {pod} as {row}. The timeline's marks and the events explain why.`},{button:`발표`,buttonTitle:`발표 모드: 전체 화면, 큰 글씨, 주요 순간 사이 이동 (P)`,controls:`발표 도구`,momentOf:`주요 순간 {n}/{total}`,beforeFirst:`주요 순간 {total}개: →를 누르면 첫 순간으로`,beforeMoment:`주요 순간 {n}/{total} 직전`,afterLast:`마지막 주요 순간 이후({total}개 중)`,noMoments:`이 실행에는 주요 순간이 없습니다`,sourceLesson:`레슨: {title}`,sourceTrace:`주요 순간: kubectl get pods의 각 변화`,prev:`이전 순간`,next:`다음 순간`,predict:`예측`,predictTitle:`예측 모드: 주요 순간마다 먼저 청중에게 묻기 (Q)`,pointer:`포인터`,pointerTitle:`마우스를 따라가는 포인터 강조 (L)`,leave:`나가기`,leaveTitle:`발표 모드 나가기 (Esc)`,ask:`다음에 무슨 일이 일어날까요?`,askAt:`{time} 직전`,revealHint:`→를 누르면 정답을 보여 줍니다`,answer:`정답`,continueHint:`→ 다음 순간, ← 이전으로`,correct:`정답`,reveal:`정답 보기`,close:`닫기`,keyToggle:`발표 모드 켜기/끄기`,keyPresenter:`발표 모드에서: 예측 모드, 포인터 강조(← →로 주요 순간 이동, Esc로 나가기)`,row:`{ready} · {status} · RESTARTS {restarts}`,rowDeleted:`삭제됨`,momentRow:`{pod}: {row}`,momentMore:`{first} 외 {n}개`,fallbackQuestion:`파드 {pod}: 지금 {row}. kubectl get pods에 다음에는 어떻게 보일까요?`,fallbackQuestionNew:`곧 새 파드가 생깁니다: {pod}. kubectl get pods에 처음에 어떻게 보일까요?`,fallbackWhy:`지금 kubectl get pods에 보이는 파드 {pod}의 행: {row}. 타임라인의 표시와 이벤트가 그 이유를 알려 줍니다.`}),Pe=r(`compare`,{button:`Compare`,buttonTitle:`Compare the scenario with a variant, side by side on one time axis`,region:`Compare two variants`,title:`Compare A and B`,intro:`A is the editor's text. B starts as a copy: change it (remove a probe, change a command) and both runs are drawn on one time axis.`,editB:`Variant B`,copyA:`Copy A into B`,close:`Close compare`,timelineA:`Timeline A (the editor)`,timelineB:`Timeline B (the variant)`,labelA:`A`,labelB:`B`,simulating:`Simulating B…`,errorsB:`B has errors: {message}`,watchdogB:`B ran longer than {seconds} s and was stopped.`,crashedB:`The simulator failed on B: {message}`,differences:`Differences`,same:`A and B show the same kubectl rows for every pod.`,sameText:`B is the same text as A. Edit B to see what changes.`,first:`The runs first differ at {time}.`,horizon:`Compared over the first {time} (the shorter run).`,only:`{pod}: only in {side}`,restarts:`{pod}: restarts at {a} in A, {b} in B ({na} vs {nb} in all)`,restartTotals:`{pod}: {a} restarts in A, {b} in B`,never:`never`,ready:`{pod}: ready at {a} in A, {b} in B`,notReady:`never ready`,status:`{pod}: {statuses} only in {side}`,differs:`{pod}: differs from {start} to {end}`,band:`Differs here`,jump:`Jump to {time}`},{button:`비교`,buttonTitle:`시나리오를 변형과 비교: 같은 시간 축에 나란히`,region:`두 변형 비교`,title:`A와 B 비교`,intro:`A는 편집기의 텍스트입니다. B는 복사본으로 시작합니다. B를 바꾸면(프로브 제거, 명령 변경) 두 실행을 같은 시간 축에 그립니다.`,editB:`변형 B`,copyA:`A를 B로 복사`,close:`비교 닫기`,timelineA:`타임라인 A(편집기)`,timelineB:`타임라인 B(변형)`,labelA:`A`,labelB:`B`,simulating:`B 시뮬레이션 중…`,errorsB:`B에 오류가 있습니다: {message}`,watchdogB:`B가 {seconds}초를 넘겨 중단했습니다.`,crashedB:`B에서 시뮬레이터가 실패했습니다: {message}`,differences:`차이`,same:`모든 파드에서 A와 B의 kubectl 행이 같습니다.`,sameText:`B가 A와 같은 텍스트입니다. B를 편집하면 무엇이 바뀌는지 보입니다.`,first:`두 실행은 {time}에 처음 달라집니다.`,horizon:`처음 {time} 동안 비교했습니다(짧은 쪽 실행 기준).`,only:`{pod}: {side}에만 있음`,restarts:`{pod}: 첫 재시작 A {a}, B {b}(모두 A {na}회, B {nb}회)`,restartTotals:`{pod}: 재시작 횟수 A {a}회, B {b}회`,never:`없음`,ready:`{pod}: 준비 완료 A {a}, B {b}`,notReady:`준비되지 않음`,status:`{pod}: {statuses} 상태는 {side}에만 있음`,differs:`{pod}: {start}부터 {end}까지 다름`,band:`여기서 다름`,jump:`이동: {time}`}),Fe=r(`share`,{tools:`Share`,copyLink:`Copy link`,copyKubectl:`Copy as kubectl apply`,copied:`Copied`,copiedLink:`Link copied`,copiedLong:`Link copied. It is long ({length} characters): some chat apps cut long links.`,copiedKubectl:`kubectl command copied`,tooLargeToShare:`This scenario is too large to share as a link.`,nothingToApply:`There is nothing for kubectl to apply: the text holds only podplay's Scenario settings.`,clipboardDenied:`The browser did not allow copying. Select the text below and copy it (Ctrl+C).`,linkField:`Share link`,kubectlField:`kubectl apply command`,close:`Close`,laterHeader:`The Scenario applies these objects later; podplay did that in the simulation. On a real cluster, apply them yourself at that time:`,laterItem:`  at {at}: {objects}`,banner:`Share link`,opened:`Opened a shared link.`,dismiss:`Dismiss`,details:`Details`,"fail.malformed":`This share link is damaged; it may have been cut off when it was copied. Nothing from it was opened, and your own text is unchanged.`,"fail.tooLarge":`This share link is larger than podplay accepts, so it was not opened. Your own text is unchanged.`,"fail.newerVersion":`This link was made by a newer version of podplay. Reload the page to update, then open the link again. Your own text is unchanged.`,"fail.invalid":`This share link holds a value podplay does not accept, so it was not opened. Your own text is unchanged.`},{tools:`공유`,copyLink:`링크 복사`,copyKubectl:`kubectl apply로 복사`,copied:`복사됨`,copiedLink:`링크를 복사했습니다`,copiedLong:`링크를 복사했습니다. 링크가 깁니다({length}자). 일부 채팅 앱은 긴 링크를 자릅니다.`,copiedKubectl:`kubectl 명령을 복사했습니다`,tooLargeToShare:`시나리오가 너무 커서 링크로 공유할 수 없습니다.`,nothingToApply:`kubectl로 적용할 것이 없습니다. 텍스트에 podplay의 Scenario 설정만 있습니다.`,clipboardDenied:`브라우저가 복사를 허용하지 않았습니다. 아래 텍스트를 선택해 복사하세요(Ctrl+C).`,linkField:`공유 링크`,kubectlField:`kubectl apply 명령`,close:`닫기`,laterHeader:`Scenario가 나중에 적용하는 오브젝트입니다. 시뮬레이션에서는 podplay가 적용했습니다. 실제 클러스터에서는 그 시점에 직접 적용하세요:`,laterItem:`  {at} 시점: {objects}`,banner:`공유 링크`,opened:`공유 링크를 열었습니다.`,dismiss:`닫기`,details:`자세히`,"fail.malformed":`공유 링크가 손상되었습니다. 복사하다가 잘렸을 수 있습니다. 링크의 내용은 열지 않았고 내 텍스트는 그대로입니다.`,"fail.tooLarge":`공유 링크가 podplay가 받는 크기보다 커서 열지 않았습니다. 내 텍스트는 그대로입니다.`,"fail.newerVersion":`더 새로운 버전의 podplay에서 만든 링크입니다. 페이지를 새로 고쳐 업데이트한 뒤 링크를 다시 여세요. 내 텍스트는 그대로입니다.`,"fail.invalid":`공유 링크에 podplay가 받지 않는 값이 들어 있어 열지 않았습니다. 내 텍스트는 그대로입니다.`}),Ie=r(`export`,{button:`Export`,menu:`Export`,timelineSvg:`Timeline as SVG`,timelinePng:`Timeline as PNG`,nodemapSvg:`Node map as SVG`,nodemapPng:`Node map as PNG`,kubectlTxt:`kubectl output as text`,scenarioYaml:`Scenario as YAML`,working:`Preparing {name}…`,saved:`Saved {name}`,nothing:`Nothing to export yet: the scenario has not been simulated.`,noPods:`The timeline has no pods to draw.`,failed:`Export failed: {message}`,timelineTitle:`podplay timeline of {scenario}`,nodemapTitle:`podplay node map of {scenario} at {time}`,transcriptHeader:`podplay: {scenario}, simulated Kubernetes {version}, playhead at {time}`},{button:`내보내기`,menu:`내보내기`,timelineSvg:`타임라인 (SVG)`,timelinePng:`타임라인 (PNG)`,nodemapSvg:`노드 맵 (SVG)`,nodemapPng:`노드 맵 (PNG)`,kubectlTxt:`kubectl 출력 (텍스트)`,scenarioYaml:`시나리오 (YAML)`,working:`{name} 준비 중…`,saved:`{name} 파일을 저장했습니다`,nothing:`아직 내보낼 것이 없습니다. 시나리오가 시뮬레이션되지 않았습니다.`,noPods:`타임라인에 그릴 파드가 없습니다.`,failed:`내보내기 실패: {message}`,timelineTitle:`podplay 타임라인: {scenario}`,nodemapTitle:`podplay 노드 맵: {scenario}, {time} 시점`,transcriptHeader:`podplay: {scenario}, 쿠버네티스 {version} 시뮬레이션, 재생 위치 {time}`}),Z=r(`offline`,{ready:`Ready to work offline`,readyTitle:`podplay, its editor and its lessons are saved in this browser: they work without a network from now on.`,offlineNow:`Offline: running from this browser's copy`,update:`New version available`,reload:`Reload`,reloadTitle:`Reload the page to use the new version (your text is kept).`},{ready:`오프라인 사용 준비 완료`,readyTitle:`podplay와 편집기, 학습 자료를 이 브라우저에 저장했습니다. 이제 네트워크 없이도 쓸 수 있습니다.`,offlineNow:`오프라인: 이 브라우저에 저장된 사본으로 실행 중`,update:`새 버전이 있습니다`,reload:`새로고침`,reloadTitle:`새 버전을 쓰려면 페이지를 새로고침하세요(작성한 텍스트는 유지됩니다).`}),Le=r(`embed`,{label:`podplay: {scenario}`,open:`Open in podplay`,openTitle:`Open this scenario in the full playground, with the editor, in a new tab`,view:`Simulated Kubernetes {version}`},{label:`podplay: {scenario}`,open:`podplay에서 열기`,openTitle:`편집기가 있는 전체 플레이그라운드에서 이 시나리오를 새 탭으로 엽니다`,view:`쿠버네티스 {version} 시뮬레이션`}),Re=r(`drop`,{overlay:`Drop a YAML file to open it`,overlayHint:`.yaml, .yml, .json or .txt, up to 8 MiB`,opened:`Opened {name}`,tooLarge:`{name} was not opened: it is {size} MB, and podplay opens files up to 8 MiB.`,notText:`{name} was not opened: it is not UTF-8 text. Drop a YAML file (.yaml, .yml, .json or .txt).`,wrongType:`{name} was not opened: podplay opens .yaml, .yml, .json and .txt files.`,several:`Drop one file at a time: {count} files were dropped and none was opened.`,unreadable:`{name} could not be read: {message}`,kept:`Your text was kept.`,confirmReplace:`Replace your edits with the file {name}? Your text is kept: "Restore my previous text" brings it back.`,dismiss:`Dismiss`},{overlay:`YAML 파일을 여기에 놓으면 열립니다`,overlayHint:`.yaml, .yml, .json, .txt 파일, 8 MiB까지`,opened:`{name} 파일을 열었습니다`,tooLarge:`{name} 파일을 열지 않았습니다. 크기가 {size} MB인데, podplay는 8 MiB까지만 열 수 있습니다.`,notText:`{name} 파일을 열지 않았습니다. UTF-8 텍스트 파일이 아닙니다. YAML 파일(.yaml, .yml, .json, .txt)을 놓아 주세요.`,wrongType:`{name} 파일을 열지 않았습니다. podplay는 .yaml, .yml, .json, .txt 파일만 엽니다.`,several:`파일은 한 번에 하나씩 놓아 주세요. 파일 {count}개를 놓아서 아무것도 열지 않았습니다.`,unreadable:`{name} 파일을 읽을 수 없습니다: {message}`,kept:`작성하던 텍스트는 그대로입니다.`,confirmReplace:`편집한 내용을 {name} 파일로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.`,dismiss:`닫기`}),ze=r(`lessons`,{open:`Lessons`,galleryTitle:`Lessons`,galleryIntro:`Each lesson opens a small scenario and stops at its key moments.`,search:`Search lessons`,searchPlaceholder:`Search by title or summary`,count:`{n} of {total} lessons`,noMatch:`No lesson matches “{query}”.`,close:`Close`,loading:`Loading lessons…`,confirmReplace:`Replace your edits with this lesson's scenario? Your text is kept: "Restore my previous text" brings it back.`,panel:`Lesson`,closeLesson:`Close lesson`,watch:`What to watch`,moments:`Key moments`,momentAt:`Jump to {time}`,predict:`Predict first`,predictFirst:`Not reached yet. What do you expect? Answer, then step to the moment.`,questions:`Questions`,showAnswer:`Show answer`,answer:`Answer: {choice}`,right:`Right.`,wrong:`Not quite.`,edited:`You changed the scenario, so the key moments may no longer match it.`,docs:`Kubernetes docs: {title}`,newTab:`(opens in a new tab)`,glossary:`Glossary: {n} terms in English and Korean`,glossaryIntro:`podplay's Korean text uses these terms, as the Korean Kubernetes docs (kubernetes.io/ko) write them. Each Korean term links the page it was taken from.`,glossaryMeaning:`Meaning`,glossarySource:`The kubernetes.io/ko page this term was taken from (opens in a new tab)`,"topic.phases":`Pod phases`,"topic.containerStates":`Container states`,"topic.restartPolicy":`Restart policy`,"topic.backoff":`Crash-loop back-off`,"topic.probes":`Probes`,"topic.init":`Init containers`,"topic.hooks":`Lifecycle hooks`,"topic.services":`Services`,"topic.resources":`Resources`,"topic.scheduling":`Scheduling`,"topic.nodes":`Nodes`,"topic.workloads":`Workloads`,"topic.sidecars":`Sidecars`},{open:`레슨`,galleryTitle:`레슨`,galleryIntro:`레슨마다 작은 시나리오를 열고, 주요 순간마다 멈춰서 살펴봅니다.`,search:`레슨 검색`,searchPlaceholder:`제목이나 요약으로 검색`,count:`레슨 {total}개 중 {n}개`,noMatch:`“{query}”에 맞는 레슨이 없습니다.`,close:`닫기`,loading:`레슨을 불러오는 중…`,confirmReplace:`편집한 내용을 이 레슨의 시나리오로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.`,panel:`레슨`,closeLesson:`레슨 닫기`,watch:`눈여겨볼 것`,moments:`주요 순간`,momentAt:`{time}(으)로 이동`,predict:`먼저 예측해 보기`,predictFirst:`아직 이 순간 전입니다. 무슨 일이 일어날까요? 먼저 답한 뒤 이 순간으로 이동하세요.`,questions:`확인 문제`,showAnswer:`정답 보기`,answer:`정답: {choice}`,right:`맞았습니다.`,wrong:`아쉽네요.`,edited:`시나리오를 바꿨기 때문에 주요 순간이 더는 맞지 않을 수 있습니다.`,docs:`Kubernetes 문서: {title}`,newTab:`(새 탭에서 열림)`,glossary:`용어집: 영어와 한국어 용어 {n}개`,glossaryIntro:`podplay의 한국어 설명은 쿠버네티스 한국어 문서(kubernetes.io/ko)가 쓰는 이 용어를 씁니다. 한국어 용어를 누르면 그 용어를 가져온 문서가 열립니다.`,glossaryMeaning:`뜻`,glossarySource:`이 용어를 가져온 kubernetes.io/ko 문서(새 탭에서 열림)`,"topic.phases":`파드 단계`,"topic.containerStates":`컨테이너 상태`,"topic.restartPolicy":`재시작 정책`,"topic.backoff":`크래시 루프 백오프`,"topic.probes":`프로브`,"topic.init":`초기화 컨테이너`,"topic.hooks":`라이프사이클 훅`,"topic.services":`서비스`,"topic.resources":`리소스`,"topic.scheduling":`스케줄링`,"topic.nodes":`노드`,"topic.workloads":`워크로드`,"topic.sidecars":`사이드카`}),Be=r(`challenges`,{open:`Challenges`,galleryTitle:`Challenges`,galleryIntro:`Each challenge is a small broken scenario and goals the simulator checks after every edit. Fix the manifest until every goal holds.`,close:`Close`,loading:`Loading challenges…`,done:`Done`,thisFile:`The challenge in your editor`,confirmReplace:`Replace your edits with this challenge? Your text is kept: "Restore my previous text" brings it back.`,panel:`Challenge`,leave:`Leave challenge`,task:`Your task`,goals:`Goals`,goalPassed:`Met`,goalFailed:`Not met`,goTo:`Go to {time}`,notGraded:`Not graded yet`,grading:`Checking…`,allPassed:`Every goal holds. Challenge complete!`,progressKept:`Your progress is kept in this browser.`,passedCount:`{n} of {total} goals met`,hint:`Show a hint ({n} of {total})`,hintN:`Hint {n}`,noMoreHints:`No more hints.`,showAnswer:`Show the answer`,answerShown:`The answer is in the editor; the changed lines are marked.`,undoAnswer:`Undo: bring my text back`,"fact.missing":`{pod} does not exist at {time}`,"fact.ready":`{pod} is {got} ready at {time}; it needs {want}`,"fact.status":`{pod} is {got} at {time}; it needs {want}`,"fact.restarts":`{pod} has restarted {got} times by {time}; it needs {want}`,"fact.phase":`{pod}'s phase is {got} at {time}; it needs {want}`,"fact.node":`{pod} is on {got} at {time}; it needs {want}`,"fact.deleted":`{pod} at {time}: deleted is {got}; it needs {want}`,authoring:`This file has a Challenge document: its goals are checked against your text as you write it. Share it with “Copy link” and it opens in challenge mode.`},{open:`챌린지`,galleryTitle:`챌린지`,galleryIntro:`챌린지마다 고장 난 작은 시나리오와 목표가 있습니다. 편집할 때마다 시뮬레이터가 목표를 확인합니다. 모든 목표가 맞을 때까지 매니페스트를 고치세요.`,close:`닫기`,loading:`챌린지를 불러오는 중…`,done:`완료`,thisFile:`편집기에 있는 챌린지`,confirmReplace:`편집한 내용을 이 챌린지로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.`,panel:`챌린지`,leave:`챌린지 나가기`,task:`할 일`,goals:`목표`,goalPassed:`달성`,goalFailed:`미달성`,goTo:`{time}로 이동`,notGraded:`아직 채점되지 않음`,grading:`확인하는 중…`,allPassed:`모든 목표를 달성했습니다. 챌린지 완료!`,progressKept:`진행 상황은 이 브라우저에 저장됩니다.`,passedCount:`목표 {total}개 중 {n}개 달성`,hint:`힌트 보기 ({total}개 중 {n}번째)`,hintN:`힌트 {n}`,noMoreHints:`힌트가 더 없습니다.`,showAnswer:`정답 보기`,answerShown:`편집기에 정답을 넣었습니다. 바뀐 줄이 표시됩니다.`,undoAnswer:`되돌리기: 내 텍스트 복원`,"fact.missing":`{time}에 {pod} 파드가 없습니다`,"fact.ready":`{time}에 {pod} READY {got} (목표: {want})`,"fact.status":`{time}에 {pod} STATUS {got} (목표: {want})`,"fact.restarts":`{time}까지 {pod} 재시작 {got}회 (목표: {want})`,"fact.phase":`{time}에 {pod} 단계(phase) {got} (목표: {want})`,"fact.node":`{time}에 {pod} 노드 {got} (목표: {want})`,"fact.deleted":`{time}에 {pod} 삭제됨: {got} (목표: {want})`,authoring:`이 파일에는 Challenge 문서가 있어서, 쓰는 동안 목표를 텍스트에 대해 확인합니다. "링크 복사"로 공유하면 챌린지 모드로 열립니다.`}),Ve=r(`course`,{open:`Course`,title:`The course`,intro:`Lessons and challenges in the order of the study notes: see each idea happen, then use it. Your progress is kept in this browser.`,close:`Close`,start:`Start here: {title}`,continue:`Continue where you left off: {title}`,finished:`You have done every step. Well done!`,progress:`{n} of {total} steps done`,minutes:`{n} min`,lesson:`Lesson`,challenge:`Challenge`,done:`Done`,after:`after {titles}`,export:`Export progress`,import:`Import progress`,imported:`Imported: {n} steps added.`,notJson:`That file is not podplay progress: it is not JSON.`,notProgress:`That file is not podplay progress (an exported progress file says "podplay": "progress").`,next:`Next in the course: {title} →`,confirmReplace:`Replace your edits with this step's scenario? Your text is kept: "Restore my previous text" brings it back.`},{open:`코스`,title:`코스`,intro:`학습 노트의 순서대로 레슨과 챌린지가 이어집니다. 개념이 일어나는 것을 보고, 직접 써 보세요. 진행 상황은 이 브라우저에 저장됩니다.`,close:`닫기`,start:`여기서 시작: {title}`,continue:`이어서 하기: {title}`,finished:`모든 단계를 마쳤습니다. 수고하셨습니다!`,progress:`{total}단계 중 {n}단계 완료`,minutes:`{n}분`,lesson:`레슨`,challenge:`챌린지`,done:`완료`,after:`먼저: {titles}`,export:`진행 상황 내보내기`,import:`진행 상황 가져오기`,imported:`가져왔습니다: {n}단계가 추가되었습니다.`,notJson:`podplay 진행 상황 파일이 아닙니다: JSON이 아닙니다.`,notProgress:`podplay 진행 상황 파일이 아닙니다 (내보낸 파일에는 "podplay": "progress"가 있습니다).`,next:`코스의 다음 단계: {title} →`,confirmReplace:`편집한 내용을 이 단계의 시나리오로 바꿀까요? 지금 텍스트는 보관되며 "이전 텍스트 복원"으로 되돌릴 수 있습니다.`}),He=r(`persist`,{region:`Your text`,saveFailed:`Your text cannot be saved in this browser (storage is full, turned off, or private browsing). It is only in this page now: download it to keep it.`,download:`Download the text`,otherTab:`This scenario was also edited in another tab. Each tab keeps its own text.`,openOther:`Open the other tab's text`,keepMine:`Keep mine`,"replaced.link":`A share link replaced your text.`,"replaced.lesson":`The lesson replaced your text.`,"replaced.example":`The example replaced your text.`,"replaced.file":`The dropped file replaced your text.`,"replaced.otherTab":`The other tab's text replaced yours.`,"replaced.restore":`Your previous text is back.`,"replaced.other":`Your text was replaced.`,restore:`Restore my previous text`,undoRestore:`Undo`,restored:`Your previous text is back.`,dismiss:`Dismiss`},{region:`내 텍스트`,saveFailed:`이 브라우저에 텍스트를 저장할 수 없습니다(저장 공간이 가득 찼거나, 꺼져 있거나, 시크릿 모드입니다). 지금은 이 페이지에만 있으니 내려받아 보관하세요.`,download:`텍스트 내려받기`,otherTab:`다른 탭에서 이 시나리오를 편집했습니다. 텍스트는 탭마다 따로 저장됩니다.`,openOther:`다른 탭의 텍스트 열기`,keepMine:`내 텍스트 유지`,"replaced.link":`내 텍스트가 공유 링크의 텍스트로 바뀌었습니다.`,"replaced.lesson":`내 텍스트가 레슨의 시나리오로 바뀌었습니다.`,"replaced.example":`내 텍스트가 예제로 바뀌었습니다.`,"replaced.file":`내 텍스트가 끌어다 놓은 파일의 내용으로 바뀌었습니다.`,"replaced.otherTab":`내 텍스트가 다른 탭의 텍스트로 바뀌었습니다.`,"replaced.restore":`이전 텍스트를 복원했습니다.`,"replaced.other":`내 텍스트가 바뀌었습니다.`,restore:`이전 텍스트 복원`,undoRestore:`되돌리기`,restored:`이전 텍스트를 복원했습니다.`,dismiss:`닫기`}),Ue={en:`English`,ko:`한국어`},Q={en:{},ko:{}};function $(e){Object.assign(Q.en,e.en),Object.assign(Q.ko,e.ko)}for(let e of[je,n,Me,Ne,Pe,Fe,Ie,Z,Le,Re,ze,Be,Ve,He])$(e);function We(e,t,n={}){return(Q[e][t]??Q.en[t]??t).replace(/\{(\w+)\}/g,(e,t)=>t in n?String(n[t]):`{${t}}`)}export{D as A,h as B,L as C,I as D,_e as E,M as F,y as G,ne as H,S as I,te as J,p as K,x as L,ke as M,xe as N,N as O,be as P,d as R,B as S,R as T,b as U,v as V,g as W,u as X,f as Y,F as _,De as a,he as b,Se as c,Ee as d,Y as f,P as g,k as h,Ae as i,O as j,T as k,Te as l,A as m,$ as n,q as o,j as p,m as q,We as r,Ce as s,Ue as t,Oe as u,z as v,E as w,ge as x,me as y,_ as z};
//# sourceMappingURL=i18n-B3jZhYfw.js.map