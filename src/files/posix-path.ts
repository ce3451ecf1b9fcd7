/**
 * A path as machine output writes it (themes --json, report JSON, the build's data): with forward
 * slashes whatever the OS, so that the same input gives the same bytes on Windows and Linux.
 * Only Windows separates with `\`; on Linux and macOS a backslash is part of a file name and stays.
 */
export function toPosixPath(path: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? path.replaceAll('\\', '/') : path;
}
