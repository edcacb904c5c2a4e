// The export dialog: the library's evidence to a file, for QGIS, a
// spreadsheet or a script. The user picks the format (GeoJSON of events, CSV
// of mentions, JSON Lines of articles), what to export (what is on screen —
// the dispute, the selected years, and the source and language the Library
// tab and the search filter by — or everything) and where: a path field
// with a default in the downloads folder, or "Choose…" for the system's save
// dialog. The backend writes the file off the UI thread; the dialog then says
// where it wrote and how much. An existing file is replaced only after the
// user said so.
//
// Keyboard: a modal <dialog>; Tab moves through the choices, Enter in the
// path field exports, Esc closes and gives the focus back to what opened it.
import { asSentence, h, languageName, plural } from './dom';
import type { ExportCount, ExportFilter, ExportFormat, IpcError, SearchFilter } from './types';

/** What the user is looking at: the dispute (none in the world view or with every dispute's events) and the years. */
export interface ExportScope {
  /** The dispute pack's id and name. */
  pack: { id: string; name: string } | null;
  /** The selected years, when not all of them. */
  years: readonly [number, number] | null;
  /** The source and language the Library tab and the search filter the articles by (none: any). */
  articles?: SearchFilter;
}

/** What the dialog calls: the backend's commands and dialogs (or a test's). */
export interface ExportActions {
  defaultFolder(): Promise<string>;
  /** The system's save dialog; null when cancelled. */
  chooseFile(defaultPath: string, format: ExportFormat): Promise<string | null>;
  exportEvidence(format: ExportFormat, filter: ExportFilter, path: string, replace: boolean): Promise<ExportCount>;
}

/** The formats, as the dialog offers them. */
export const FORMATS: { format: ExportFormat; label: string; detail: string; extension: string; what: string }[] = [
  { format: 'geojson', label: 'GeoJSON — events', detail: 'A point per event and place, for QGIS or any map tool.', extension: 'geojson', what: 'events' },
  { format: 'csv', label: 'CSV — mentions', detail: 'A row per mention of a place, with its sentence, for a spreadsheet.', extension: 'csv', what: 'mentions' },
  { format: 'jsonl', label: 'JSON Lines — articles', detail: 'An article a line, with its mentions and events, for scripts.', extension: 'jsonl', what: 'articles' },
];

function formatInfo(format: ExportFormat) {
  return FORMATS.find((f) => f.format === format) ?? FORMATS[0];
}

/** The filter for `scope`, or everything. */
export function exportFilter(scope: ExportScope, everything: boolean): ExportFilter {
  if (everything) return {};
  const filter: ExportFilter = {};
  if (scope.pack) filter.pack = scope.pack.id;
  if (scope.years) [filter.from, filter.to] = scope.years;
  if (scope.articles?.source !== undefined) filter.source = scope.articles.source;
  if (scope.articles?.language !== undefined) filter.language = scope.articles.language;
  return filter;
}

/** A source as a file name's part: `Kyodo News` → `kyodo-news` (empty when nothing is left). */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
}

/** A file name that says what is in it: `dispute-atlas-kuril-1990-2024-events.geojson`. */
export function exportFileName(format: ExportFormat, filter: ExportFilter): string {
  const info = formatInfo(format);
  const years = filter.from !== undefined && filter.to !== undefined ? (filter.from === filter.to ? `${filter.from}` : `${filter.from}-${filter.to}`) : '';
  const source = filter.source !== undefined ? slug(filter.source) || 'source' : '';
  return ['dispute-atlas', filter.pack ?? 'all', years, source, filter.language ?? '', info.what].filter(Boolean).join('-') + `.${info.extension}`;
}

/** `name` in `folder`, with the folder's own separator. */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** The folder part of `path` (empty when there is none). */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

/** A failed export in words: what happened, then what to do (the backend's advice). */
export function describeExportError(e: IpcError): string {
  const what = asSentence(e.message);
  return [what.charAt(0).toUpperCase() + what.slice(1), e.advice].filter(Boolean).join(' ');
}

/** What an export wrote, in a sentence. */
export function describeExport(format: ExportFormat, count: ExportCount, path: string): string {
  const rows = format === 'geojson' ? plural(count.events, 'event feature') : format === 'csv' ? plural(count.mentions, 'mention row') : plural(count.articles, 'article line');
  const from = format === 'jsonl' ? '' : ` from ${plural(count.articles, 'article')}`;
  return `Wrote ${rows}${from} to ${path}.`;
}

/** The scope in words, for the "what is on screen" choice. */
export function describeScope(scope: ExportScope): string {
  const what = scope.pack ? scope.pack.name : 'Every dispute';
  const years = scope.years ? (scope.years[0] === scope.years[1] ? `${scope.years[0]}` : `${scope.years[0]}–${scope.years[1]}`) : 'all years';
  const source = scope.articles?.source !== undefined ? `, from ${scope.articles.source}` : '';
  const language = scope.articles?.language !== undefined ? `, in ${languageName(scope.articles.language)}` : '';
  return `${what}, ${years}${source}${language}`;
}

