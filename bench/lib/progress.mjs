// A one-line progress display on a terminal (rewritten in place, with the seconds the current
// step has taken, so a hung run is visible before its time limit), and nothing of it in logs
// (CI), where permanent lines suffice. The progress line goes to stderr; permanent lines go to
// stdout with the report, and the two never garble each other.

export class Progress {
  constructor(stream = process.stderr, logStream = process.stdout) {
    this.stream = stream;
    this.logStream = logStream;
    this.tty = Boolean(stream.isTTY);
    this.text = '';
    this.since = 0;
    this.line = '';
    this.ticker = null;
  }

  /** Starts a new step: its text, then its elapsed time, refreshed twice a second. */
  update(text) {
    if (!this.tty) return;
    this.text = text;
    this.since = performance.now();
    this.ticker ??= setInterval(() => this.draw(), 500).unref();
    this.draw();
  }

  draw() {
    if (!this.text) return;
    const full = `${this.text} ${((performance.now() - this.since) / 1000).toFixed(1)} s`;
    const width = (this.stream.columns || 100) - 1;
    this.line = full.length > width ? `${full.slice(0, width - 1)}…` : full;
    this.stream.write(`\r\x1b[K${this.line}`);
  }

  /** Prints a permanent line above the progress line. */
  log(text) {
    if (this.tty && this.line) this.stream.write('\r\x1b[K');
    this.logStream.write(`${text}\n`);
    if (this.tty && this.line) this.stream.write(this.line);
  }

  clear() {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    if (this.tty && this.line) this.stream.write('\r\x1b[K');
    this.line = '';
    this.text = '';
  }
}
