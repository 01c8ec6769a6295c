import { open } from 'node:fs/promises';
import { MAX_ARTICLE_INPUT_BYTES } from '../../config/config.ts';
import type { LoadInput } from './collect-inputs.ts';

export class InputRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputRejected';
  }
}

/**
 * The input's bytes, refusing empty, oversized and unreadable ones with a message that says why. One limit
 * for every way in (a file, standard input, `ingestArticle`): MAX_ARTICLE_INPUT_BYTES, checked before the
 * input is read whole.
 */
export async function readInput(input: LoadInput, maxBytes: number = MAX_ARTICLE_INPUT_BYTES): Promise<Buffer> {
  const bytes = input.path === null ? await readStream(process.stdin, maxBytes) : await readFileBounded(input.path, maxBytes);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputRejected('the input is empty');
  return bytes;
}

async function readFileBounded(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputRejected(
      code === 'EACCES' ? 'permission denied: the file cannot be read' : `the file cannot be read (${code ?? String(error)})`,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new InputRejected(tooLarge(size, maxBytes));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputRejected) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputRejected(code === 'EISDIR' ? 'this is a folder, not a file' : `the file cannot be read (${code ?? String(error)})`);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) throw new InputRejected(tooLarge(total, maxBytes));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number): string {
  return `the input is ${(size / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB an article (or its extraction result) may have; split it into articles`;
}
