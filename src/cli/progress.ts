// Progress of long operations, on stderr so stdout stays for the result (it may be piped). Nothing for work too small
// to need it; on a terminal one line rewritten in place, otherwise a line every few seconds (logs stay readable).
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progress(label: string, { stream = process.stderr as ProgressStream, minTotal = 10_000, now = Date.now } = {}) {
  let lastAt = -Infinity;
  let shown = false;
  return {
    update(done: number, total: number) {
      const finished = done >= total;
      if (total < minTotal || (!finished && now() - lastAt < (stream.isTTY ? 200 : 2000))) return;
      lastAt = now();
      shown = true;
      stream.write(stream.isTTY ? `\r${label} ${done}/${total}` : `${label} ${done}/${total}\n`);
    },
    end() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
