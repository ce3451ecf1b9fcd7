/** Why a file could not be read or written: one word for each cause, whatever the command. */
export const files = {
  reasons: {
    ENOENT: 'bestand of map bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EISDIR: 'is een map, geen bestand',
    EACCES: 'geen toegang (rechten)',
    EPERM: 'geen toegang (rechten)',
    EROFS: 'de schijf is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'je schijfquotum is op',
    EIO: 'de schijf of netwerkmap antwoordt niet (invoer/uitvoer-fout)',
    ENOTCONN: 'de netwerkmap is niet meer verbonden',
    EBUSY: 'het bestand is in gebruik door een ander programma',
    EEXIST: 'er bestaat al een bestand met die naam',
    EMFILE: 'te veel bestanden tegelijk open',
    ELOOP: 'te veel symbolische koppelingen',
    ENAMETOOLONG: 'de naam is te lang',
  } as Record<string, string>,
  /** A cause not in the list: the system's own words, with its code. */
  otherReason: (code: string, message: string) => (code ? `${message} (${code})` : message),
};
