import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Exported files kept for a person to look at; test-results is wiped by every run, so outside it. */
const KEEP_DIR = join(tmpdir(), 'opschart-e2e-exports');
export async function keep(name: string, bytes: Buffer | string) {
  await mkdir(KEEP_DIR, { recursive: true });
  await writeFile(join(KEEP_DIR, name), bytes);
}
