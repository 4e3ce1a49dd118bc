// Writes a reply's image (a chart) into a folder for the console and the CLI, which cannot show pictures.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReplyImage } from './reply.js';

/** Saves `image` as `<dir>/<image.name>` (creating the folder) and returns the file's path. */
export async function writeReplyImage(dir: string, image: ReplyImage): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, image.name);
  await writeFile(file, image.png);
  return file;
}
