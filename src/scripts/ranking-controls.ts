/**
 * The only script the ranking page loads up front. The year links work without it (each year is a
 * pre-rendered page); with it, the first click loads the browser data engine and redraws in place.
 */
export function enhanceRanking(): void {
  const app = document.getElementById('ranking-app');
  if (!app) return;
  const status = app.querySelector<HTMLElement>('[data-part="status"]')!;
  app.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-year]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const year = Number(link.dataset.year);
    app.setAttribute('aria-busy', 'true');
    status.dataset.state = 'loading';
    status.textContent = app.dataset.loadingText ?? '';
    try {
      const { showRankingYear } = await import('./ranking-explorer.ts');
      await showRankingYear(app, year);
      history.pushState({ year }, '', link.href);
    } catch (error) {
      console.warn('ranking explorer failed', error);
      status.dataset.state = 'error';
      status.textContent = app.dataset.errorText ?? '';
    } finally {
      app.removeAttribute('aria-busy');
    }
  });
  window.addEventListener('popstate', () => window.location.reload());
}
