import { defineKorean } from "../i18n/define";
import type { shareStrings } from "./strings";

// The Korean of ./strings.ts, loaded only for Korean readers (src/app/i18n/ko.ts).
export const shareKo = defineKorean<typeof shareStrings>("share", {
    tools: "공유",
    copyLink: "링크 복사",
    copyKubectl: "kubectl apply로 복사",
    copied: "복사됨",
    copyLessonLink: "레슨 링크 복사",
    copyChallengeLink: "챌린지 링크 복사",
    copyByHand: "링크: 선택해서 복사하세요(Ctrl+C)",
    copiedLink: "링크를 복사했습니다",
    copiedLong: "링크를 복사했습니다. 링크가 깁니다({length}자). 일부 채팅 앱은 긴 링크를 자릅니다.",
    copiedKubectl: "kubectl 명령을 복사했습니다",
    tooLargeToShare: "시나리오가 너무 커서 링크로 공유할 수 없습니다.",
    nothingToApply: "kubectl로 적용할 것이 없습니다. 텍스트에 podplay의 Scenario 설정만 있습니다.",
    clipboardDenied: "브라우저가 복사를 허용하지 않았습니다. 아래 텍스트를 선택해 복사하세요(Ctrl+C).",
    linkField: "공유 링크",
    kubectlField: "kubectl apply 명령",
    close: "닫기",
    laterHeader: "Scenario가 나중에 적용하는 오브젝트입니다. 시뮬레이션에서는 podplay가 적용했습니다. 실제 클러스터에서는 그 시점에 직접 적용하세요:",
    laterItem: "  {at} 시점: {objects}",
    banner: "공유 링크",
    opened: "공유 링크를 열었습니다.",
    dismiss: "닫기",
    details: "자세히",
    "fail.malformed": "공유 링크가 손상되었습니다. 복사하다가 잘렸을 수 있습니다. 링크의 내용은 열지 않았고 내 텍스트는 그대로입니다.",
    "fail.tooLarge": "공유 링크가 podplay가 받는 크기보다 커서 열지 않았습니다. 내 텍스트는 그대로입니다.",
    "fail.newerVersion": "더 새로운 버전의 podplay에서 만든 링크입니다. 페이지를 새로 고쳐 업데이트한 뒤 링크를 다시 여세요. 내 텍스트는 그대로입니다.",
    "fail.invalid": "공유 링크에 podplay가 받지 않는 값이 들어 있어 열지 않았습니다. 내 텍스트는 그대로입니다.",
    "fail.unknownId": "이 podplay에 없는 레슨이나 챌린지를 가리키는 링크입니다(더 새로운 버전의 링크이거나 오타일 수 있습니다). 아무것도 열지 않았고 내 텍스트는 그대로입니다.",
  });
