// Every validation rule has a broken fixture whose message names the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import { DataValidationError, validateDataset, type RawDataset } from '../../src/lib/data/validate';
import { validRaw } from './fixtures/dataset';

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated as untyped JSON on purpose */
type Json = any;

interface Case {
  rule: string;
  break: (raw: Record<keyof RawDataset, Json>) => void;
  file: string;
  entry: string;
  field: string;
  message: RegExp;
}

const cases: Case[] = [
  // sources.json
  { rule: 'source URL must be https', break: (r) => (r['data/sources.json'][0].url = 'http://example.org/a'), file: 'data/sources.json', entry: 'S1', field: 'url', message: /https/ },
  { rule: 'source URL must be absolute', break: (r) => (r['data/sources.json'][1].url = '/relative'), file: 'data/sources.json', entry: 'S2', field: 'url', message: /absolute https/ },
  { rule: 'archive link must match the URL', break: (r) => (r['data/sources.json'][0].archiveUrl = 'https://web.archive.org/web/https://other.org'), file: 'data/sources.json', entry: 'S1', field: 'archiveUrl', message: /web\.archive\.org/ },
  { rule: 'publication date must be a real date', break: (r) => (r['data/sources.json'][0].published = '2021-02-30'), file: 'data/sources.json', entry: 'S1', field: 'published', message: /real calendar date/ },
  { rule: 'publication date must be ISO', break: (r) => (r['data/sources.json'][0].published = 'Oct 21, 2020'), file: 'data/sources.json', entry: 'S1', field: 'published', message: /ISO date/ },
  { rule: 'source kind must be known', break: (r) => (r['data/sources.json'][1].kind = 'blog'), file: 'data/sources.json', entry: 'S2', field: 'kind', message: /.+/ },
  { rule: 'source id must be shaped like S16', break: (r) => (r['data/sources.json'][1].id = 'cbs'), file: 'data/sources.json', entry: 'cbs', field: 'id', message: /S16/ },
  { rule: 'source ids are unique', break: (r) => (r['data/sources.json'][1].id = 'S1'), file: 'data/sources.json', entry: 'S1', field: 'id', message: /duplicate id/ },
  { rule: 'unknown fields are rejected, not ignored', break: (r) => (r['data/sources.json'][0].publsher = 'typo'), file: 'data/sources.json', entry: 'S1', field: '(entry)', message: /publsher/ },
  { rule: 'required text must not be empty', break: (r) => (r['data/sources.json'][0].supports = '  '), file: 'data/sources.json', entry: 'S1', field: 'supports', message: /empty/ },
  // sources.json: provenance (a link off the publisher's domains says what it is; a copy carries its label)
  { rule: 'an original must be on the publisher’s domains', break: (r) => ((r['data/sources.json'][1].provenance = 'original'), delete r['data/sources.json'][1].copy), file: 'data/sources.json', entry: 'S2', field: 'url', message: /host "example\.org" is not one of the publisher’s domains \(paper\.example\)/ },
  { rule: 'an official record must be on the agency’s domains', break: (r) => (r['data/sources.json'][0].publisherDomains = ['dni.gov']), file: 'data/sources.json', entry: 'S1', field: 'url', message: /not one of the publisher’s domains \(dni\.gov\)/ },
  { rule: 'a publisher domain is a full domain name', break: (r) => (r['data/sources.json'][0].publisherDomains = ['org']), file: 'data/sources.json', entry: 'S1', field: 'publisherDomains[0]', message: /lower-case domain/ },
  { rule: 'a copy needs its label', break: (r) => delete r['data/sources.json'][1].copy, file: 'data/sources.json', entry: 'S2', field: 'copy', message: /required for a copy/ },
  { rule: 'a copy’s label names the copy’s own site', break: (r) => (r['data/sources.json'][1].copy.site = 'daccess.net'), file: 'data/sources.json', entry: 'S2', field: 'copy.site', message: /"example\.org"/ },
  { rule: 'a copy cannot sit on the publisher’s own domain', break: (r) => (r['data/sources.json'][1].publisherDomains = ['example.org']), file: 'data/sources.json', entry: 'S2', field: 'provenance', message: /publisher’s own domain/ },
  { rule: 'a republication names who republished it', break: (r) => ((r['data/sources.json'][1].provenance = 'republication'), delete r['data/sources.json'][1].copy), file: 'data/sources.json', entry: 'S2', field: 'republishedBy', message: /who republished it/ },
  { rule: 'a news report is not an official record', break: (r) => ((r['data/sources.json'][1].provenance = 'official'), delete r['data/sources.json'][1].copy, (r['data/sources.json'][1].publisherDomains = ['example.org'])), file: 'data/sources.json', entry: 'S2', field: 'provenance', message: /not an official record/ },
  { rule: 'provenance must be known', break: (r) => (r['data/sources.json'][0].provenance = 'mirror'), file: 'data/sources.json', entry: 'S1', field: 'provenance', message: /.+/ },
  { rule: 'every source lists its publisher’s domains', break: (r) => (r['data/sources.json'][0].publisherDomains = []), file: 'data/sources.json', entry: 'S1', field: 'publisherDomains', message: /publisher’s own domain/ },
  // email.json
  { rule: 'an email printing cites a known source', break: (r) => (r['data/email.json'].versions[0].printings[0].source = 'S9'), file: 'data/email.json', entry: 'versions as-sent', field: 'printings[0].source[0]', message: /unknown source id "S9"/ },
  { rule: 'the email shown as received is a printing that exists', break: (r) => (r['data/email.json'].shown.source = 'S1'), file: 'data/email.json', entry: 'shown', field: 'source', message: /no printing by "S1"/ },
  { rule: 'the email shown as received is one continuous text', break: (r) => r['data/email.json'].versions[0].printings[0].parts.push('More.'), file: 'data/email.json', entry: 'shown', field: 'source', message: /one continuous text/ },
  { rule: 'the sender address is an address', break: (r) => (r['data/email.json'].sender.address = 'Proud Boys'), file: 'data/email.json', entry: 'sender', field: 'address', message: /email address/ },
  // examples.json
  { rule: 'an example cites known sources for what was reported', break: (r) => (r['data/examples.json'].examples[0].reported[0] = 'Reported. [S9]'), file: 'data/examples.json', entry: 'examples sample', field: 'reported[0][0]', message: /unknown source id "S9"/ },
  { rule: 'an example says what is made up', break: (r) => (r['data/examples.json'].examples[0].standIns = []), file: 'data/examples.json', entry: 'examples sample', field: 'standIns', message: /made up/ },
  { rule: 'an example has one body', break: (r) => (r['data/examples.json'].examples[0].body = 'email'), file: 'data/examples.json', entry: 'examples sample', field: 'body', message: /exactly one/ },
  { rule: 'a header line has no tab', break: (r) => (r['data/examples.json'].examples[0].headers[1] = 'To:\tb@example.net'), file: 'data/examples.json', entry: 'examples sample', field: 'headers[1]', message: /one line/ },
  // header-howto.json
  { rule: 'how-to steps name the guide they come from', break: (r) => (r['data/header-howto.json'].clients[0].guides = []), file: 'data/header-howto.json', entry: 'clients mail', field: 'guides', message: /guide/ },
  { rule: 'a how-to guide link is https', break: (r) => (r['data/header-howto.json'].clients[0].guides[0].url = 'http://example.org/guide'), file: 'data/header-howto.json', entry: 'clients mail', field: 'guides[0].url', message: /https/ },
  // states.json
  { rule: 'state code must be a real state', break: (r) => ((r['data/states.json'][0].code = 'XX'), (r['data/states.json'][0].id = 'XX')), file: 'data/states.json', entry: 'XX', field: 'code', message: /not a US state/ },
  { rule: 'state FIPS must match the code', break: (r) => (r['data/states.json'][0].fips = '02'), file: 'data/states.json', entry: 'FL', field: 'fips', message: /does not match/ },
  { rule: 'county FIPS must be inside the state', break: (r) => (r['data/states.json'][0].places[0].fips = '02020'), file: 'data/states.json', entry: 'FL', field: 'places[0].fips', message: /not in state FIPS/ },
  { rule: 'a county needs its FIPS', break: (r) => delete r['data/states.json'][0].places[0].fips, file: 'data/states.json', entry: 'FL', field: 'places[0].fips', message: /required for a county/ },
  { rule: 'a statement has a quote or a paraphrase', break: (r) => (r['data/states.json'][0].statements[0].paraphrase = 'Also.'), file: 'data/states.json', entry: 'FL', field: 'statements[0].quote', message: /exactly one/ },
  { rule: 'confidence must be in the vocabulary', break: (r) => (r['data/states.json'][0].confidence = 'likely'), file: 'data/states.json', entry: 'FL', field: 'confidence', message: /.+/ },
  { rule: 'cited sources must exist (states)', break: (r) => (r['data/states.json'][0].counts[0].sources = ['S2', 'S99']), file: 'data/states.json', entry: 'FL', field: 'counts[0].sources[1]', message: /unknown source id "S99"/ },
  { rule: 'every claim cites a source', break: (r) => (r['data/states.json'][0].context[0].sources = []), file: 'data/states.json', entry: 'FL', field: 'context[0].sources', message: /at least one source/ },
  // relay.json
  { rule: 'edge ends must exist', break: (r) => (r['data/relay.json'].edges[0].to = 'nowhere'), file: 'data/relay.json', entry: 'edges op-to-ee', field: 'to', message: /unknown node id "nowhere"/ },
  { rule: 'a server needs a country', break: (r) => delete r['data/relay.json'].nodes[1].country, file: 'data/relay.json', entry: 'nodes relay-ee', field: 'country', message: /required for a server/ },
  { rule: 'node kind must be known', break: (r) => (r['data/relay.json'].nodes[0].kind = 'person'), file: 'data/relay.json', entry: 'nodes operators', field: 'kind', message: /.+/ },
  { rule: 'node ids are unique', break: (r) => (r['data/relay.json'].nodes[1].id = 'operators'), file: 'data/relay.json', entry: 'nodes operators', field: 'id', message: /duplicate/ },
  { rule: 'hop must be a whole number', break: (r) => (r['data/relay.json'].edges[0].hop = 1.5), file: 'data/relay.json', entry: 'edges op-to-ee', field: 'hop', message: /whole number/ },
  { rule: 'cited sources must exist (relay)', break: (r) => (r['data/relay.json'].nodes[0].sources = ['S77']), file: 'data/relay.json', entry: 'nodes operators', field: 'sources[0]', message: /unknown source id/ },
  // timeline.json
  { rule: 'event date must be real', break: (r) => (r['data/timeline.json'][0].date = '2020-13-01'), file: 'data/timeline.json', entry: 'presser', field: 'date', message: /real calendar date/ },
  { rule: 'date must match its precision', break: (r) => (r['data/timeline.json'][0].datePrecision = 'month'), file: 'data/timeline.json', entry: 'presser', field: 'date', message: /datePrecision/ },
  { rule: 'a time needs a time zone', break: (r) => (r['data/timeline.json'][0].time = '19:30'), file: 'data/timeline.json', entry: 'presser', field: 'timeZone', message: /required/ },
  { rule: 'time zone must be IANA', break: (r) => ((r['data/timeline.json'][0].time = '19:30'), (r['data/timeline.json'][0].timeZone = 'Eastern')), file: 'data/timeline.json', entry: 'presser', field: 'timeZone', message: /IANA/ },
  { rule: 'actor type must be known', break: (r) => (r['data/timeline.json'][0].actorType = 'celebrity'), file: 'data/timeline.json', entry: 'presser', field: 'actorType', message: /.+/ },
  { rule: 'event id must be a slug', break: (r) => (r['data/timeline.json'][0].id = 'Press Conference'), file: 'data/timeline.json', entry: 'Press Conference', field: 'id', message: /slug/ },
  { rule: 'quotes stay short', break: (r) => (r['data/timeline.json'][0].quote.text = 'word '.repeat(60)), file: 'data/timeline.json', entry: 'presser', field: 'quote.text', message: /short quote/ },
  { rule: 'cited sources must exist (timeline)', break: (r) => (r['data/timeline.json'][0].sources = ['S5']), file: 'data/timeline.json', entry: 'presser', field: 'sources[0]', message: /unknown source id "S5"/ },
  // steps.json
  { rule: 'step text alternative is required', break: (r) => delete r['data/steps.json'].steps[0].alt, file: 'data/steps.json', entry: 'inbox', field: 'alt', message: /.+/ },
  { rule: 'step paragraphs cite a source', break: (r) => (r['data/steps.json'].steps[0].body = ['No citation here.']), file: 'data/steps.json', entry: 'inbox', field: 'body[0]', message: /cite at least one source/ },
  { rule: 'step citations must exist', break: (r) => (r['data/steps.json'].steps[1].body = ['It travelled. [S1, S404]']), file: 'data/steps.json', entry: 'path', field: 'body[0][1]', message: /unknown source id "S404"/ },
  { rule: 'step section must exist', break: (r) => (r['data/steps.json'].steps[0].section = 'nope'), file: 'data/steps.json', entry: 'inbox', field: 'section', message: /unknown section/ },
  { rule: 'map focus must be a data state', break: (r) => (r['data/steps.json'].steps[0].state.focus = 'TX'), file: 'data/steps.json', entry: 'inbox', field: 'state.focus', message: /not a state in data\/states.json/ },
  { rule: 'map view must be declared by the map', break: (r) => (r['data/steps.json'].steps[0].state.view = 'zoom-in'), file: 'data/steps.json', entry: 'inbox', field: 'state.view', message: /.+/ },
  { rule: 'relay hop must exist', break: (r) => (r['data/steps.json'].steps[1].state.hop = 9), file: 'data/steps.json', entry: 'path', field: 'state.hop', message: /beyond the last hop/ },
  { rule: 'timeline focus must be an event', break: (r) => (r['data/steps.json'].steps[2].state.focus = 'ghost'), file: 'data/steps.json', entry: 'reactions', field: 'state.focus', message: /unknown event id "ghost"/ },
  { rule: 'graphic must be known', break: (r) => (r['data/steps.json'].steps[0].graphic = 'chart'), file: 'data/steps.json', entry: 'inbox', field: 'graphic', message: /.+/ },
  // confidence.json, corrections.json, article.json
  { rule: 'every confidence level is explained', break: (r) => r['data/confidence.json'].pop(), file: 'data/confidence.json', entry: 'disputed', field: 'id', message: /no explanation/ },
  { rule: 'last update must be a date', break: (r) => (r['data/corrections.json'].lastUpdated = 'today'), file: 'data/corrections.json', entry: '(file)', field: 'lastUpdated', message: /ISO date/ },
  { rule: 'correction entries are validated', break: (r) => r['data/corrections.json'].entries.push({ id: 'fix-1', date: '2026-02-31', kind: 'correction', text: 'Fixed.' }), file: 'data/corrections.json', entry: 'entries fix-1', field: 'date', message: /real calendar date/ },
  { rule: 'article citations must exist', break: (r) => (r['data/article.json'].known[0].text = 'Known. [S1, S8]'), file: 'data/article.json', entry: 'article', field: 'known[0][1]', message: /unknown source id "S8"/ },
  { rule: 'article paragraphs cite a source', break: (r) => (r['data/article.json'].intro = ['Uncited.']), file: 'data/article.json', entry: 'intro', field: '[0]', message: /cite at least one source/ },
];

