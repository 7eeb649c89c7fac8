import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DrawingPool, type DrawingThread } from '../../../src/figures/drawing-pool.ts';
import type { DrawAnswer, DrawJob } from '../../../src/figures/drawing-worker.ts';

/** A thread that holds the jobs it is sent until the test answers them. */
class FakeThread extends EventEmitter implements DrawingThread {
  sent: DrawJob[] = [];
  refs = 0;
  postMessage(job: DrawJob) {
    this.sent.push(job);
  }
  ref() {
    this.refs = 1;
  }
  unref() {
    this.refs = 0;
  }
  /** Answers the job it was sent at that position (0: the first). */
  answer(position: number) {
    const job = this.sent[position]!;
    this.emit('message', { png: new Uint8Array([job.pngWidth]) } satisfies DrawAnswer);
  }
}

const job = (pngWidth: number) => ({ svg: '<svg/>', pngWidth, outline: false, fonts: [] });
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('DrawingPool', () => {
  it('gives each thread one job at a time and the next job to the first thread that answers', async () => {
    const threads: FakeThread[] = [];
    const pool = new DrawingPool(() => threads[threads.push(new FakeThread()) - 1]!, 2);
    const answers = [1, 2, 3, 4, 5].map((width) => pool.draw(job(width)));
    expect(threads).toHaveLength(2);
    expect(threads.map((t) => t.sent.map((j) => j.pngWidth))).toEqual([[1], [2]]);

    threads[1]!.answer(0);
    expect(threads.map((t) => t.sent.map((j) => j.pngWidth))).toEqual([[1], [2, 3]]);
    threads[1]!.answer(1);
    threads[0]!.answer(0);
    expect(threads.map((t) => t.sent.map((j) => j.pngWidth))).toEqual([[1, 5], [2, 3, 4]]);
    threads[1]!.answer(2);
    threads[0]!.answer(1);

    expect((await Promise.all(answers)).map((a) => ('png' in a ? a.png[0] : undefined))).toEqual([1, 2, 3, 4, 5]);
    expect(threads).toHaveLength(2);
  });

  it('keeps the process alive only while a thread has a job', async () => {
    const thread = new FakeThread();
    const pool = new DrawingPool(() => thread, 1);
    const answer = pool.draw(job(1));
    expect(thread.refs).toBe(1);
    thread.answer(0);
    await answer;
    expect(thread.refs).toBe(0);
  });

  it('fails only the job of a thread that dies, and gives the jobs waiting to a new thread', async () => {
    const threads: FakeThread[] = [];
    const pool = new DrawingPool(() => threads[threads.push(new FakeThread()) - 1]!, 1);
    const first = pool.draw(job(1));
    const second = pool.draw(job(2));
    threads[0]!.emit('error', new Error('out of memory'));
    await expect(first).rejects.toThrow('out of memory');
    await settle();
    expect(threads).toHaveLength(2);
    expect(threads[1]!.sent.map((j) => j.pngWidth)).toEqual([2]);
    threads[1]!.answer(0);
    expect(await second).toMatchObject({ png: new Uint8Array([2]) });
  });

  it('starts no thread before the first job', () => {
    let started = 0;
    new DrawingPool(() => {
      started += 1;
      return new FakeThread();
    }, 2);
    expect(started).toBe(0);
  });
});
