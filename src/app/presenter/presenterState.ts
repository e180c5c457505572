import { create } from "zustand";
import { useStore } from "../../state/store";
import { pause, seek } from "../../state/actions";
import { backward, forward, type Moment, type Stage } from "./moments";
import { applyMoment } from "../lessons/applyMoment";

/** Presenter mode's own state; the app-wide `presenter` flag lives in the main store (App lays out from it). */
interface PresenterState {
  /** Predict mode: each key moment with a question is asked before it is shown. */
  predict: boolean;
  /** The soft spotlight that follows the mouse. */
  pointer: boolean;
  stage: Stage;
  /** Where the playhead was put for `stage`; moving it elsewhere closes the question. */
  stageT: number;
}

export const usePresenter = create<PresenterState>()(() => ({ predict: false, pointer: false, stage: { kind: "idle" }, stageT: 0 }));

const idle: Stage = { kind: "idle" };
/** Whether this page put the document in full screen (so leaving full screen leaves presenter mode). */
let ownFullscreen = false;

export function enterPresenter(): void {
  if (useStore.getState().presenter) return;
  useStore.setState({ presenter: true });
  usePresenter.setState({ stage: idle });
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) {
    // Needs a user gesture and may be refused (iframes, kiosk policies, headless): presenter mode works without it.
    root
      .requestFullscreen()
      .then(() => {
        ownFullscreen = true;
      })
      .catch(() => {
        ownFullscreen = false;
      });
  }
}

export function leavePresenter(): void {
  if (!useStore.getState().presenter) return;
  useStore.setState({ presenter: false });
  usePresenter.setState({ stage: idle });
  if (ownFullscreen && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  ownFullscreen = false;
}

export function togglePresenter(): void {
  if (useStore.getState().presenter) leavePresenter();
  else enterPresenter();
}

/** The browser left full screen (its own Esc handling): leave presenter mode with it. */
export function onFullscreenChange(): void {
  if (!document.fullscreenElement && ownFullscreen) {
    ownFullscreen = false;
    leavePresenter();
  }
}

function apply(step: { t?: number; stage: Stage }, moments: readonly Moment[]): void {
  pause();
  const s = useStore.getState();
  const t = Math.max(0, Math.min(s.view?.trace.until ?? 0, step.t ?? s.t));
  usePresenter.setState({ stage: step.stage, stageT: t });
  if (step.t === undefined) return;
  // Landing on a key moment points the page where its text looks (view, kubectl tab, pod).
  const m = moments.find((x) => Math.abs(x.t - step.t!) < 1e-6);
  if (m) applyMoment(m);
  else seek(step.t);
}

export function nextMoment(moments: readonly Moment[]): void {
  const p = usePresenter.getState();
  apply(forward(moments, useStore.getState().t, p.stage, p.predict), moments);
}

export function prevMoment(moments: readonly Moment[]): void {
  apply(backward(moments, useStore.getState().t, usePresenter.getState().stage), moments);
}

export function closeQuestion(): void {
  usePresenter.setState({ stage: idle });
}

export function togglePredict(): void {
  const predict = !usePresenter.getState().predict;
  usePresenter.setState({ predict, stage: predict ? usePresenter.getState().stage : idle });
}

export function togglePointer(): void {
  usePresenter.setState({ pointer: !usePresenter.getState().pointer });
}
