// Finds where a JSON text stops being valid JSON, as a line, a column and a plain message (no bundler trace).

/** Where and why a JSON text is invalid. Lines and columns count from 1. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** A recursive-descent reader that only checks syntax, and throws Stop at the first fault. */
class Reader {
  i = 0;
  depth = 0;
  constructor(readonly s: string) {}

  fail(message: string, at = this.i): never {
    throw new Stop(at, message);
  }

  skip(): void {
    while (this.i < this.s.length && WS.has(this.s[this.i] as string)) this.i++;
  }

  describe(): string {
    return this.i >= this.s.length ? 'the end of the file' : `“${this.s[this.i]}”`;
  }

  document(): void {
    this.skip();
    if (this.i >= this.s.length) this.fail('the file is empty');
    this.value();
    this.skip();
    if (this.i < this.s.length) this.fail(`unexpected ${this.describe()} after the end of the JSON value`);
  }

  value(): void {
    this.skip();
    const c = this.s[this.i];
    if (c === '{') return this.container('}', () => this.member());
    if (c === '[') return this.container(']', () => this.value());
    if (c === '"') return this.string();
    if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) return this.number();
    for (const word of LITERALS) if (this.s.startsWith(word, this.i)) return void (this.i += word.length);
    if (c === undefined) this.fail('the file ends where a value should be: is it truncated?');
    this.fail(`unexpected ${this.describe()} where a value should be`);
  }

  container(close: '}' | ']', item: () => void): void {
    if (++this.depth > 512) this.fail('values are nested too deeply');
    this.i++;
    this.skip();
    if (this.s[this.i] === close) return void (this.i++, this.depth--);
    for (;;) {
      item();
      this.skip();
      const c = this.s[this.i];
      if (c === close) return void (this.i++, this.depth--);
      if (c !== ',') this.fail(c === undefined ? `the file ends before the closing “${close}”: is it truncated?` : `expected “,” or “${close}”, found ${this.describe()}`);
      const comma = this.i++;
      this.skip();
      if (this.s[this.i] === close) this.fail(`a trailing comma before “${close}” (JSON allows none)`, comma);
    }
  }

  member(): void {
    this.skip();
    if (this.i >= this.s.length) this.fail('the file ends where a property name should be: is it truncated?');
    if (this.s[this.i] !== '"') this.fail(`expected a property name in double quotes, found ${this.describe()}`);
    this.string();
    this.skip();
    if (this.s[this.i] !== ':') this.fail(`expected “:” after the property name, found ${this.describe()}`);
    this.i++;
    this.value();
  }

  string(): void {
    const start = this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('a string is never closed: is the file truncated?', start);
      if (c === '"') return void this.i++;
      if (c < ' ') this.fail('a control character (such as a line break) inside a string');
      if (c === '\\') {
        ESCAPE.lastIndex = this.i + 1;
        if (!ESCAPE.test(this.s)) this.fail('an invalid escape sequence in a string');
        this.i = ESCAPE.lastIndex;
      } else this.i++;
    }
  }

  number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) this.fail('an invalid number');
    this.i += m[0].length;
  }
}

/** Line and column (from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** Null when `text` is valid JSON; otherwise the first fault's line, column and message. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    JSON.parse(text);
    return null;
  } catch {
    // JSON.parse's message varies by engine and often has no position: locate the fault ourselves.
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return { line: 1, column: 1, message: 'the file starts with an invisible byte-order mark (U+FEFF): save it as UTF-8 without one' };
  }
  try {
    new Reader(text).document();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineColumn(text, e.at), message: e.message };
  }
  return { line: 1, column: 1, message: 'the file is not valid JSON' };
}

/** The one-line report for a file: `data/timeline.json:396:70: a string is never closed …`. */
export function formatJsonSyntaxError(file: string, err: JsonSyntaxError): string {
  return `${file}:${err.line}:${err.column}: not valid JSON: ${err.message}`;
}
