import type { DrawAnswer, DrawJob } from './drawing-worker.ts';

/** What the pool needs of a thread (node:worker_threads' Worker has it all). */
export interface DrawingThread {
  postMessage(job: DrawJob): void;
  on(event: 'message', listener: (answer: DrawAnswer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  ref(): void;
  unref(): void;
}

/** A drawing: the PNG and, when asked for, the SVG with its text as outlines. */
export type Drawing = Exclude<DrawAnswer, { error: string }>;

interface Waiting {
  job: DrawJob;
  resolve: (drawing: Drawing) => void;
  reject: (error: Error) => void;
}

interface Member {
  thread: DrawingThread;
  drawing?: Waiting;
}

/**
 * Drawing jobs shared among at most `size` threads, each given one job at a time; the other jobs
 * wait here, on the page thread.
 *
 * Why one at a time: a worker handles every message waiting at its port before its event loop
 * turns, and resvg frees a drawing's memory only in such a turn (Node runs native finalisers as
 * immediates). A worker with jobs queued at its port therefore freed nothing until the queue ran
 * dry, and the build's link previews, asked for several at a time, held 1.5 GB at 10^5 rows.
 * A long drawing also no longer holds up the jobs behind it while another thread is idle.
 */
export class DrawingPool {
  readonly #start: () => DrawingThread;
  readonly #size: number;
  #members: Member[] = [];
  readonly #queue: Waiting[] = [];

  constructor(start: () => DrawingThread, size: number) {
    this.#start = start;
    this.#size = size;
  }

  /** The drawing once a thread has made it; threads start when the first jobs need them. */
  draw(job: DrawJob): Promise<Drawing> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const idle = this.#members.find((member) => member.drawing === undefined) ?? (this.#members.length < this.#size ? this.#join() : undefined);
      if (!idle) return;
      const waiting = this.#queue.shift()!;
      idle.drawing = waiting;
      // A thread with work keeps the process alive until it answers (nothing else may be waiting).
      idle.thread.ref();
      idle.thread.postMessage(waiting.job);
    }
  }

  #join(): Member {
    const member: Member = { thread: this.#start() };
    member.thread.on('message', (answer) => {
      const waiting = member.drawing;
      member.drawing = undefined;
      if ('error' in answer) waiting?.reject(new Error(`drawing an SVG (${waiting.job.svg.length} characters) failed in a worker: ${answer.error}`));
      else waiting?.resolve(answer);
      // An idle thread does not keep the build's process alive once its pages are written.
      member.thread.unref();
      this.#dispatch();
    });
    // A thread that dies takes its job with it: that job fails, and the next job starts another thread.
    member.thread.on('error', (error) => {
      this.#members = this.#members.filter((m) => m !== member);
      member.drawing?.reject(error);
      member.drawing = undefined;
      this.#dispatch();
    });
    this.#members.push(member);
    return member;
  }
}
