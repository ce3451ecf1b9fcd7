import type { Messages } from '../messages.js';

export const files: Messages['files'] = {
  reasons: {
    ENOENT: 'le fichier ou le dossier n’existe pas',
    ENOTDIR: 'une partie du chemin n’est pas un dossier',
    EISDIR: 'c’est un dossier, pas un fichier',
    EACCES: 'accès refusé (droits)',
    EPERM: 'accès refusé (droits)',
    EROFS: 'le disque est en lecture seule',
    ENOSPC: 'le disque est plein',
    EDQUOT: 'votre quota de disque est épuisé',
    EIO: 'le disque ou le dossier réseau ne répond pas (erreur d’entrée/sortie)',
    ENOTCONN: 'le dossier réseau n’est plus connecté',
    EBUSY: 'le fichier est utilisé par un autre programme',
    EEXIST: 'un fichier de ce nom existe déjà',
    EMFILE: 'trop de fichiers ouverts en même temps',
    ELOOP: 'trop de liens symboliques',
    ENAMETOOLONG: 'le nom est trop long',
  },
  otherReason: (code, message) => (code ? `${message} (${code})` : message),
};
