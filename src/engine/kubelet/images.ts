import { parseImageRef } from "../workloads/imageRef";
import { lookupImage, pullSeconds } from "../workloads/catalogue";
import { Backoff } from "./backoff";
import { IMAGE_BACKOFF_INITIAL, IMAGE_BACKOFF_MAX } from "./constants";
import { goDuration } from "../printers/humanDuration";

/** A pull of an image already on the node (imagePullPolicy Always) only resolves the manifest. */
const REPULL_SECONDS = 0.5;

export type PullOutcome =
  | { ok: true; pulled: false; message: string }
  | { ok: true; pulled: true; seconds: number; message: string; sizeBytes: number }
  | { ok: false; reason: "ErrImagePull" | "ImagePullBackOff" | "ErrImageNeverPull" | "InvalidImageName"; message: string; pullSeconds?: number; failedMessage?: string };

/** Scenario settings for images (`spec.images`). */
export interface ImageSettings {
  pullSeconds?: number;
  sizeBytes?: number;
  /** The registry refuses this image: every pull fails with this error. */
  pullError?: string;
  /** Already on the node before the scenario starts. */
  present?: boolean;
}

/**
 * The kubelet's image manager: pull policy, the node's image store and the per-(pod, image)
 * pull back-off. Models: pkg/kubelet/images/image_manager.go EnsureImageExists.
 */
export class ImageManager {
  private present = new Set<string>();
  readonly backoff: Backoff;

  constructor(
    private now: () => number,
    private settings: (image: string) => ImageSettings | undefined,
  ) {
    this.backoff = new Backoff(IMAGE_BACKOFF_INITIAL, IMAGE_BACKOFF_MAX, now);
  }

  preload(image: string): void {
    const ref = parseImageRef(image);
    if (ref) this.present.add(ref.fullName);
  }

  /**
   * Decides what pulling `image` for a container means now. A pull that contacts the registry
   * takes `seconds`; the caller waits that long, then calls `finishPull`.
   */
  begin(podUid: string, image: string, policy: string): PullOutcome | { ok: "pull"; seconds: number; pullSeconds: number; fails?: string; sizeBytes: number } {
    const ref = parseImageRef(image);
    if (!ref) return { ok: false, reason: "InvalidImageName", message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format` };
    const s = this.settings(image);
    const present = this.present.has(ref.fullName) || !!s?.present;
    if (policy === "Never" || (present && policy === "IfNotPresent")) {
      if (present) return { ok: true, pulled: false, message: presentMessage(image) };
      return { ok: false, reason: "ErrImageNeverPull", message: `Container image "${image}" is not present with pull policy of Never` };
    }
    const key = `${podUid}_${image}`;
    if (this.backoff.isInBackOffSinceUpdate(key, this.now())) {
      return { ok: false, reason: "ImagePullBackOff", message: `Back-off pulling image "${image}"` };
    }
    const facts = lookupImage(ref);
    // A re-pull of an image whose layers are on the node only checks the manifest.
    const layersHere = present || this.queued.has(ref.fullName);
    const seconds = layersHere ? Math.min(s?.pullSeconds ?? REPULL_SECONDS, REPULL_SECONDS) : (s?.pullSeconds ?? pullSeconds(facts));
    const sizeBytes = s?.sizeBytes ?? facts.sizeBytes;
    const tag = ref.tag ?? (ref.digest ? undefined : "latest");
    let fails = s?.pullError;
    if (!fails && tag !== undefined && !facts.tagExists(tag)) {
      const full = ref.fullName;
      fails = `rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`;
    }
    // A missing image fails fast: the registry answers "not found" without a download.
    const pull = fails ? Math.min(seconds, 0.5) : seconds;
    // The kubelet pulls one image at a time (serializeImagePulls: true): a pull waits for the
    // ones before it, which the Pulled event reports as "including waiting".
    if (!fails) this.queued.add(ref.fullName);
    const start = Math.max(this.now(), this.queueFreeAt);
    this.queueFreeAt = start + pull;
    const wait = start - this.now();
    return { ok: "pull", seconds: wait + pull, pullSeconds: pull, fails, sizeBytes };
  }

  private queueFreeAt = 0;
  /** Images a queued pull will have brought in by the time a later pull of them runs. */
  private queued = new Set<string>();

  finishPull(podUid: string, image: string, pullSeconds: number, seconds: number, sizeBytes: number, fails: string | undefined): PullOutcome {
    const key = `${podUid}_${image}`;
    if (fails) {
      this.backoff.next(key, this.now());
      return { ok: false, reason: "ErrImagePull", message: fails, failedMessage: `Failed to pull image "${image}": ${fails}` };
    }
    const ref = parseImageRef(image)!;
    this.present.add(ref.fullName);
    return {
      ok: true,
      pulled: true,
      seconds,
      sizeBytes,
      message: `Successfully pulled image "${image}" in ${goDuration(pullSeconds)} (${goDuration(seconds)} including waiting). Image size: ${sizeBytes} bytes.`,
    };
  }
}

/** The Pulled event's message for an image already there: one string per image (the trace keeps every event). */
function presentMessage(image: string): string {
  let text = presentTexts.get(image);
  if (text === undefined) {
    text = `Container image "${image}" already present on machine`;
    if (presentTexts.size >= 1000) presentTexts.clear();
    presentTexts.set(image, text);
  }
  return text;
}

const presentTexts = new Map<string, string>();
