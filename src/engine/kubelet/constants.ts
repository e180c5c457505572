/**
 * The kubelet's timing constants for the modelled release (v1.34), with the nominal values
 * podplay uses where a real kubelet adds jitter (see docs/timing.md).
 */

/** Crash-loop back-off: 10 s doubling to 300 s. Models: pkg/kubelet/kubelet.go (initialCrashLoopBackOff, MaxCrashLoopBackOff). */
export const CRASHLOOP_INITIAL = 10;
export const CRASHLOOP_MAX = 300;
/** A back-off entry whose last update is older than this (measured from the exit) starts over. Models: kubelet.go HasExpiredFunc (v1.32+: 600 s). */
export const BACKOFF_RESET = 600;
/** Image pull back-off: 10 s doubling to 300 s. Models: kubelet.go imageBackOffPeriod, MaxImageBackOff. */
export const IMAGE_BACKOFF_INITIAL = 10;
export const IMAGE_BACKOFF_MAX = 300;
/** A sync that failed (back-off, pull error) is retried after backOffPeriod; v1.34 has no crash-loop-specific requeue (PR #133066 is v1.35). Real: wait.Jitter(10s, 0.5). */
export const ERROR_REQUEUE = 10;
/** A successful sync is repeated every syncFrequency (1m; real: plus up to 50 % jitter). */
export const RESYNC = 60;
/** PLEG relists every second; podplay sees a container start or exit one second after it happened. */
export const PLEG_DELAY = 1;
/** Creating the pod sandbox (pause container + CNI) before the first container. Real: 0.3–3 s. */
export const SANDBOX_SECONDS = 1;
/** A kill never waits less than this. Models: kuberuntime_container.go minimumGracePeriodInSeconds. */
export const MIN_GRACE = 2;
/** Exit code of a process killed by SIGKILL (128 + 9). */
export const SIGKILL_EXIT = 137;
