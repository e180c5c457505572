import { defineStrings } from "../i18n/define";

// The embed view (`?embed=1`): a compact frame for slides and blog posts.
export const embedStrings = defineStrings(
  "embed",
  {
    label: "podplay: {scenario}",
    open: "Open in podplay",
    openTitle: "Open this scenario in the full playground, with the editor, in a new tab",
    view: "Simulated Kubernetes {version}",
  },
  {
    label: "podplay: {scenario}",
    open: "podplay에서 열기",
    openTitle: "편집기가 있는 전체 플레이그라운드에서 이 시나리오를 새 탭으로 엽니다",
    view: "쿠버네티스 {version} 시뮬레이션",
  },
);
