import type { Messages } from '../messages.js';

export const files: Messages['files'] = {
  reasons: {
    ENOENT: 'no such file or folder',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'your disk quota is used up',
    EIO: 'the disk or network folder does not respond (input/output error)',
    ENOTCONN: 'the network folder is no longer connected',
    EBUSY: 'the file is in use by another program',
    EEXIST: 'a file with that name exists',
    EMFILE: 'too many files open at once',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
  },
  otherReason: (code, message) => (code ? `${message} (${code})` : message),
};
