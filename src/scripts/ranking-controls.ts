/**
 * The only script the ranking page loads. Every year is a pre-rendered page and the year links are
 * plain links to them; with this script a click fetches that page (once) and swaps in its figures,
 * title, canonical and language links, so the reader gets the next year without a reload and
 * without the data engine. Back and forward swap the same way.
 */
const pages = new Map<string, Promise<Document>>();

/** The site could not be reached at all (offline, or the connection dropped): loading the page instead would fail too. */
class SiteUnreachable extends Error {}

/** The pre-rendered page of a year, fetched once; a failed fetch is forgotten so a later click tries again. */
function yearPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .catch((cause: unknown) => {
        throw new SiteUnreachable(`${url}: ${String(cause)}`);
      })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

/** Copies an attribute of the element a selector finds in the fetched page onto the same element here. */
function follow(from: Document, selector: string, attribute: string): void {
  const source = from.querySelector(selector);
  const target = document.querySelector(selector);
  if (source && target) target.setAttribute(attribute, source.getAttribute(attribute) ?? '');
}

/** Puts the fetched year's figures and head on this page. */
function show(app: HTMLElement, from: Document): void {
  const next = from.getElementById('ranking-app');
  if (!next) throw new Error('the fetched page has no ranking');
  const incoming = [...next.querySelectorAll<HTMLElement>('figure[data-figure]')];
  const current = [...app.querySelectorAll<HTMLElement>('figure[data-figure]')];
  if (incoming.length !== current.length) throw new Error('the fetched page has other figures');
  current.forEach((figure, i) => figure.replaceWith(document.importNode(incoming[i]!, true)));
  const year = next.dataset.year!;
  for (const link of app.querySelectorAll<HTMLAnchorElement>('a[data-year]')) {
    if (link.dataset.year === year) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // The ranking's own page says why it opens on its year; a year's page has no such sentence.
  const opening = document.querySelector<HTMLElement>('[data-part="opening"]');
  const incomingOpening = from.querySelector<HTMLElement>('[data-part="opening"]');
  if (opening && incomingOpening) {
    opening.textContent = incomingOpening.textContent;
    opening.hidden = incomingOpening.hidden;
  }
  document.title = from.title;
  follow(from, 'link[rel="canonical"]', 'href');
  follow(from, 'link[rel="alternate"][hreflang="vi"]', 'href');
  follow(from, 'link[rel="alternate"][hreflang="en"]', 'href');
  follow(from, 'link[rel="alternate"][hreflang="x-default"]', 'href');
  // The link preview follows too, for a reader who shares the page from here.
  for (const meta of ['og:url', 'og:title', 'og:image', 'og:image:alt']) follow(from, `meta[property="${meta}"]`, 'content');
  for (const meta of ['twitter:title', 'twitter:image', 'twitter:image:alt']) follow(from, `meta[name="${meta}"]`, 'content');
  follow(from, 'a.lang-switch', 'href');
  app.dataset.year = year;
  const status = app.querySelector<HTMLElement>('[data-part="status"]')!;
  status.dataset.state = 'ready';
  status.textContent = next.querySelector('figure[data-figure] .chart-title')?.textContent ?? '';
}

export function enhanceRanking(): void {
  const app = document.getElementById('ranking-app');
  if (!app) return;
  const yearLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-year]') : null);

  async function go(url: string, push: boolean): Promise<void> {
    app!.setAttribute('aria-busy', 'true');
    try {
      show(app!, await yearPage(url));
      if (push) history.pushState({ rankingYear: true }, '', url);
    } catch (error) {
      if (error instanceof SiteUnreachable) {
        // Leaving would show the browser's own error page: stay, say so in the page's language, and
        // let the reader choose the year again (a failed fetch is not kept).
        const status = app!.querySelector<HTMLElement>('[data-part="status"]')!;
        const year = [...app!.querySelectorAll<HTMLAnchorElement>('a[data-year]')].find((a) => a.href === url)?.dataset.year ?? '';
        status.dataset.state = 'error';
        status.textContent = status.dataset.unreachableText!.replace('{year}', year);
        return;
      }
      // The server answered with something else than the year's ranking: let the browser load the page itself.
      console.warn('ranking year change failed, loading the page', error);
      location.assign(url);
    } finally {
      app!.removeAttribute('aria-busy');
    }
  }

  // Fetch a year's page as soon as the reader points at its link, so the click finds it in hand.
  const warm = (event: Event) => {
    const link = yearLink(event.target);
    if (link && link.getAttribute('aria-current') !== 'page') void yearPage(link.href).catch(() => {});
  };
  app.addEventListener('pointerover', warm);
  app.addEventListener('focusin', warm);
  app.addEventListener('touchstart', warm, { passive: true });

  app.addEventListener('click', (event) => {
    const link = yearLink(event.target);
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (link.href !== location.href) void go(link.href, true);
  });
  window.addEventListener('popstate', () => void go(location.href, false));
}
