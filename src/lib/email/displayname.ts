// Red flags about the From line's display name: embedded addresses, borrowed brands, look-alike domains, hidden letters.
import { BRANDS, type Brand } from './brands';
import { isHostname, orgDomain, orgLabel, stripTrailingDots } from './domain';
import type { AddressInfo, RedFlag } from './types';
import { FLAG_TEXT } from './words';

/** Characters that change text direction or are invisible (removed from every output string by sanitize.ts). */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

// Words that say nothing about who is writing, so they are not matched against the address.
const STOPWORDS = new Set(
  'the and for from via team support info mail email news newsletter service services customer customers no reply noreply do not official inc ltd llc plc co company dept department office account accounts admin security alert alerts notification notifications help desk on behalf of'.split(' '),
);

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case words of a name, invisible characters removed, accents dropped ("Jörg" → "jorg") or spelt out (`german`: "joerg"). */
export function nameWords(name: string, german = false): string[] {
  let plain = name.replace(INVISIBLE, '').toLowerCase();
  if (german) plain = plain.replace(/[äöüß]/g, (c) => GERMAN[c] ?? c);
  plain = plain.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const STOP = /[\s<>()"',;:[\]]/;
const stop = (c: string): boolean => STOP.test(c);

/** Email-address-like pieces of a name ("service@paypal.com" in "service@paypal.com via X"), found without regex backtracking. */
function addressesIn(name: string): string[] {
  const found: string[] = [];
  for (let at = name.indexOf('@'); at >= 0 && found.length < 5; at = name.indexOf('@', at + 1)) {
    let a = at;
    let b = at + 1;
    while (a > 0 && !stop(name.charAt(a - 1)) && name.charAt(a - 1) !== '@') a--;
    while (b < name.length && !stop(name.charAt(b)) && name.charAt(b) !== '@') b++;
    const candidate = stripTrailingDots(name.slice(a, b));
    if (a < at && isHostname(candidate.slice(at - a + 1))) found.push(candidate.toLowerCase());
  }
  return found;
}

/** Domain-like words of a name ("paypal.com" in "paypal.com Support"). */
function domainsIn(name: string): string[] {
  return name
    .split(/[\s<>()"',;:[\]/]+/, 50)
    .map((w) => stripTrailingDots(w).toLowerCase())
    .filter((w) => !w.includes('@') && isHostname(w) && /\.[a-z]{2,}$/.test(w));
}

const mentions = (brand: Brand, words: string[]): boolean => {
  const squash = words.join('');
  return brand.keys.some((k) => words.includes(k) || (k.length >= 6 && squash.includes(k)));
};

/** "paypa1-secure" → "paypalsecure": undoes common digit swaps so look-alikes are caught. */
const deLeet = (label: string): string =>
  label.replace(/[-_]/g, '').replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's');

function brandFlag(from: AddressInfo, words: string[]): RedFlag[] {
  const label = orgLabel(from.orgDomain);
  if (!label || !from.domain) return [];
  const brand = BRANDS.find((b) => !b.labels.includes(label) && mentions(b, words));
  return brand ? [{ id: 'display-name-brand', severity: 'danger', ...FLAG_TEXT.displayNameBrand(brand.name, from.displayName, from.domain) }] : [];
}

function lookalikeFlag(from: AddressInfo): RedFlag[] {
  const label = orgLabel(from.orgDomain);
  if (!label || !from.domain) return [];
  const plain = deLeet(label);
  const brand = BRANDS.find((b) => !b.labels.includes(label) && b.keys.some((k) => k.length >= 6 && plain.includes(k)));
  return brand ? [{ id: 'lookalike-domain', severity: 'warning', ...FLAG_TEXT.lookalikeDomain(brand.name, from.domain) }] : [];
}

function embeddedFlags(from: AddressInfo): RedFlag[] {
  const real = from.address.toLowerCase();
  const other = addressesIn(from.displayName).find((a) => a !== real);
  if (other) return [{ id: 'display-name-address', severity: 'danger', ...FLAG_TEXT.displayNameAddress(other, from.address) }];
  const domain = domainsIn(from.displayName).find((d) => orgDomain(d) !== from.orgDomain);
  if (domain && from.domain) return [{ id: 'display-name-domain', severity: 'danger', ...FLAG_TEXT.displayNameDomain(domain, from.domain) }];
  return [];
}

const meaningfulWords = (words: string[]): string[] => words.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));

function unrelatedFlag(from: AddressInfo, rawName: string): RedFlag[] {
  const variants = [nameWords(rawName), nameWords(rawName, true)].map(meaningfulWords);
  if (!variants[0]?.length || !from.address) return [];
  const haystack = nameWords(from.address).join('');
  const hit = variants.some((ws) => ws.some((w) => haystack.includes(w)) || haystack.includes(ws.join('')));
  return hit ? [] : [{ id: 'display-name-unrelated', severity: 'info', ...FLAG_TEXT.displayNameUnrelated(from.displayName, from.address) }];
}

function scriptFlags(rawName: string): RedFlag[] {
  const out: RedFlag[] = [];
  if (rawName.replace(INVISIBLE, '') !== rawName) out.push({ id: 'hidden-characters', severity: 'warning', ...FLAG_TEXT.hiddenCharacters() });
  const mixed = rawName
    .replace(INVISIBLE, '')
    .split(/[^\p{L}]+/u)
    .some((w) => /\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(w));
  if (mixed) out.push({ id: 'mixed-scripts', severity: 'warning', ...FLAG_TEXT.mixedScripts(rawName.replace(INVISIBLE, '')) });
  return out;
}

/** Every display-name flag for the From line; `rawName` is the decoded name before invisible characters were removed. */
export function displayNameFlags(from: AddressInfo, rawName: string): RedFlag[] {
  if (!rawName.trim()) return lookalikeFlag(from);
  const words = nameWords(rawName);
  const embedded = embeddedFlags(from);
  const brand = brandFlag(from, words);
  const lookalike = brand.length ? [] : lookalikeFlag(from);
  const unrelated = embedded.length || brand.length ? [] : unrelatedFlag(from, rawName);
  return [...scriptFlags(rawName), ...embedded, ...brand, ...lookalike, ...unrelated];
}
