/**
 * The copy buttons of the figures' toolbars (src/figures/figure-tools.ts) and of the data page's citation: shown only where the page can copy, by
 * a class on the root (figures swapped in later, as on the ranking page, are covered too); one
 * listener for every button.
 */
const root = document.documentElement;
if (navigator.clipboard && window.isSecureContext) root.classList.add('can-copy');

function copiedText(button: HTMLElement, tools: HTMLElement): string {
  if (button.dataset.copy === 'cite') return tools.querySelector('[data-cite]')!.textContent!;
  const id = tools.dataset.figureTools!;
  if (button.dataset.copy === 'link') return new URL(`#${id}`, location.href).href;
  const src = (tools.querySelector('a[data-tool="embed"]') as HTMLAnchorElement).href;
  const title = (document.getElementById(`${id}-title`)?.textContent ?? '').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${src}" title="${title}" width="100%" height="${tools.dataset.embedHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLElement>('button[data-copy]');
  // A figure's toolbar, or a citation block of its own (the data page).
  const tools = button?.closest<HTMLElement>('[data-figure-tools], [data-cite-scope]');
  if (!button || !tools) return;
  await navigator.clipboard.writeText(copiedText(button, tools));
  const label = button.textContent;
  button.textContent = button.dataset.copied!;
  setTimeout(() => (button.textContent = label), 2000);
});
