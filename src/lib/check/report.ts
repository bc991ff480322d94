// The header reader's report as HTML (pure: build time and browser). Every value from the message goes through esc().
import { esc } from '../svg';
import type { AuthCheck, HeaderReport, Hop, IpInfo, ReadFailure, RedFlag, RelatedAddress, Severity } from '../email';
import { CREDIT, METHOD_TEXT, RESULT_TEXT, TLS_TEXT, VERDICT_TEXT } from '../email/words';
import { formatDuration } from '../email/words';
import { IP_SHORT, ROUTE_LINE_TEXT, type RouteLine } from './route';

/** What a severity means to a reader, and its mark (text, so it survives forced colours and greyscale print). */
export const SEVERITY_TEXT: Record<Severity, { label: string; mark: string }> = {
  danger: { label: 'Strong sign of a fake', mark: '!' },
  warning: { label: 'Worth a closer look', mark: '?' },
  info: { label: 'Good to know', mark: 'i' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** "20 Oct 2020, 23:12:41 UTC" (the same on every machine). */
export function formatTime(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** An address in words: "198.51.100.23 (an example address)" / "192.0.2.1 (registered in Estonia)". */
function ipWords(ip: IpInfo): string {
  if (ip.class !== 'public') return `${esc(ip.address)} (${esc(IP_SHORT[ip.class])})`;
  if (ip.countryName) return `${esc(ip.address)} (registered in ${esc(ip.countryName)})`;
  return `${esc(ip.address)} (${ip.countryStatus === 'lookup-failed' ? 'country lookup failed' : 'country not known'})`;
}

const hostOf = (hop: Hop): string => hop.fromSeen ?? hop.fromClaimed ?? hop.ip?.address ?? 'an unnamed server';

function fromWords(r: HeaderReport): string {
  if (!r.from) return 'No From line: the message does not say who sent it.';
  const name = r.from.displayName ? `<strong>${esc(r.from.displayName)}</strong> ` : '';
  return `${name}&lt;${esc(r.from.address || 'no address')}&gt;`;
}

function originWords(r: HeaderReport): string {
  const hop = r.originHop !== null ? r.hops[r.originHop] : undefined;
  if (!hop) return 'The headers do not show where the message started.';
  const ip = hop.ip ? `, address ${ipWords(hop.ip)}` : '';
  const doubt =
    r.entryHop !== null && r.originHop !== null && r.originHop < r.entryHop
      ? ' Lines written before your provider received the message cannot be checked: a sender can make them up.'
      : '';
  return `<strong>${esc(hostOf(hop))}</strong>${ip}: the first server on the internet that the headers show.${doubt}`;
}

function verdictWords(r: HeaderReport): string {
  const reason = r.auth.dmarc ? ` DMARC: ${esc(RESULT_TEXT[r.auth.dmarc.result])}${r.auth.dmarc.domain ? ` for ${esc(r.auth.dmarc.domain)}` : ''}.` : '';
  return `${esc(VERDICT_TEXT[r.auth.verdict])}${reason}`;
}

function summary(r: HeaderReport): string {
  const row = (term: string, value: string, id: string): string => `<div data-summary="${id}"><dt>${term}</dt><dd>${value}</dd></div>`;
  return `<dl class="check-summary">${row('Claims to be from', fromWords(r), 'from')}${row('Really came from', originWords(r), 'origin')}${row('Is the sender who it claims?', verdictWords(r), 'verdict')}</dl>`;
}

function flagItem(f: RedFlag): string {
  const s = SEVERITY_TEXT[f.severity];
  return `<li class="check-flag is-${f.severity}" data-flag="${esc(f.id)}"><span class="check-flag-mark" aria-hidden="true">${s.mark}</span><div><p class="check-flag-title"><span class="check-flag-level">${s.label}:</span> ${esc(f.title)}</p><p>${esc(f.explanation)}</p></div></li>`;
}

function flags(r: HeaderReport): string {
  if (!r.flags.length) return '<p>No red flags. That does not make the message true: read it with care.</p>';
  return `<ul class="check-flags" role="list">${r.flags.map(flagItem).join('')}</ul>`;
}

function hopItem(hop: Hop, next: Hop | undefined, r: HeaderReport): string {
  const parts = [
    hop.ip ? `Address ${ipWords(hop.ip)}.` : 'No address recorded.',
    formatTime(hop.time) ? `${esc(formatTime(hop.time) ?? '')}${hop.delaySeconds !== null ? `, ${esc(formatDuration(hop.delaySeconds))} after the step before` : ''}.` : 'No time recorded.',
    esc(TLS_TEXT[hop.tls]),
    hop.index === r.entryHop ? 'Here your provider took the message: from this line up, the lines are its own.' : '',
    hop.index === r.entryHop && r.auth.spf ? `SPF check of this hand-over: ${esc(RESULT_TEXT[r.auth.spf.result])}.` : '',
    hop.mayBeForged ? 'The receiving server noted that this name “may be forged”.' : '',
    hop.clockSkew ? 'This time is earlier than the step before: a clock is wrong, or the line was made up.' : '',
  ].filter(Boolean);
  const by = hop.by ?? next?.fromSeen ?? 'an unnamed server';
  return `<li><p><strong>${esc(hostOf(hop))}</strong> handed it to <strong>${esc(by)}</strong>.</p><p class="check-hop-detail">${parts.join(' ')}</p></li>`;
}

/** The route as an ordered list: the diagram's text alternative, in travel order. */
function routeList(r: HeaderReport, senderLine: RouteLine): string {
  const first = r.hops[0];
  const sender = `<li><p>The From line claims ${fromWords(r)}.</p><p class="check-hop-detail">${esc(ROUTE_LINE_TEXT[senderLine])}: ${esc(VERDICT_TEXT[r.auth.verdict])}</p></li>`;
  const hops = r.hops.map((h, i) => hopItem(h, r.hops[i + 1], r)).join('');
  const last = r.hops.at(-1);
  const recipient = [...r.hops].reverse().find((h) => h.recipient)?.recipient;
  const end = last ? `<li><p><strong>${esc(last.by ?? 'The last server')}</strong> delivered it to ${esc(recipient ?? 'the recipient')}.</p></li>` : '';
  const none = first ? '' : '<li><p>There are no “Received” lines, so the route cannot be drawn.</p></li>';
  return `<ol class="check-route-list">${sender}${hops}${end}${none}</ol>`;
}

function legend(lines: RouteLine[]): string {
  const item = (l: RouteLine): string =>
    `<li><svg viewBox="0 0 28 10" aria-hidden="true"><line class="sample-line route-${l}" x1="2" y1="5" x2="26" y2="5"/></svg>${esc(ROUTE_LINE_TEXT[l])}</li>`;
  return `<ul class="relay-legend route-legend">${lines.map(item).join('')}</ul>`;
}

function addressRow(label: string, a: RelatedAddress | null, explain: string): string {
  if (!a) return '';
  const same = a.sameOrgAsFrom === null ? '—' : a.sameOrgAsFrom ? 'Yes' : '<strong>No</strong>';
  const shown = `${a.displayName ? `${esc(a.displayName)} ` : ''}${esc(a.address || a.raw)}`;
  return `<tr><th scope="row">${label}</th><td>${shown}<br><span class="check-muted">${explain}</span></td><td>${same}</td></tr>`;
}

function addresses(r: HeaderReport): string {
  const env = r.envelopeSender && r.envelopeSender.source !== 'return-path' ? r.envelopeSender : null;
  const rows = [
    addressRow('Reply-To', r.replyTo[0] ?? null, 'Where your reply would go.'),
    addressRow('Return-Path', r.returnPath, 'Where failed-delivery notices go: the address the sending server gave.'),
    addressRow('Envelope sender', env, 'The sending server’s address, as a check recorded it.'),
    addressRow('Sender', r.sender, 'Who sent it on behalf of the From line.'),
  ].join('');
  if (!rows) return '<p>No Reply-To, Return-Path or Sender lines: only the From line names a sender.</p>';
  return `<div class="table-scroll"><table class="data-table check-table"><caption>Addresses compared with the From line (${esc(r.from?.domain ?? 'none')})</caption><thead><tr><th scope="col">Line</th><th scope="col">Address</th><th scope="col">Same organisation as From?</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function checkRow(method: 'spf' | 'dkim' | 'dmarc' | 'arc', c: AuthCheck | null): string {
  const result = c ? `<strong>${esc(RESULT_TEXT[c.result])}</strong>${c.domain ? ` for ${esc(c.domain)}` : ''}` : 'Not in these headers';
  return `<div data-check="${method}"><dt>${esc(METHOD_TEXT[method])}</dt><dd>${result}</dd></div>`;
}

function checks(r: HeaderReport): string {
  const a = r.auth;
  const rows = [checkRow('spf', a.spf), checkRow('dkim', a.dkim[0] ?? null), checkRow('dmarc', a.dmarc), checkRow('arc', a.arc)].join('');
  const untrusted = a.all.filter((c) => !c.trusted).length;
  const note = untrusted ? `<p>${untrusted} more result${untrusted === 1 ? '' : 's'} came from servers before your provider; we do not rely on them.</p>` : '';
  const from = a.trustedAuthservIds.length ? `<p class="check-muted">Results as recorded by ${esc(a.trustedAuthservIds.join(', '))}. We cannot re-run the checks: that needs lookups on the internet.</p>` : '';
  return `<dl class="check-checks">${rows}</dl>${note}${from}`;
}

function notices(r: HeaderReport): string {
  return r.notices.length ? `<ul class="check-notices">${r.notices.map((n) => `<li>${esc(n.message)}</li>`).join('')}</ul>` : '';
}

function rawLines(r: HeaderReport): string {
  const items = [...r.hops].reverse().map((h) => `<li><code>${esc(h.raw)}</code></li>`).join('');
  return `<details class="check-raw"><summary class="explore-summary">The “Received” lines as written (newest first)</summary><ol reversed>${items}</ol></details>`;
}

function credit(r: HeaderReport): string {
  const found = [...r.hops.map((h) => h.ip), r.originatingIp].some((ip) => ip?.countryStatus === 'found');
  return found
    ? `<p class="check-credit">IP-to-country data: <a href="${CREDIT.sourceUrl}">${CREDIT.source}</a>, <a href="${CREDIT.licenceUrl}">${CREDIT.licence}</a>, via <a href="${CREDIT.viaUrl}">${CREDIT.via}</a>. A country is where an address block is registered, not where a computer is.</p>`
    : '';
}

const section = (id: string, title: string, body: string): string =>
  `<section class="check-part" aria-labelledby="${id}"><h2 id="${id}" tabindex="-1">${title}</h2>${body}</section>`;

export interface ReportParts {
  /** The route's SVG (routeSvg) for the figure's current width. */
  svg: string;
  /** The line patterns it uses. */
  lines: RouteLine[];
  /** The pattern of the line from the claimed sender. */
  senderLine: RouteLine;
}

/** The whole report: summary and flags, the route (picture and list), addresses, checks, notes. */
export function renderReport(r: HeaderReport, parts: ReportParts): string {
  const figure = `<figure class="check-route graphic graphic--relay graphic--route" data-route><div class="check-route-svg" data-route-svg>${parts.svg}</div>${legend(parts.lines)}<figcaption>The route drawn from the “Received” lines, read bottom up. The list below says the same in words.</figcaption></figure>`;
  return [
    notices(r),
    section('check-summary', 'What the headers say', `${summary(r)}<h3>Red flags</h3>${flags(r)}`),
    section('check-route', 'The route, in the order it travelled', `${figure}${routeList(r, parts.senderLine)}${rawLines(r)}`),
    section('check-addresses', 'Who it says it is, and where answers go', addresses(r)),
    section('check-checks', 'The checks: SPF, DKIM, DMARC', checks(r)),
    credit(r),
  ].join('');
}

/** A read that failed: one plain message. */
export function renderFailure(f: ReadFailure): string {
  return `<div class="check-error" role="alert" data-error="${esc(f.code)}"><p>${esc(f.message)}</p></div>`;
}
