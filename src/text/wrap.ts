/** Display width of a string: code points, with wide (CJK/emoji) ones counting double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x1f300 && code <= 0x1faff) || code >= 0x20000) ? 2 : 1;
  }
  return width;
}

/** A web address: cutting it would break clicking and copying it, so it is never cut. */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Wraps text to `width` columns. Each line of the input is wrapped on its own (line breaks are
 * kept); the first output line starts with `first`, the others with `rest` (a hanging indent).
 * A word longer than the line is cut rather than allowed to overflow — except a URL, which gets a
 * line of its own and stays whole (the terminal may soft-wrap it, but it can still be clicked).
 */
export function wrap(text: string, width: number, first = '', rest = first): string {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    const room = () => Math.max(10, width - displayWidth(prefix));
    const push = () => {
      out.push((prefix + line).trimEnd());
      prefix = rest;
      line = '';
    };
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      if (URL_START.test(word) && displayWidth(word) > room()) {
        if (line) push();
        line = word; // the next word cannot join it: it goes to the next line
        continue;
      }
      while (displayWidth(word) > room()) {
        if (line) push();
        const cut = [...word];
        let taken = '';
        while (cut.length > 0 && displayWidth(taken + cut[0]) <= room()) taken += cut.shift();
        line = taken;
        push();
        word = cut.join('');
      }
      if (!word) continue;
      if (line && displayWidth(line) + 1 + displayWidth(word) > room()) push();
      line = line ? `${line} ${word}` : word;
    }
    push();
  }
  return out.join('\n');
}

/** Readable line length: the terminal's width, but never wider than is comfortable to read. */
export function readingWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(columns ?? 80, 100));
}
