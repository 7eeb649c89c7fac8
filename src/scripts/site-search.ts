import { searchEntries, type SearchEntry } from '../lib/search.ts';

/**
 * The header's search box. Without JavaScript the header holds links to the indexes instead; this
 * script swaps them for a search field. The index of names (a few KiB) is fetched when the field is
 * first focused, so a page that is only read pays nothing for it.
 */
const KINDS = ['p', 'u', 'i'] as const;

function enhance(box: HTMLElement): void {
  const { index = '', lang, label = '', placeholder = '', empty = '', kinds = '' } = box.dataset;
  const language = lang === 'en' ? 1 : 0;
  const kindText = new Map(KINDS.map((k, i) => [k, kinds.split('|')[i] ?? '']));
  const input = document.createElement('input');
  const list = document.createElement('ul');
  const listId = `${box.id || 'site-search'}-results`;
  Object.assign(input, { type: 'search', placeholder, autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-label', label);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  box.replaceChildren(input, list);

  let entries: Promise<SearchEntry[]> | undefined;
  const load = () =>
    (entries ??= fetch(index)
      .then((r) => (r.ok ? (r.json() as Promise<SearchEntry[]>) : Promise.reject(new Error(`${index}: HTTP ${r.status}`))))
      .catch((error: unknown) => {
        entries = undefined;
        throw error;
      }));
  let active = -1;
  // An option is not a link (a listbox holds no interactive element): it names its page in data-href.
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const highlight = (i: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (i + all.length) % all.length;
    all.forEach((option, j) => option.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', all[active]!.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = (found: SearchEntry[]) => {
    list.replaceChildren(
      ...(found.length === 0
        ? [Object.assign(document.createElement('li'), { className: 'empty', textContent: empty })]
        : found.map((entry, i) => {
            const item = document.createElement('li');
            item.id = `${listId}-${i}`;
            item.setAttribute('role', 'option');
            item.dataset.href = entry.p[language];
            item.append(Object.assign(document.createElement('span'), { textContent: entry.n[language] }), Object.assign(document.createElement('small'), { textContent: kindText.get(entry.k) ?? '' }));
            return item;
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.length > 0 ? 0 : -1);
  };

  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', async () => {
    const query = input.value;
    if (!query.trim()) return close();
    try {
      const found = searchEntries(await load(), query);
      // A slower answer to an earlier keystroke must not replace a later one.
      if (input.value === query) render(found);
    } catch {
      render([]);
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active]!.dataset.href!);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.href) window.location.assign(option.dataset.href);
  });
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node)) close();
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-site-search]')) enhance(box);
