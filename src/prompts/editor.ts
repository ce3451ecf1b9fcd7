import { editAsync } from '@inquirer/external-editor';

/** Ctrl+E in a long answer: edit it in $VISUAL / $EDITOR (or the platform's default editor). */
export function openInEditor(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // A file ends with a newline: what the editor adds then starts on a line of its own.
    const file = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    editAsync(file, (error, result) => (error ? reject(error) : resolve(result ?? text)), { postfix: '.md' });
  });
}
