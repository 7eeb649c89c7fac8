// One of the build's drawing workers (see raster.ts): draws each SVG it is sent, off the thread that renders pages.
// It is sent one job at a time (drawing-pool.ts), so each answer is to the last job sent.
import { parentPort } from 'node:worker_threads';
import { draw } from './drawing.ts';

/** A drawing asked of a worker. */
export interface DrawJob {
  svg: string;
  pngWidth: number;
  outline: boolean;
  /** The font files to draw it with (picture-fonts.ts: fontsFor). */
  fonts: string[];
}

/** A worker's answer: the drawing, or why it failed. */
export type DrawAnswer = { png: Uint8Array; outlined?: string } | { error: string };

parentPort?.on('message', ({ svg, pngWidth, outline, fonts }: DrawJob) => {
  let answer: DrawAnswer;
  try {
    const drawn = draw(svg, pngWidth, outline, fonts);
    // Its own buffer, handed over without a copy.
    answer = { ...drawn, png: new Uint8Array(drawn.png) };
  } catch (error) {
    answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(answer, 'png' in answer ? [answer.png.buffer as ArrayBuffer] : []);
});
