// Run by node.exe under Wine: holds the file argv[2] as Word, OneDrive or an antivirus scanner can,
// opened without sharing (UV_FS_O_EXLOCK: share mode 0), so that renaming over it fails (EPERM).
// Writes argv[2].holding once it holds the file; lets go when argv[2].release appears.
const fs = require('node:fs');

const file = process.argv[2];
const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.UV_FS_O_EXLOCK);
fs.writeFileSync(`${file}.holding`, '');
const timer = setInterval(() => {
  if (!fs.existsSync(`${file}.release`)) return;
  clearInterval(timer);
  fs.closeSync(fd);
}, 20);
