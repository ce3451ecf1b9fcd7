import type { Messages } from '../i18n/messages.js';
import { parseDueDate, typedDate } from '../text/parse-date.js';
import { checkbox } from './checkbox.js';
import { editLine } from './edit-line.js';
import { multilineInput } from './multiline-input.js';
import { select } from './select.js';
import type { Terminal } from './terminal-size.js';

/** Streams and cancellation for every prompt (tests pass their own streams). */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

export type ChoiceOrHeading<T> = Choice<T> | { heading: string };

export interface MultilineOptions {
  initial?: string;
  /** Changing an earlier answer (in the review) rather than answering. */
  changing?: boolean;
  onDraft?: (text: string) => void;
}

export interface CheckboxOptions {
  min?: number;
  max?: number;
  minMessage?: string;
  maxMessage?: string;
  /** Advice shown above the question (it stays on screen with it, however small the terminal). */
  intro?: string;
}

/** The one place the walk-through asks through: every prompt is ours, on @inquirer/core. */
export interface Asker {
  /**
   * `default`: given back for an empty line (shown in brackets); `initial`: put on the line to edit
   * (emptying it gives ''); `onDraft`: the line at every change.
   */
  text(message: string, options?: { required?: boolean; initial?: string; default?: string; onDraft?: (line: string) => void }): Promise<string>;
  multiline(message: string, options?: MultilineOptions): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: ChoiceOrHeading<T>[], options?: CheckboxOptions): Promise<T[]>;
  /**
   * With `current` (a date being changed, YYYY-MM-DD), the line starts with it as the prompt asks
   * for dates (day/month/year), and keeping it is fine even when it has passed. `typed` restores a
   * line that was being typed.
   */
  dueDate(message: string, today: string, options?: { current?: string; typed?: string; onDraft?: (line: string) => void }): Promise<string | undefined>;
}

export function createAsker(
  context: PromptContext,
  m: Messages,
  openEditor?: (text: string) => Promise<string>,
): Asker {
  const r = m.reflect;
  const selectHelp = [`↑↓ ${r.keys.navigate}`, `⏎ ${r.keys.choose}`].join(' • ');
  const checkboxHelp = [`↑↓ ${r.keys.navigate}`, `${r.keys.space} ${r.keys.mark}`, `⏎ ${r.keys.submit}`].join(' • ');
  const terminal = context.output as Terminal | undefined;
  return {
    text(message, options = {}) {
      const validate = (value: string) => !options.required || value.trim() !== '' || r.required;
      return editLine(
        { message, initial: options.initial ?? '', ...(options.default ? { fallback: options.default } : {}), validate, terminal, onDraft: options.onDraft },
        context,
      );
    },
    multiline(message, options = {}) {
      return multilineInput(
        {
          message,
          help: options.changing
            ? openEditor ? r.changeHelp : r.changeHelpNoEditor
            : openEditor ? r.answerHelp : r.answerHelpNoEditor,
          editorOpen: r.editorOpen,
          initial: options.initial,
          onDraft: options.onDraft,
          openEditor,
          terminal,
        },
        context,
      );
    },
    async select<T>(message: string, choices: Choice<T>[], defaultValue?: T) {
      return (await select({ message, choices, default: defaultValue, help: selectHelp, more: r.listMore, terminal }, context)) as T;
    },
    async checkbox<T>(message: string, choices: ChoiceOrHeading<T>[], options: CheckboxOptions = {}) {
      const chosen = await checkbox(
        {
          message,
          intro: options.intro,
          help: checkboxHelp,
          more: r.listMore,
          choices,
          terminal,
          validate: (values) => {
            if (options.min !== undefined && values.length < options.min) return options.minMessage ?? r.chooseAtLeastOne;
            if (options.max !== undefined && values.length > options.max) return options.maxMessage ?? r.focusAtMostThree;
            return true;
          },
        },
        context,
      );
      return chosen as T[];
    },
    async dueDate(message, today, options = {}) {
      const current = options.current === undefined ? undefined : typedDate(options.current);
      const validate = (value: string) => {
        if (value.trim() === '' || value.trim() === current) return true;
        const parsed = parseDueDate(value, today);
        if (parsed.ok) return true;
        if (parsed.reason === 'invalid') return parsed.notAMonth ? r.dueNotAMonth(parsed.notAMonth, parsed.order) : r.dueInvalid;
        return parsed.reason === 'format' ? r.dueFormat : r.duePast;
      };
      const answer = await editLine({ message, initial: options.typed ?? current ?? '', validate, terminal, onDraft: options.onDraft }, context);
      if (current !== undefined && answer.trim() === current) return options.current;
      const parsed = parseDueDate(answer, today);
      return parsed.ok ? parsed.iso : undefined;
    },
  };
}
