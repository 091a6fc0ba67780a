/**
 * Reads a file, a device, a FIFO or standard input only up to a limit: one byte past it proves
 * the input too large, and nothing more is read, so `/dev/zero` or a 500 MB file costs the
 * limit, not the input. Sizes in errors are the bytes read, never a decoded length.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Thrown when an input holds more than its limit; the CLI turns it into an error naming the input. */
export class InputTooLargeError extends Error {
  readonly code = 'input-too-large';

  constructor(readonly limitBytes: number) {
    super(`more than ${limitBytes} bytes`);
  }
}

/**
 * Whether a reader refused an input for its size. By code, not class: test readers and another
 * build of this module throw errors of their own with the same code and limit.
 */
export function isInputTooLarge(error: unknown): error is { readonly code: 'input-too-large'; readonly limitBytes: number } {
  return (
    (error as { code?: unknown } | null)?.code === 'input-too-large' && typeof (error as { limitBytes?: unknown }).limitBytes === 'number'
  );
}

const CHUNK_BYTES = 64 * 1024;

/** At most `limitBytes` of the file at `path`; throws InputTooLargeError past that, fs errors as Node gives them. */
export function readFileBounded(path: string, limitBytes: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limitBytes + 1 - total));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limitBytes) throw new InputTooLargeError(limitBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(descriptor);
  }
}

/** At most `limitBytes` of a stream; stops reading (and destroys the stream) one byte past it. */
export async function readStreamBounded(stream: NodeJS.ReadableStream & { destroy?: () => void }, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > limitBytes) {
      stream.destroy?.();
      throw new InputTooLargeError(limitBytes);
    }
  }
  return Buffer.concat(chunks, total);
}

/** UTF-16 text (a byte-order mark, or NUL bytes in the first kilobyte) is the usual wrong encoding. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  return bytes.subarray(0, 1024).includes(0);
}

/** "4 MiB", "64 KiB": a limit as people read it. */
export function formatLimit(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
