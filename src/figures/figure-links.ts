import { DATASET_TITLE, type CitedWork } from '../../pipelines/domain/citation.ts';
import type { Lang } from '../../pipelines/domain/lang.ts';
import { pathFor } from '../i18n/routing.ts';
import { assetPath } from '../lib/links.ts';
import { bundleVersion } from '../lib/release.ts';
import { figurePagePath } from './figure-pages.ts';
import { embedPagePath, FIGURE_FILES, figureFilePath, type ToolbarLinks } from './figure-tools.ts';

/** An address on the configured site (SITE_URL and BASE_PATH), as a copied link or a picture prints it. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE ?? 'http://localhost:4321').href;

/** A figure instance's address: the page it is read on, at its anchor. */
export const figureUrl = (lang: Lang, figureId: string, params: unknown, id: string) => `${absoluteUrl(pathFor(lang, figurePagePath(figureId, params)))}#${id}`;

/** The addresses of a figure instance's files and chart-only page, for its toolbar (build time). */
export function toolbarLinks(lang: Lang, id: string, embedHeight: number): ToolbarLinks {
  return {
    files: Object.fromEntries(FIGURE_FILES.map((file) => [file, assetPath(figureFilePath(lang, id, file))])) as ToolbarLinks['files'],
    embed: pathFor(lang, embedPagePath(id)),
    embedHeight,
  };
}

/** How to cite a figure instance: its title, address and the dataset version. */
export const figureCitation = (lang: Lang, title: string, url: string): CitedWork => ({ title, url, version: bundleVersion(), partOf: DATASET_TITLE[lang] });
