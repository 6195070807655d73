// A one-line progress display on a terminal (rewritten in place), plain log lines elsewhere
// (CI logs), so that permanent lines and the progress line never garble each other. The
// progress line goes to stderr, permanent lines to stdout with the report.

export class Progress {
  constructor(stream = process.stderr, logStream = process.stdout) {
    this.stream = stream;
    this.logStream = logStream;
    this.tty = Boolean(stream.isTTY);
    this.line = '';
  }

  /** Replaces the progress line (terminal only; silent in logs, where it would be noise). */
  update(text) {
    if (!this.tty) return;
    const width = (this.stream.columns || 100) - 1;
    this.line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.stream.write(`\r\x1b[K${this.line}`);
  }

  /** Prints a permanent line above the progress line. */
  log(text) {
    if (this.tty && this.line) this.stream.write('\r\x1b[K');
    this.logStream.write(`${text}\n`);
    if (this.tty && this.line) this.stream.write(this.line);
  }

  clear() {
    if (this.tty && this.line) this.stream.write('\r\x1b[K');
    this.line = '';
  }
}