describe('the valid fixture', () => {
  it('passes validation', () => {
    expect(() => validateDataset(validRaw())).not.toThrow();
  });
});

describe('each validation rule fails with a message naming file, entry and field', () => {
  for (const c of cases) {
    it(c.rule, () => {
      const raw = validRaw() as Record<keyof RawDataset, Json>;
      c.break(raw);
      let error: unknown;
      try {
        validateDataset(raw as RawDataset);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataValidationError);
      const message = (error as Error).message;
      expect(message).toContain(`${c.file} › entry "${c.entry}" › field "${c.field}"`);
      expect(message).toMatch(c.message);
    });
  }
});

describe('values are never coerced', () => {
  it('rejects a number where a date string is expected instead of converting it', () => {
    const raw = validRaw() as Record<keyof RawDataset, Json>;
    raw['data/sources.json'][0].published = 20201021;
    expect(() => validateDataset(raw as RawDataset)).toThrow(/data\/sources\.json › entry "S1" › field "published"/);
  });
  it('rejects "true" as a string where a boolean is expected', () => {
    const raw = validRaw() as Record<keyof RawDataset, Json>;
    raw['data/states.json'][0].battleground = 'true';
    expect(() => validateDataset(raw as RawDataset)).toThrow(/field "battleground"/);
  });
});
