// Timeline downloads: the JSON, CSV and TimelineJS exports round-trip every event (with a real RFC 4180 CSV parser).
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { CSV_COLUMNS, csvField, exportEvents, toCsv, toJson, toTimelineJs, type ExportInput } from '../../src/charts/timeline/export';

const input: ExportInput = {
  events: data.timeline,
  sources: data.sources,
  confidence: data.confidence,
  storyUrl: 'https://example.org/story/',
  title: 'Timeline',
  description: 'All events',
  updated: '2024-01-01',
};

/** A strict RFC 4180 parser: quoted fields with commas, doubled quotes and line breaks; CRLF or LF rows; a leading BOM. */
function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < src.length && !/[,\r\n]/.test(src[i]!)) throw new Error(`character after closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('the CSV parser used to check the export', () => {
  it('reads quotes, commas, doubled quotes and line breaks inside fields', () => {
    expect(parseCsv('a,"b, c","say ""hi""","line\r\nbreak"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'line\r\nbreak'],
      ['1', '2', '3', '4'],
    ]);
    expect(() => parseCsv('"open')).toThrow();
    expect(() => parseCsv('a"b')).toThrow();
  });

  it('round-trips awkward values through csvField', () => {
    const values = ['plain', 'comma, here', 'quote " here', 'new\nline', '“curly”', '', ' spaced '];
    expect(parseCsv(`${values.map(csvField).join(',')}\r\n`)).toEqual([values]);
  });
});

describe('CSV export', () => {
  const rows = parseCsv(toCsv(input));
  const [header, ...body] = rows;
  const exported = exportEvents(input);

  it('has the header row and one row per event, every row as wide as the header', () => {
    expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(body).toHaveLength(data.timeline.length);
    for (const r of body) expect(r).toHaveLength(header!.length);
  });

  it('gives back every field of every event, with its confidence and source URLs', () => {
    const col = (name: string) => header!.indexOf(name);
    body.forEach((r, i) => {
      const e = data.timeline[i]!;
      expect(r[col('id')]).toBe(e.id);
      expect(r[col('date')]).toBe(e.date);
      expect(r[col('date_precision')]).toBe(e.datePrecision);
      expect(r[col('time_of_day')]).toBe(e.timeOfDay ?? '');
      expect(r[col('actor')]).toBe(e.actor);
      expect(r[col('actor_type')]).toBe(e.actorType);
      expect(r[col('headline')]).toBe(e.headline);
      expect(r[col('summary')]).toBe(e.summary);
      expect(r[col('quote')]).toBe(e.quote?.text ?? '');
      expect(r[col('quote_speaker')]).toBe(e.quote?.speaker ?? '');
      expect(r[col('confidence')]).toBe(e.confidence);
      expect(r[col('confidence_label')]).toBe(data.confidence.find((c) => c.id === e.confidence)!.label);
      expect(r[col('source_ids')]!.split(' | ')).toEqual(e.sources);
      expect(r[col('source_urls')]!.split(' | ')).toEqual(e.sources.map((id) => data.sources.find((s) => s.id === id)!.url));
      expect(r[col('link')]).toBe(`https://example.org/story/#event-${e.id}`);
      expect(r[col('display_date')]).toBe(exported[i]!.displayDate);
    });
  });

  it('quotes fields that hold commas (the summaries do) and starts with a BOM for spreadsheets', () => {
    const csv = toCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(data.timeline.some((e) => e.summary.includes(','))).toBe(true);
    expect(csv).toMatch(/\r\n$/);
  });
});

describe('JSON export', () => {
  it('parses and holds every event with its sources (URLs) and confidence', () => {
    const doc = JSON.parse(toJson(input)) as { events: Array<{ id: string; confidence: string; sources: Array<{ id: string; url: string }> }>; confidenceLevels: unknown[] };
    expect(doc.events.map((e) => e.id)).toEqual(data.timeline.map((e) => e.id));
    doc.events.forEach((e, i) => {
      expect(e.confidence).toBe(data.timeline[i]!.confidence);
      expect(e.sources.map((s) => s.id)).toEqual(data.timeline[i]!.sources);
      for (const s of e.sources) expect(s.url).toMatch(/^https:\/\//);
    });
    expect(doc.confidenceLevels).toHaveLength(data.confidence.length);
  });
});

describe('TimelineJS export', () => {
  const file = toTimelineJs(input);

  it('has a title slide and one event per event, keyed by the event id', () => {
    expect(file.title.text.headline).toBeTruthy();
    expect(file.events.map((e) => e.unique_id)).toEqual(data.timeline.map((e) => e.id));
    expect(new Set(file.events.map((e) => e.unique_id)).size).toBe(file.events.length);
  });

  it('gives each event its dates as numbers, only to the precision the data knows', () => {
    file.events.forEach((slide, i) => {
      const e = data.timeline[i]!;
      const [y, m, d] = e.date.split('-').map(Number);
      expect(slide.start_date.year).toBe(y);
      expect(slide.start_date.month).toBe(m);
      expect(slide.start_date.day).toBe(d);
      expect(typeof slide.start_date.display_date).toBe('string');
    });
    const monthOnly = file.events.find((s) => data.timeline.find((e) => e.id === s.unique_id)!.datePrecision === 'month');
    expect(monthOnly?.start_date.day).toBeUndefined();
  });

  it('puts the headline, the confidence in words and the linked sources in each slide, escaped', () => {
    file.events.forEach((slide, i) => {
      const e = data.timeline[i]!;
      expect(slide.group).toBeTruthy();
      expect(slide.text.text).toContain(data.confidence.find((c) => c.id === e.confidence)!.label);
      for (const id of e.sources) {
        const url = data.sources.find((s) => s.id === id)!.url.replace(/&/g, '&amp;');
        expect(slide.text.text).toContain(`href="${url}"`);
      }
      expect(slide.text.text).not.toMatch(/<script/i);
    });
  });

  it('escapes each field as TimelineJS renders it: headline and text as HTML once, group (stripped, then HTML) twice', () => {
    const markup = '<b>x</b> & "y"';
    const one = toTimelineJs({ ...input, title: markup, events: [{ ...data.timeline[0]!, headline: markup, actor: markup, summary: markup }] });
    const slide = one.events[0]!;
    expect(slide.text.headline).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(slide.text.text).toContain('<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</p>');
    expect(slide.text.text).not.toContain('<b>');
    expect(one.title.text.headline).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    const grouped = toTimelineJs({ ...input, events: [{ ...data.timeline[0]!, actorType: 'state-local-official' }] }).events[0]!;
    expect(grouped.group).toBe('State or local official');
    // The date line TimelineJS sets as HTML as it is: a time of day (a closed list in the schema) with markup that
    // reached the export anyway is escaped once.
    const timed = { ...data.timeline[0]!, datePrecision: 'day' as const, time: undefined, timeZone: undefined, timeOfDay: `evening ${markup}` as 'evening' };
    const dated = toTimelineJs({ ...input, events: [timed] }).events[0]!;
    expect(dated.start_date.display_date).toContain('evening &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(dated.start_date.display_date).not.toMatch(/[<>]/);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });
});
