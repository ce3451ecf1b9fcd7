import type { Messages } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';

/** What every command gets from the shell: the chosen language, the streams, the global options. */
export interface CommandContext {
  m: Messages;
  language: Language;
  /** Asked for with --lang or RESOKIT_LANG (not the default): it then wins over a file's own language. */
  languageExplicit: boolean;
  stdout: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** --questions: extra themes on top of the built-in set. */
  questions: string | undefined;
  color: boolean;
  debug: boolean;
  /**
   * Says that the run goes on in the language of `m` (a report or a resumed reflection in the
   * language of its files): from then on the error output speaks it too. One language per run.
   */
  useMessages(m: Messages): void;
}
