// The upload half of resumable.js's protocol, which zmp-cli-core drives through the class it is given (zmp-cli
// passes a Node port of resumable.js): each chunk is announced with a GET (testChunks: 200 = already there),
// then sent as raw bytes ("octet") with the resumable* parameters in the query string.

/** The options zmp-cli-core constructs its uploader with. */
export interface ChunkedUploadOptions {
  target: string;
  chunkSize: number;
  simultaneousUploads: number;
  testChunks: boolean;
  headers: Record<string, string>;
  generateUniqueIdentifier: () => string;
}

/** The file zmp-cli-core hands over: the zip in memory, named www.zip. */
export class BufferFile {
  readonly name: string;
  readonly buffer: Buffer;
  readonly size: number;
  readonly type = "application/zip";
  constructor({ name, buffer }: { name: string; buffer: Buffer }) {
    this.name = name;
    this.buffer = buffer;
    this.size = buffer.length;
  }
}

type Handler = (...args: unknown[]) => void;
const PERMANENT_ERRORS = new Set([400, 404, 415, 500, 501]);
const RETRIES = 3;

/** Chunk boundaries as resumable.js cuts them without forceChunkSize: the last chunk takes the remainder. */
export function chunkRanges(size: number, chunkSize: number): { start: number; end: number }[] {
  const count = Math.max(Math.floor(size / chunkSize), 1);
  return Array.from({ length: count }, (_, i) => ({
    start: i * chunkSize,
    end: i === count - 1 ? size : (i + 1) * chunkSize,
  }));
}

/** The uploader class zmp-cli-core is given; `rebase` maps Zalo's URL to the configured API base. */
export class ChunkedUpload {
  readonly support = true;
  private readonly handlers = new Map<string, Handler[]>();
  private file?: BufferFile;
  private sent = 0;
  private readonly handle = { progress: () => (this.total === 0 ? 0 : this.sent / this.total) };
  private total = 0;

  constructor(
    private readonly options: ChunkedUploadOptions,
    private readonly rebase: (url: string) => string = (url) => url,
  ) {}

  on(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  addFile(file: BufferFile): void {
    this.file = file;
    this.emit("fileAdded", this.handle);
  }

  upload(): void {
    // A handler that throws (an answer that is not JSON) fails the upload instead of leaving it hanging.
    this.run()
      .then((message) => this.emit("fileSuccess", this.handle, message))
      .catch((error: unknown) => this.emit("fileError", this.handle, (error as Error).message));
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  /** Every chunk but the last, a few at a time; then the last, whose answer is the upload's result. */
  private async run(): Promise<string> {
    const file = this.file;
    if (!file) throw new Error("no file added");
    const ranges = chunkRanges(file.size, this.options.chunkSize);
    this.total = ranges.length;
    const pending = ranges.slice(0, -1).map((range, i) => ({ range, number: i + 1 }));
    const workers = Array.from({ length: Math.max(1, this.options.simultaneousUploads) }, async () => {
      for (let next = pending.shift(); next; next = pending.shift())
        await this.sendChunk(file, next.number, next.range, ranges.length);
    });
    await Promise.all(workers);
    return this.sendChunk(file, ranges.length, ranges.at(-1)!, ranges.length);
  }

  private params(file: BufferFile, number: number, range: { start: number; end: number }, total: number) {
    return new URLSearchParams({
      resumableChunkNumber: String(number),
      resumableChunkSize: String(this.options.chunkSize),
      resumableCurrentChunkSize: String(range.end - range.start),
      resumableTotalSize: String(file.size),
      resumableType: file.type,
      resumableIdentifier: this.options.generateUniqueIdentifier(),
      resumableFilename: file.name,
      resumableRelativePath: file.name,
      resumableTotalChunks: String(total),
    });
  }

  private async sendChunk(
    file: BufferFile,
    number: number,
    range: { start: number; end: number },
    total: number,
  ): Promise<string> {
    const url = `${this.rebase(this.options.target)}?${this.params(file, number, range, total)}`;
    const headers = this.options.headers;
    // The last chunk is always sent: its answer is the upload's result (the new version).
    if (this.options.testChunks && number < total) {
      const test = await fetch(url, { method: "GET", headers });
      if (test.status === 200) {
        this.progressed();
        return test.text();
      }
    }
    for (let attempt = 1; ; attempt++) {
      const answer = await fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream" },
        body: file.buffer.subarray(range.start, range.end),
      }).catch((error: unknown) => error as Error);
      if (!(answer instanceof Error) && (answer.status === 200 || answer.status === 201)) {
        this.progressed();
        return answer.text();
      }
      const problem = answer instanceof Error ? answer.message : `HTTP ${answer.status}`;
      if ((!(answer instanceof Error) && PERMANENT_ERRORS.has(answer.status)) || attempt >= RETRIES)
        throw new Error(`chunk ${number}/${total} refused: ${problem}`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }

  private progressed(): void {
    this.sent += 1;
    this.emit("fileProgress", this.handle);
  }
}

/** The uploader class whose requests go to `apiBase` instead of Zalo's `zaloBase` (tests use a local fake). */
export function chunkedUploadTo(apiBase: string, zaloBase: string): typeof ChunkedUpload {
  return class extends ChunkedUpload {
    constructor(options: ChunkedUploadOptions) {
      super(options, (url) => url.replace(zaloBase, apiBase));
    }
  };
}
