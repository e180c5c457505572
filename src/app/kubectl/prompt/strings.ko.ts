import { defineKorean } from "../../i18n/define";
import type { promptStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const promptKo = defineKorean<typeof promptStrings>("prompt", {
    tab: "$ kubectl",
    label: "kubectl 명령(재생 위치에서 실행)",
    output: "kubectl 프롬프트 출력",
    hint: "Enter는 재생 위치({time})에서 실행합니다. Tab 자동 완성, ↑/↓ 기록, Ctrl+L 또는 `clear`로 지우기. 변경 명령은 시나리오에 동작을 추가합니다.",
    at: "{time} 시점",
    notSimulated: "podplay는 `{what}`을(를) 시뮬레이션하지 않습니다. 시뮬레이션 결과는 README에 적힌 명령(get, describe, logs, delete, scale, set image, cordon, uncordon, drain, label, taint, patch)으로만 읽고 바꿀 수 있습니다.",
    noRun: "아직 실행 결과가 없습니다. 먼저 시나리오의 오류를 고치세요.",
    logsArriving: "이 실행의 컨테이너 로그를 아직 만드는 중입니다(큰 실행은 화면이 먼저 나오고 로그가 잠시 뒤에 옵니다). 잠시 뒤에 명령을 다시 실행하세요.",
    appended: "{time} 시점의 동작으로 시나리오에 추가했습니다. 다시 시뮬레이션하는 중입니다. 편집기에서 실행 취소(Ctrl+Z)하면 되돌릴 수 있습니다.",
    welcome: "kubectl 명령을 입력하세요. 예: kubectl get pods",
  });
