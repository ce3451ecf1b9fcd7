import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { uniqueSuffix } from './temp-name.js';

export type ProbeFs = Pick<typeof fsPromises, 'writeFile' | 'rename' | 'unlink'>;

/**
 * Whether answers can be saved in `dir`, found out by doing what a save does: write a small file,
 * rename it (an atomic save replaces by rename) and remove it. `access(W_OK)` is not enough: on
 * Windows it ignores ACLs and Controlled Folder Access.
 * Resolves when all three worked; rejects with the error of the step that failed (its `code`
 * says why), having removed what it wrote.
 */
export async function probeWritable(dir: string, fs: ProbeFs = fsPromises): Promise<void> {
  const name = `.resokit-probe-${uniqueSuffix()}`;
  const written = join(dir, `${name}.tmp`);
  const renamed = join(dir, `${name}.yaml`);
  let current: string | undefined;
  try {
    try {
      await fs.writeFile(written, 'probe\n', { flag: 'wx' });
    } catch (error) {
      // A full disk creates the file and then fails to write it: it is ours unless it was there before.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await fs.unlink(written).catch(() => undefined);
      throw error;
    }
    current = written;
    await fs.rename(written, renamed);
    current = renamed;
    await fs.unlink(renamed);
    current = undefined;
  } finally {
    if (current !== undefined) await fs.unlink(current).catch(() => undefined);
  }
}
