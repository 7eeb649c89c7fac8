import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';

/** The SQL text a page reads and sets, whichever editor holds it. */
export interface SqlEditor {
  text(): string;
  set(text: string): void;
  focus(): void;
}

/**
 * CodeMirror 6 in place of the plain text area: SQL highlighting, and completion of the keywords
 * and of the bundle's table and column names. DuckDB's SQL is close to PostgreSQL's, whose
 * keywords and quoting the dialect follows. Ctrl/Cmd + Enter runs the query.
 */
export function sqlEditor(textarea: HTMLTextAreaElement, tables: Record<string, string[]>, run: () => void): SqlEditor {
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      lineNumbers(),
      history(),
      bracketMatching(),
      closeBrackets(),
      autocompletion(),
      syntaxHighlighting(defaultHighlightStyle),
      sql({ dialect: PostgreSQL, schema: tables, upperCaseKeywords: true }),
      keymap.of([{ key: 'Mod-Enter', run: () => (run(), true) }, ...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
      placeholder('SELECT …'),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': textarea.labels?.[0]?.textContent?.trim() ?? 'SQL' }),
    ],
  });
  textarea.replaceWith(view.dom);
  return {
    text: () => view.state.doc.toString(),
    set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
  };
}