/** Opens the export dialog over the page; resolves when it is closed. */
export function openExportDialog(scope: ExportScope, actions: ExportActions, onExported?: (message: string) => void): Promise<void> {
  const opener = document.activeElement as HTMLElement | null;
  const formatRadios = FORMATS.map((f, i) =>
    h('label', { class: 'exp-choice' }, h('input', { type: 'radio', name: 'exp-format', value: f.format, checked: i === 0 }), h('span', {}, h('strong', {}, f.label), h('span', { class: 'hint' }, f.detail))),
  );
  const onScreen = h('input', { type: 'radio', name: 'exp-scope', value: 'screen', checked: true });
  const everything = h('input', { type: 'radio', name: 'exp-scope', value: 'all' });
  const scopeChoices = [
    h('label', { class: 'exp-choice' }, onScreen, h('span', {}, h('strong', {}, 'What is on screen'), h('span', { class: 'hint' }, describeScope(scope)))),
    h('label', { class: 'exp-choice' }, everything, h('span', {}, h('strong', {}, 'Everything'), h('span', { class: 'hint' }, 'Every dispute, all years'))),
  ];
  const pathInput = h('input', { type: 'text', class: 'exp-path', id: 'export-path', autocomplete: 'off', spellcheck: 'false' });
  const choose = h('button', { type: 'button', class: 'btn', id: 'export-choose' }, 'Choose…');
  const status = h('p', { class: 'exp-status', id: 'export-status', role: 'status' });
  const confirmRow = h('div', { class: 'exp-confirm', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', id: 'export-run' }, 'Export');
  const close = h('button', { type: 'button', class: 'btn', id: 'export-close' }, 'Close');
  const form = h(
    'form',
    { method: 'dialog', class: 'exp-form' },
    h('h2', { id: 'export-title' }, 'Export evidence'),
    h('fieldset', {}, h('legend', {}, 'Format'), ...formatRadios),
    h('fieldset', {}, h('legend', {}, 'Which evidence'), ...scopeChoices),
    h('label', { class: 'exp-label', for: 'export-path' }, 'Save as'),
    h('div', { class: 'exp-path-row' }, pathInput, choose),
    status,
    confirmRow,
    h('div', { class: 'exp-actions' }, close, submit),
  );
  const dialog = h('dialog', { class: 'export-dialog', 'aria-labelledby': 'export-title' }, form);

  const format = (): ExportFormat => (formatRadios.map((l) => l.querySelector('input')!).find((r) => r.checked)?.value ?? 'geojson') as ExportFormat;
  const filter = () => exportFilter(scope, everything.checked);
  let folder = '';
  /** The name the dialog suggested last: replaced when the choices change, unless the user typed another. */
  let suggested = '';
  const suggest = () => {
    const name = exportFileName(format(), filter());
    const current = pathInput.value;
    if (!current || current === suggested) pathInput.value = folder ? joinPath(folder, name) : name;
    suggested = pathInput.value;
  };
  for (const input of dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.addEventListener('change', suggest);

  const setStatus = (text: string, kind: 'info' | 'ok' | 'error') => {
    status.textContent = text;
    status.className = `exp-status exp-status--${kind}`;
  };
  let busy = false;
  const run = async (replace: boolean) => {
    const path = pathInput.value.trim();
    if (!path) {
      setStatus('Give the file a name (or choose one).', 'error');
      return pathInput.focus();
    }
    if (busy) return;
    busy = true;
    submit.disabled = true;
    confirmRow.hidden = true;
    setStatus('Exporting…', 'info');
    const f = format();
    try {
      const count = await actions.exportEvidence(f, filter(), path, replace);
      const message = describeExport(f, count, path);
      setStatus(message, 'ok');
      onExported?.(message);
    } catch (e) {
      const error = e as IpcError;
      if (error.code === 'file_exists') askToReplace(path);
      else setStatus(describeExportError(error), 'error');
    } finally {
      busy = false;
      submit.disabled = false;
    }
  };
  const askToReplace = (path: string) => {
    setStatus(`${path} already exists. Replace it?`, 'error');
    const replace = h('button', { type: 'button', class: 'btn btn--primary btn--small', id: 'export-replace' }, 'Replace');
    const keep = h('button', { type: 'button', class: 'btn btn--small', id: 'export-keep' }, 'Keep it');
    replace.addEventListener('click', () => void run(true));
    keep.addEventListener('click', () => {
      confirmRow.hidden = true;
      setStatus('Nothing was written: choose another name.', 'info');
      pathInput.focus();
      pathInput.select();
    });
    confirmRow.replaceChildren(replace, keep);
    confirmRow.hidden = false;
    replace.focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  choose.addEventListener('click', async () => {
    try {
      const picked = await actions.chooseFile(pathInput.value.trim() || exportFileName(format(), filter()), format());
      if (!picked) return;
      pathInput.value = picked;
      suggested = '';
      folder = folderOf(picked) || folder;
      confirmRow.hidden = true;
      setStatus('', 'info');
      pathInput.focus();
    } catch (e) {
      setStatus(describeExportError(e as IpcError), 'error');
    }
  });

  return new Promise((resolve) => {
    const finish = () => {
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve();
    };
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', finish);
    // Esc closes the dialog (the browser's cancel), and nothing under it.
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') e.stopPropagation();
    });
    document.body.appendChild(dialog);
    suggest();
    dialog.showModal();
    formatRadios[0].querySelector('input')!.focus();
    void actions.defaultFolder().then(
      (dir) => {
        folder = dir;
        if (pathInput.value === suggested) {
          suggested = '';
          pathInput.value = '';
          suggest();
        }
      },
      () => {
        // No downloads, documents or home folder: the user types or chooses a path.
      },
    );
  });
}
