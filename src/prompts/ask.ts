import checkbox, { Separator } from '@inquirer/checkbox';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { Messages } from '../i18n/messages.js';
import { parseDueDate } from '../text/parse-date.js';
import { multilineInput } from './multiline-input.js';

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

/** The one place that knows Inquirer: everything the walk-through asks goes through here. */
export interface Asker {
  text(message: string, options?: { required?: boolean; default?: string }): Promise<string>;
  multiline(message: string, options?: MultilineOptions): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: ChoiceOrHeading<T>[], limits?: { min?: number; max?: number; minMessage?: string; maxMessage?: string }): Promise<T[]>;
  dueDate(message: string, today: string): Promise<string | undefined>;
}

export function createAsker(
  context: PromptContext,
  m: Messages,
  openEditor?: (text: string) => Promise<string>,
): Asker {
  const r = m.reflect;
  // Inquirer's key hints are English: translate their labels through the catalogue.
  const hints = (labels: Record<string, string>) => ({
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key === 'space' ? r.keys.space : key} ${labels[action] ?? action}`).join(' • '),
    },
  });
  const selectTheme = hints({ navigate: r.keys.navigate, select: r.keys.choose });
  const checkboxTheme = hints({ navigate: r.keys.navigate, select: r.keys.mark, submit: r.keys.submit });
  return {
    async text(message, options = {}) {
      const answer = await input(
        {
          message,
          default: options.default,
          validate: (value) => !options.required || value.trim() !== '' || r.required,
        },
        context,
      );
      return answer.trim();
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
        },
        context,
      );
    },
    select(message, choices, defaultValue) {
      return select({ message, choices, default: defaultValue, pageSize: 12, loop: false, theme: selectTheme }, context);
    },
    checkbox(message, choices, limits = {}) {
      return checkbox(
        {
          message,
          choices: choices.map((c) => ('heading' in c ? new Separator(c.heading) : c)),
          pageSize: 20,
          loop: false,
          shortcuts: { all: null, invert: null },
          theme: checkboxTheme,
          validate: (chosen) => {
            if (limits.min !== undefined && chosen.length < limits.min) return limits.minMessage ?? r.chooseAtLeastOne;
            if (limits.max !== undefined && chosen.length > limits.max) return limits.maxMessage ?? r.focusAtMostThree;
            return true;
          },
        },
        context,
      );
    },
    async dueDate(message, today) {
      const answer = await input(
        {
          message,
          validate: (value) => {
            if (value.trim() === '') return true;
            const parsed = parseDueDate(value, today);
            if (parsed.ok) return true;
            if (parsed.reason === 'invalid') return parsed.notAMonth ? r.dueNotAMonth(parsed.notAMonth, parsed.order) : r.dueInvalid;
            return parsed.reason === 'format' ? r.dueFormat : r.duePast;
          },
        },
        context,
      );
      const parsed = parseDueDate(answer, today);
      return parsed.ok ? parsed.iso : undefined;
    },
  };
}
