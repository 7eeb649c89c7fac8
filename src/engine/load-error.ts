import type { StartFailure } from './engine-protocol.ts';

/** Why loading stopped, as a key the page turns into words in its language. */
export type LoadFailure = StartFailure | 'dataMissing' | 'dataIntegrity' | 'stalled' | 'timeout' | 'cancelled' | 'worker';

export class EngineLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}
