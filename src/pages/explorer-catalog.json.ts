import type { APIRoute } from 'astro';
import { explorerCatalogFile } from '../lib/explorer-catalog-file.ts';
import { fileResponse } from '../lib/file-response.ts';

/** The explorer's choices (indicators with their periods and units, units, tables and columns), which its script fetches and checks. */
export const GET: APIRoute = async () => fileResponse((await explorerCatalogFile()).json, 'application/json');
