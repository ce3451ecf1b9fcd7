let made = 0;

/**
 * A part of a temporary file's name that no other save of this or another process uses at the same
 * time: the process id, a counter and a random part (a file left by a crashed run with the same id
 * does not collide either). Not node:crypto, which costs a report ~4 ms to load; the file is opened
 * with 'wx' all the same, so a clash could only fail a save, never overwrite anything.
 */
export function uniqueSuffix(): string {
  made++;
  return `${process.pid.toString(36)}-${made.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
