import { parseViews } from '../../pipelines/domain/views.ts';

/** The same view files the pipeline exports, bundled into the site by Vite. */
const files = import.meta.glob<string>('../../pipelines/domain/views/*.sql', { query: '?raw', import: 'default', eager: true });
export const VIEWS = parseViews(files);
