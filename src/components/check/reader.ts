// The header reader, loaded on first use: reads in the browser, draws the report and the route, keeps the picture at its width.
import { createCountryLookup, readHeadersWithCountries, type HeaderReport, type ReadResult } from '../../lib/email';
import { renderFailure, renderReport } from '../../lib/check/report';
import { routeDrawing } from '../../lib/check/route';
import { esc } from '../../lib/svg';

type Input = ({ text: string } | { file: File }) & { note?: string };

/** The IP-to-country table's files, from this site (fetched only when a public address needs a country). */
const countryLookup = createCountryLookup((name) =>
  fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}ip-country/${name}`).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.arrayBuffer();
  }),
);

/** The figure's width for the layout (the SVG is drawn at its real size, so its text never shrinks). */
const figureWidth = (el: HTMLElement): number => Math.max(280, Math.round(el.clientWidth || 358));

async function readInput(input: Input): Promise<ReadResult> {
  const source = 'file' in input ? await input.file.arrayBuffer() : input.text;
  return readHeadersWithCountries(source, { countryLookup });
}

function statusText(r: ReadResult, input: Input): string {
  if (!r.ok) return 'This could not be read. The reason is below.';
  const flags = r.flags.filter((f) => f.severity !== 'info').length;
  const what = 'file' in input ? `Read ${input.file.name}.` : 'Read.';
  return `${what} ${flags === 0 ? 'No warnings' : `${flags} warning${flags === 1 ? '' : 's'}`}, ${r.hops.length} step${r.hops.length === 1 ? '' : 's'} on the route. The report is below.`;
}

const observers = new WeakMap<HTMLElement, ResizeObserver>();

/** Keeps the route drawn for its current width (a phone turned sideways, a resized window). */
function keepRouteFitted(result: HTMLElement, report: HeaderReport): void {
  observers.get(result)?.disconnect();
  const holder = result.querySelector<HTMLElement>('[data-route-svg]');
  if (!holder) return;
  let drawn = Number(holder.querySelector('svg')?.dataset.width ?? 0);
  const observer = new ResizeObserver(() => {
    const width = figureWidth(holder);
    if (Math.abs(width - drawn) < 2) return;
    drawn = width;
    holder.innerHTML = routeDrawing(report, width).svg;
  });
  observer.observe(holder);
  observers.set(result, observer);
}

/** Reads the input and writes the report (or the reason it could not be read) into `result`. */
export async function readInto(result: HTMLElement, status: HTMLElement, input: Input, current: () => boolean): Promise<void> {
  // User Timing marks (the bench reads "check-read" and "check-render"; devtools show them too).
  const t0 = performance.now();
  const r = await readInput(input);
  const t1 = performance.now();
  performance.measure('check-read', { start: t0, end: t1 });
  if (!current()) return;
  if (!r.ok) {
    observers.get(result)?.disconnect();
    result.innerHTML = renderFailure(r);
  } else {
    const note = input.note ? `<p class="check-example-note" data-example-note><strong>Example:</strong> ${esc(input.note)}</p>` : '';
    result.innerHTML = note + renderReport(r, routeDrawing(r, figureWidth(result)));
    keepRouteFitted(result, r);
  }
  status.textContent = statusText(r, input);
  performance.measure('check-render', { start: t1, end: performance.now() });
}

/** Moves focus to the report's first heading (after a button, a file or an example started the read). */
export function focusReport(result: HTMLElement): void {
  const target = result.querySelector<HTMLElement>('h2, [role="alert"]');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}
