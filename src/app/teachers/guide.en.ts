import type { Guide } from "./guideTypes";

// The teachers' guide in English. docs/teachers.md is generated from it (guideMarkdown.test.ts).
export const guideEn: Guide = {
  title: "Teaching a class with podplay",
  intro:
    "podplay runs a small Kubernetes v1.34 cluster in the browser and shows, second by second, what happens to a Pod: what `kubectl get pods -w`, `kubectl describe pod` and the events would say, and why. This page is for teachers: how to present it to a room, how to let the class predict before it sees, how to hand out lessons and challenges, how to grade the answers, and a plan for one 45-minute lesson.",
  keysHead: ["Keys", "What they do"],
  docsNote: "The same guide is in the app: “For teachers” in the header, or the page's address with `#teachers`. 한국어: [teachers.ko.md](teachers.ko.md).",
  sections: [
    {
      id: "before",
      title: "Before the class",
      blocks: [
        {
          list: [
            "Open the page once on the computer you will present from and on the students' machines. After that first visit it works without a network (see Offline below).",
            "Choose the language in the header (English or 한국어). Every lesson, question and challenge exists in both; a share link carries the language it was made in.",
            "Test the projector. At 1280×720 the timeline gets at least half the screen; presenter mode hides the editor and makes the type larger.",
            "Pick a lesson from Lessons (or Course), and step through its key moments once yourself. Each moment's claim is checked against the simulator by a test, so what you see is what a real cluster shows.",
          ],
        },
      ],
    },
    {
      id: "presenter",
      title: "Presenter mode and its keys",
      blocks: [
        {
          p: "Press P (or the Present button) to enter presenter mode: full screen, large type, the editor hidden, and the keys step between key moments instead of single changes. With a lesson open the key moments are the lesson's; without one, they are the times at which a row of `kubectl get pods` changes.",
        },
        {
          keys: [
            ["P", "Presenter mode on or off (anywhere but a text field)"],
            ["→  PageDown  Space", "Next key moment (in predict mode: first the question, then the answer)"],
            ["←  PageUp", "Previous key moment (closes a question)"],
            ["Q", "Predict mode on or off"],
            ["L", "A pointer spotlight that follows the mouse"],
            ["Esc", "Leave presenter mode"],
          ],
        },
        {
          p: "A presentation clicker usually sends PageUp and PageDown, so it works as it is. Outside presenter mode the playback keys apply: Space plays or pauses, ← and → step to the previous or next change, Home and End go to the start and the end, and ? lists every key.",
        },
        {
          p: "In presenter mode the views show only what has happened up to the playhead: the class never sees the answer on screen before the question.",
        },
      ],
    },
    {
      id: "predict",
      title: "Predict mode: ask before you show",
      blocks: [
        {
          steps: [
            "Press Q. The Predict button in the presenter bar lights up.",
            "Press →. The playhead stops one second before the next key moment and a card asks the room “What happens next?” with its choices. The timeline shows the state just before it happens.",
            "Let the class answer: a show of hands for each number, a quick poll, or a minute in pairs. Ask why, too: the explanation is where the learning is.",
            "Press → again. The right choice is marked, the explanation appears and the playhead moves onto the moment, so the class sees it happen.",
            "Press → for the next question, or ← to go back. Moving the playhead yourself closes the card.",
          ],
        },
        {
          p: "Lesson moments have questions written for them. Without a lesson, podplay asks what the changing pod's `kubectl get pods` row becomes next, with the rows it shows in the run as the choices. A moment without a question is simply shown.",
        },
      ],
    },
    {
      id: "two-screens",
      title: "Two screens: your notes and the room's picture",
      blocks: [
        {
          p: "With a projector as a second screen you can keep notes to yourself. In presenter mode, press “Open audience window”. A second window opens with the same scenario: move it to the projector and press its Full screen button. It shows the picture only (timeline or node map, the kubectl panel, the clock and the question on screen) and follows your window.",
        },
        {
          list: [
            "Your window keeps the controls (the moment buttons, play, pause, the time) and adds notes: the current moment's explanation, the next moment's label and time, and its question with the answer marked. The audience window never shows the notes or the next moment.",
            "What follows: the scenario text, the lesson, the playhead, the view (timeline or node map), the kubectl tab and the selected pod, the question and its answer, the reveal choice, the language and the theme.",
            "The keys of a clicker pointed at the audience window (← → PageUp PageDown Space, Q) step your window, so both stay one picture.",
            "Your notes say how many audience windows follow. A second audience window (a second projector) follows too: open it again, or copy the first one's address.",
            "If you close or reload your window, the audience window keeps the picture, says so, and can be stepped by itself; a reload of your window picks the class up again. Closing an audience window changes nothing in yours.",
            "Two classes in two tabs do not cross: every window belongs to its teacher's session. The windows talk through the browser (a BroadcastChannel), so both must be in the same browser on the same computer; nothing goes through a server.",
            "If the browser blocks the new window, your notes show its address: allow pop-ups for the page, or open that address in a new window.",
          ],
        },
      ],
    },
    {
      id: "share",
      title: "Share links: a lesson, a moment, the reveal",
      blocks: [
        {
          p: "“Copy link” puts everything the page shows into the address: the scenario text, the playhead, the selected pod, the language, the view, the open lesson and the reveal choice. Opening the link gives the same run at the same moment; nothing is stored on a server. Links of the built-in lessons are under 2,000 characters and fit in a chat message.",
        },
        {
          list: [
            "A built-in lesson or challenge: “Copy lesson link” in an open lesson (“Copy challenge link” in a challenge) copies a short link such as `…/#lesson/liveness-exec` or `…/#challenge/slow-start`, made for a slide or a syllabus. Students land in the lesson with its text, its key moments and its questions, or in the challenge with its task and goals.",
            "A short link's language: `/ko` at the end opens it in Korean (`…/#lesson/liveness-exec/ko`), `/en` in English; without either, the reader's own language stays. It names only the id, so it opens what that podplay ships under the id; an id it does not have is said plainly and changes nothing.",
            "A moment: step to it (a key moment, a mark on the timeline, or Jump to time), select the pod you want them to look at, then Copy link. The link opens at that playhead with that selection, a good start for “what happens next?” as homework.",
            "The reveal: lessons and presenter mode always draw the story only up to the playhead. In the free playground the As it happens / Whole run switch in the playback bar chooses, and the link carries it. Share “As it happens” when the question is what comes next; share “Whole run” when you want the class to study a finished run.",
            "Your own challenge: Copy link on a scenario with a Challenge document makes a link that opens in challenge mode (see below).",
            "Opening a link never loses a student's own work: the text it replaced is kept, and “Restore my previous text” brings it back.",
          ],
        },
      ],
    },
    {
      id: "challenges",
      title: "Challenges: students fix it, you grade it",
      blocks: [
        {
          p: "A challenge is a small broken scenario with a task and goals, for example “A slow app keeps getting killed: change the Pod so that the app starts and is never restarted”. Students open Challenges (or a challenge's link), edit the YAML, and the panel marks each goal ✓ or ✗ after every edit, with what happened instead and a button to the moment it is about. Hints come one at a time. The parts that make the task what it is (the app's behaviour, the nodes, how long the run lasts, the goals) are fixed: an edit that changes them is an error at its line and grades nothing.",
        },
        {
          p: "To hand in an answer, a student saves the editor's text as a file: Save beside the editor (Ctrl+S, ⌘S on a Mac), or Export → Scenario as YAML. The saved file may keep the Challenge document; the grader checks that it is unchanged.",
        },
        {
          p: "You can write your own: add a `kind: Challenge` document to a scenario in the editor (it is checked as you type), then Copy link and hand out the link. `docs/challenges.md` in a podplay checkout describes the goals and the fixed parts.",
        },
        {
          p: "Grade an answer from a podplay checkout (Node 20, `npm ci` once) with `podplay check CHALLENGE ANSWER`: the goals, the Scenario and the fixed parts come from the first file (the challenge), the student's manifests from the second. It prints one line a goal and exits with 0 when every goal holds, 1 when one does not (or the answer is rejected or changes a fixed part), 2 when a file cannot be read. `--json` prints the whole run as JSON, with `goals` and `passed`. `node dist-cli/podplay.mjs check …` takes the same arguments and starts faster (a fifth of a second a file instead of about one).",
        },
        {
          code: "npm run --silent podplay -- check src/challenges/catalogue/slow-start.yaml answers/alice.yaml\necho $?   # 0: every goal holds",
        },
        {
          p: "A whole class: put each student's file in `answers/NAME.yaml` and run this loop in bash from the checkout. It writes one report per student and a `results.csv` to open in a spreadsheet.",
        },
        {
          code: [
            "challenge=src/challenges/catalogue/slow-start.yaml",
            "mkdir -p reports",
            'echo "name,passed,goals" > results.csv',
            "for f in answers/*.yaml; do",
            '  name=$(basename "$f" .yaml)',
            '  npm run --silent podplay -- check "$challenge" "$f" > "reports/$name.txt" 2>&1',
            "  case $? in",
            "    0) passed=true ;;",
            "    1) passed=false ;;",
            "    *) passed=error ;;   # 2: the file could not be read",
            "  esac",
            `  held=$(grep -c '^✓ ' "reports/$name.txt")`,
            `  goals=$(grep -c -e '^✓ ' -e '^✗ ' "reports/$name.txt")`,
            '  echo "$name,$passed,$held/$goals" >> results.csv',
            "done",
            "cat results.csv   # alice,true,2/2  bob,false,1/2 …",
          ].join("\n"),
        },
        {
          p: "Each `reports/NAME.txt` is the readable list of goals, each ✓ or ✗ with what happened instead (and the line of any error in the file): a good thing to send back to the student. `docs/challenges.md` also shows how to grade every push of an assignment repository with GitHub Actions.",
        },
      ],
    },
    {
      id: "course",
      title: "The course",
      blocks: [
        {
          p: "Course lays every lesson and challenge out as one path, in the order of the study notes podplay teaches from: pod phases, container states, the restart policy, the crash-loop back-off, probes, init containers, hooks, Services, resources, scheduling and nodes, the descheduler. Each step shows its minutes and what to do first.",
        },
        {
          list: [
            "A new student sees where to start; a returning one gets “Continue where you left off”.",
            "A lesson counts as done at its last key moment, a challenge when every goal holds. Each ends with “Next in the course”.",
            "Progress stays in the browser. Export progress saves it to a file, which a student can import on another computer, or hand in so you can see which steps are done.",
          ],
        },
      ],
    },
    {
      id: "offline",
      title: "Offline",
      blocks: [
        {
          p: "After one visit the whole app is kept in the browser, editor included, and opens and simulates without a network. The header says “✓ Ready to work offline” once it is. For a room with poor Wi-Fi, open the page on every machine the day before. Share links, lessons, challenges, presenter mode and the audience window all work offline; so does the command line, which needs no network after `npm ci`.",
        },
        {
          p: "To serve podplay from your school's own web server, run `npm ci && npm run build` in a checkout: it writes `dist/`, a folder of static files to copy to any web server (`docs/hosting.md` in the checkout has worked examples). Over https it also works offline and installs as an app; at a plain http address on the school network (http://10.0.0.5/podplay/) it runs, but browsers keep no offline copy. `npm start` serves it to the computer it runs on only (http://127.0.0.1:5173).",
        },
      ],
    },
    {
      id: "plan",
      title: "A 45-minute lesson",
      blocks: [
        {
          p: "A plan for one lesson on liveness probes; swap in any lesson and a challenge from the same Course section.",
        },
        {
          table: {
            head: ["Minutes", "What happens", "In podplay"],
            rows: [
              ["0–5", "The question of the day: how does Kubernetes know a container is stuck?", "Presenter mode on the lesson “Liveness probe: exec” (`#lesson/liveness-exec`); do not step yet."],
              [
                "5–20",
                "Walk through the lesson together, predicting each key moment.",
                "Predict mode (Q): → asks, the room answers, → reveals. Audience window on the projector, your notes on your screen.",
              ],
              ["20–35", "Students fix a broken Pod in pairs.", "Hand out the challenge “Give the app time before the first check” (`#challenge/liveness-initial-delay`); the panel checks their goals as they type."],
              ["35–40", "Two pairs show their answers and explain why they work.", "Open their links (or files) in presenter mode and step to the moment that matters."],
              ["40–45", "Wrap up and homework.", "Share a link to a moment of the next lesson with “what happens next?”; collect the saved answers and grade them with the loop above (with `src/challenges/catalogue/liveness-initial-delay.yaml` as the challenge)."],
            ],
          },
        },
      ],
    },
  ],
};
