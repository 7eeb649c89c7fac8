import type { BrowserEngine, LoadProgress } from '../../engine/browser-engine.ts';
import { EngineLoadError, type LoadFailure } from '../../engine/load-error.ts';
import { formatNumber, t, type Lang, type MessageKey } from '../../i18n/t.ts';

const FAILURE_TEXT: Record<LoadFailure, MessageKey> = {
  wasmStatus: 'failWasmStatus',
  wasmType: 'failWasmType',
  wasmSize: 'failWasmSize',
  wasmCompile: 'failWasmCompile',
  engineStart: 'failEngineStart',
  dataMissing: 'failDataMissing',
  dataIntegrity: 'failDataIntegrity',
  stalled: 'failStalled',
  timeout: 'failTimeout',
  cancelled: 'failCancelled',
  worker: 'failWorker',
};

const mb = (lang: Lang, bytes: number) => formatNumber(lang, bytes / 1_048_576, 1);

/** The engine's loading as the reader sees it: bytes of the known total, a way to stop, and on failure the reason and the plain downloads. */
export interface EngineStatus {
  /** Starts the engine with the tables of the first query, or waits for the start already under way. */
  start(): Promise<void>;
  /** Shows a failure that a query met after the engine had started (a table that failed its check…). */
  fail(error: unknown): void;
}

export function engineStatus(root: HTMLElement, lang: Lang, engine: BrowserEngine, firstTables: string[], onRetry: () => void): EngineStatus {
  const box = root.querySelector<HTMLElement>('[data-part="engine"]')!;
  const bar = root.querySelector<HTMLProgressElement>('[data-part="progress"]')!;
  const text = root.querySelector<HTMLElement>('[data-part="engine-text"]')!;
  const failed = root.querySelector<HTMLElement>('[data-part="failed"]')!;
  const failedText = root.querySelector<HTMLElement>('[data-part="failed-text"]')!;
  const setState = (state: 'loading' | 'ready' | 'failed') => {
    box.dataset.state = state;
    root.dataset.engineState = state;
  };

  const show = (progress: LoadProgress) => {
    bar.max = Math.max(progress.total, 1);
    if (progress.phase === 'download') {
      bar.value = progress.loaded;
      text.textContent = t(lang, 'engineLoading', { loaded: mb(lang, progress.loaded), total: mb(lang, progress.total) });
    } else {
      bar.value = bar.max;
      text.textContent = t(lang, 'engineStarting');
    }
  };

  const fail = (error: unknown) => {
    console.warn('explorer engine:', error);
    const reason: LoadFailure = error instanceof EngineLoadError ? error.reason : 'engineStart';
    setState('failed');
    text.textContent = '';
    failedText.textContent = t(lang, 'engineFailed', { reason: t(lang, FAILURE_TEXT[reason]) });
    failed.hidden = false;
  };

  const start = () => {
    failed.hidden = true;
    if (box.dataset.state !== 'ready') setState('loading');
    return engine.start(firstTables, show).then(
      () => {
        setState('ready');
        text.textContent = t(lang, 'engineReady');
      },
      (error: unknown) => {
        fail(error);
        throw error;
      },
    );
  };

  root.querySelector('[data-action="cancel-load"]')!.addEventListener('click', () => engine.cancel());
  root.querySelector('[data-action="retry"]')!.addEventListener('click', () => {
    start().then(onRetry, () => {});
  });
  return { start, fail };
}
