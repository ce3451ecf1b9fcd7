import { editAsync } from '@inquirer/external-editor';

/** Ctrl+E in a long answer: edit it in $VISUAL / $EDITOR (or the platform's default editor). */
export function openInEditor(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    editAsync(text, (error, result) => (error ? reject(error) : resolve(result ?? text)), { postfix: '.md' });
  });
}
