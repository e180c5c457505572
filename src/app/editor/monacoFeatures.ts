/**
 * The Monaco features the YAML editor uses, imported one by one instead of the full
 * `monaco-editor` entry, which also brings ~80 basic-language tokenizers, the CSS, HTML, JSON and
 * TypeScript language services and every editor contribution (issue #14: those chunks were
 * precached for nothing). This mirrors `monaco-editor/esm/vs/editor/editor.all.js` (0.54), minus
 * what a one-file YAML editor never shows. Only monaco.ts imports this file.
 *
 * To bring a feature back, add its line from editor.all.js here; e2e/editor.spec.ts and
 * e2e/playground.spec.ts cover quick fixes, hovers and markers.
 */
// Typing, cursor moves, undo; the widget itself.
import "monaco-editor/esm/vs/editor/browser/coreCommands.js";
import "monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js";
// Editing: cut/copy/paste, Ctrl+/ comments, Ctrl+D and Alt+click cursors, Alt+↑/↓ line moves,
// Ctrl+←/→ by word, re-indenting on paste, dragging a selection, Ctrl+U, Shift+Alt+→ expand.
import "monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js";
import "monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js";
import "monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js";
import "monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js";
import "monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js";
import "monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js";
import "monaco-editor/esm/vs/editor/contrib/dnd/browser/dnd.js";
import "monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js";
import "monaco-editor/esm/vs/editor/contrib/smartSelect/browser/smartSelect.js";
// Reading: bracket pairs, occurrences of the word under the cursor, folding (monaco-yaml's
// ranges), the sticky parent keys while scrolling (monaco-yaml's document symbols), links,
// invisible or look-alike characters (a non-breaking space breaks YAML).
import "monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js";
import "monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js";
import "monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js";
import "monaco-editor/esm/vs/editor/contrib/documentSymbols/browser/documentSymbols.js";
import "monaco-editor/esm/vs/editor/contrib/stickyScroll/browser/stickyScrollContribution.js";
import "monaco-editor/esm/vs/editor/contrib/links/browser/links.js";
import "monaco-editor/esm/vs/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter.js";
// The language features monaco-yaml and podplay provide: hovers (schema text, markers, the why
// panel's highlights), completion (with snippets), quick fixes (Ctrl+.), F8 to the next problem,
// Shift+Alt+F format.
import "monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js";
import "monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js";
import "monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js";
import "monaco-editor/esm/vs/editor/contrib/codeAction/browser/codeActionContributions.js";
import "monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js";
import "monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js";
// Find and replace, the right-click menu, F1's command list, Ctrl+G to a line (diagnostics
// name lines), and Ctrl+M, which the hint under the editor names.
import "monaco-editor/esm/vs/editor/contrib/find/browser/findController.js";
import "monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js";
import "monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess.js";
import "monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js";
import "monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js";
// The strings and icon font every widget above uses.
import "monaco-editor/esm/vs/editor/common/standaloneStrings.js";
import "monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js";
// YAML's syntax colours (a lazy chunk of its own); monaco-yaml brings the language service.
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";
