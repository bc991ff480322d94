// The classroom lesson: answers come from the dataset; the reading covers every claim; the header key matches the
// example and the header reader's parser; bad data fails the build naming file, entry and field.
import { describe, expect, it } from 'vitest';
import raw from '../../data/classroom.json' with { type: 'json' };
import rawGuide from '../../data/classroom-guide.json' with { type: 'json' };
import { data } from '../../src/lib/data';
import { DataValidationError } from '../../src/lib/data/validate';
import { classroom } from '../../src/lib/classroom';
import { deriveClaimAnswer, validateClassroom } from '../../src/lib/classroom/validate';
import { buildHeaderKey, headerFields } from '../../src/lib/classroom/headers';
import { lateralCards, lateralNotes } from '../../src/lib/classroom/lateral';
import { studentAnswers } from '../../src/lib/classroom/answers';
import { buildSlides, slideNotes } from '../../src/lib/classroom/slides';

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated as untyped JSON on purpose */
const fresh = (): any => structuredClone(raw);
const freshGuide = (): any => structuredClone(rawGuide);

/** Reads the referenced entry straight from the dataset, independently of the module under test. */
function entryFor(ref: any): { confidence: string; sources: string[] } {
  if (ref.file === 'relay') return (ref.kind === 'node' ? data.relay.nodes : data.relay.edges).find((e) => e.id === ref.id)!;
  if (ref.file === 'timeline') return data.timeline.find((e) => e.id === ref.id)!;
  const state: any = data.states.find((s) => s.id === ref.id)!;
  if (!ref.item) return state;
  const [, list, i] = /^(\w+)\[(\d+)\]$/.exec(ref.item)!;
  return state[list!][Number(i)];
}

function issueOf(f: () => unknown): { file: string; entry: string; field: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return (e as DataValidationError).issues[0]!;
  }
  throw new Error('did not throw');
}

describe('claims', () => {
  it('every claim’s answer equals the referenced entry’s confidence and sources', () => {
    expect(classroom.claims.length).toBe(raw.claims.length);
    for (const claim of classroom.claims) {
      const entry = entryFor(claim.ref);
      expect(claim.answer.confidence, claim.id).toBe(entry.confidence);
      expect(claim.answer.sources, claim.id).toEqual(entry.sources);
    }
  });

  it('follows the dataset: changing an entry’s confidence changes the answer', () => {
    const relay = structuredClone(data.relay);
    relay.nodes.find((n) => n.id === 'joongang-singapore')!.confidence = 'disputed';
    const claim = classroom.claims.find((c) => c.ref.file === 'relay' && c.ref.id === 'joongang-singapore')!;
    expect(deriveClaimAnswer(claim, { ...data, relay }).confidence).toBe('disputed');
  });

  it('uses all four levels, and so does the 20-minute version', () => {
    const all = new Set(data.confidence.map((c) => c.id));
    expect(new Set(classroom.claims.map((c) => c.answer.confidence))).toEqual(all);
    expect(new Set(classroom.claims.filter((c) => c.short).map((c) => c.answer.confidence))).toEqual(all);
  });

  it('quotes the story’s own paragraphs, and every claim’s step is in the guided reading', () => {
    const reading = new Set(classroom.arc.flatMap((p) => p.steps ?? []));
    for (const c of classroom.claims) {
      expect(reading.has(c.step), c.id).toBe(true);
      const step = data.steps.steps.find((s) => s.id === c.step)!;
      const text = c.excerptText.map((segs) => segs.map((s) => ('text' in s ? s.text : `[${s.cite.join(', ')}]`)).join(''));
      expect(text).toEqual(c.excerpt.map((n) => step.body[n]));
    }
  });

  it('says “US agencies said Iran sent the emails”, an official record by the site’s own definition', () => {
    const c = classroom.claims.find((x) => x.id === 'us-agencies-iran')!;
    expect(c.claim).toBe('US agencies said Iran sent the emails.');
    expect(c.answer.confidence).toBe('official-record');
  });
});

describe('the header activity', () => {
  const example = data.examples.examples.find((e) => e.id === 'proud-boys')!;

  it('cuts the header into fields, folded lines with the line above', () => {
    const fields = headerFields(['A: 1', 'Received: from x', '   by y', 'B: 2']);
    expect(fields.map((f) => [f.name, f.lines.length, f.firstLine])).toEqual([['A', 1, 1], ['Received', 2, 2], ['B', 1, 4]]);
  });

  it('keys every field of the reconstructed header, and reads the journey bottom up with the header reader’s parser', () => {
    const key = classroom.headerKey;
    expect(key.fields.map((f) => f.name)).toEqual(headerFields(example.headers).map((f) => f.name));
    expect(key.hops.map((h) => `${h.from}→${h.by}`)).toEqual(['avalik.koolibri.ee→mx2.example.net', 'mx2.example.net→mailbox.example.net']);
    expect(key.hops[0]!.ip).toBe('198.51.100.23');
    expect(key.hops[0]!.ipIsExample).toBe(true);
    expect(key.fromAddress).toBe(data.email.sender.address);
    expect(key.returnPath).toBe('vhost43553f0@avalik.koolibri.ee');
    // The bottom Received line is hop 1.
    expect(key.fields.filter((f) => f.name === 'Received').map((f) => f.hop)).toEqual([2, 1]);
    // The sender writes From, To, Subject and the rest of the message's own lines, and chooses Return-Path.
    const sender = key.fields.filter((f) => f.sender).map((f) => f.name);
    expect(sender).toEqual(expect.arrayContaining(['From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path']));
    expect(sender).not.toContain('Received');
    expect(sender).not.toContain('Delivered-To');
  });

  it('the chain answer names the first hop the parser finds', () => {
    const chain = classroom.headers.questions.find((q) => q.id === 'chain')!.answer.text;
    const [first] = classroom.headerKey.hops;
    expect(chain).toContain(first!.from);
    expect(chain).toContain(first!.ip!);
    expect(chain).toContain(first!.by);
  });

  it('a key that does not match the example one for one is refused', () => {
    expect(buildHeaderKey(example, classroom.headers.fields.slice(1))).toBeNull();
  });
});

describe('Activity 3', () => {
  it('offers 6 to 8 curated sources across three levels, with notes only in the answers', () => {
    const cards = lateralCards(data, classroom.lateral);
    expect(cards.length).toBeGreaterThanOrEqual(6);
    expect(cards.length).toBeLessThanOrEqual(8);
    expect(new Set(cards.map((c) => c.tier))).toEqual(new Set(['official', 'copy', 'partisan']));
    const s12 = cards.find((c) => c.id === 'S12')!;
    expect(s12.host).toBe('daccess.net');
    expect(s12.publisherSites).toEqual(['washingtonpost.com']);
    expect(JSON.stringify(s12)).not.toContain('copy on');
    expect(lateralNotes(data, classroom.lateral).S12!.where).toContain('Read in a copy at daccess.net');
  });
});

describe('the student answers payload', () => {
  const a = studentAnswers(classroom, data, { sources: data.sources, lessonSources: classroom.sources, storyPath: '/' });
  it('has every reveal, claim, header field and source note, with citation links', () => {
    expect(Object.keys(a.spots)).toEqual(classroom.spots.map((s) => s.id));
    expect(Object.keys(a.claims)).toEqual(classroom.claims.map((c) => c.id));
    expect(a.headers.fields.length).toBe(classroom.headerKey.fields.length);
    expect(Object.keys(a.lateral).sort()).toEqual(classroom.lateral.sources.map((s) => s.id).sort());
    const why = a.claims['us-agencies-iran']!.why;
    expect(why.cites.map((c) => c.href)).toEqual(['/#source-S4', '/#source-S56', '/#source-S49']);
  });
});

describe('the projector deck', () => {
  const slides = buildSlides(classroom);
  it('has one slide per idea in lesson order, each with notes giving its part of the plan', () => {
    expect(slides.length).toBe(3 + 2 * classroom.spots.length + 3 + 1 + 2 * classroom.claims.length + 1 + classroom.discussion.length + 1);
    expect(slides.map((s) => s.kind).slice(0, 3)).toEqual(['title', 'inbox', 'hook']);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
    for (const s of slides) expect(slideNotes(classroom, s).part, s.id).not.toBe('');
  });
  it('speaker notes carry what to listen for and the answers', () => {
    const d = slides.find((s) => s.kind === 'discussion')!;
    expect(slideNotes(classroom, d).lines.join(' ')).toContain(classroom.discussion[0]!.listenFor.text);
    const c = slides.find((s) => s.kind === 'claim')!;
    expect(slideNotes(classroom, c).lines.join(' ')).toContain(classroom.claims[0]!.why.text);
    expect(slideNotes(classroom, slides[1]!).part).toMatch(/^Hook · \d+ min \(minute 0–\d+\)$/);
  });
  it('the header slide’s notes point to the header reader with this email’s header loaded', () => {
    const h = slides.find((s) => s.kind === 'header')!;
    expect(slideNotes(classroom, h).lines.join(' ')).toContain(`/check-an-email/?example=${classroom.headers.example}`);
  });
});

describe('validation of data/classroom.json', () => {
  const cases: Array<{ rule: string; break: (r: any) => void; entry: string; field: string; message: RegExp }> = [
    { rule: 'a relay node ref must exist', break: (r) => (r.claims[5].ref.id = 'joongang-singapur'), entry: 'claims singapore-server', field: 'ref.id', message: /no node "joongang-singapur" in data\/relay\.json/ },
    { rule: 'a timeline ref must exist', break: (r) => (r.claims[0].ref.id = 'no-such-event'), entry: 'claims us-agencies-iran', field: 'ref.id', message: /no event "no-such-event"/ },
    { rule: 'a state item ref must exist', break: (r) => (r.claims[6].ref.item = 'counts[99]'), entry: 'claims florida-200', field: 'ref.item', message: /state "FL" has no counts\[99\]/ },
    { rule: 'a claim’s step must be in the guided reading', break: (r) => (r.claims[3].step = 'swing-states'), entry: 'claims four-states', field: 'step', message: /"swing-states" is not in the guided reading/ },
    { rule: 'a short-version claim’s step must be in the short reading', break: (r) => (r.claims[3].short = true), entry: 'claims four-states', field: 'step', message: /in the short version but not in its reading/ },
    { rule: 'a quoted paragraph must exist', break: (r) => (r.claims[6].excerpt = [0, 9]), entry: 'claims florida-200', field: 'excerpt[1]', message: /has no paragraph 9/ },
    { rule: 'the short version covers every level', break: (r) => (r.claims[5].short = false), entry: 'claims', field: 'short', message: /no claim at these levels: Single report/ },
    { rule: 'the arc plus spare minutes make the advertised time', break: (r) => (r.header.fullSlack = 0), entry: 'arc', field: 'full', message: /plus 0 spare, not header\.fullMinutes \(45\)/ },
    { rule: 'the header key names the example’s fields', break: (r) => (r.headers.fields[4].name = 'Sender'), entry: 'headers', field: 'fields', message: /one for one/ },
    { rule: 'the header example exists', break: (r) => (r.headers.example = 'nope'), entry: 'headers', field: 'example', message: /unknown example "nope"/ },
    { rule: 'an Activity 3 source’s tier fits its provenance', break: (r) => (r.lateral.sources[2].tier = 'official'), entry: 'lateral', field: 'sources[2].tier', message: /"official" does not fit S12, whose provenance is "copy"/ },
    { rule: 'Activity 3 lists 6 to 8 sources', break: (r) => r.lateral.sources.splice(0, 2), entry: 'lateral', field: 'sources', message: /6 to 8/ },
    { rule: 'the worked example is the example source', break: (r) => (r.lateral.worked.source = 'S1'), entry: 'lateral', field: 'worked.source', message: /must be the example/ },
    { rule: 'a marked phrase must be in the email as printed', break: (r) => (r.email.marks[1].phrase = 'otherwise we will follow you'), entry: 'email', field: 'marks[1].phrase', message: /not found verbatim .* in the email as S21 printed it/ },
    { rule: 'cited sources must exist', break: (r) => (r.vocabulary[0].sources = ['S1', 'S9999']), entry: 'vocabulary spoofing', field: 'sources[1]', message: /unknown source id "S9999"/ },
    { rule: 'claim ids are unique', break: (r) => (r.claims[1].id = r.claims[0].id), entry: 'claims us-agencies-iran', field: 'id', message: /duplicate/ },
  ];
  for (const c of cases) {
    it(`${c.rule}: the message names the file, entry and field`, () => {
      const broken = fresh();
      c.break(broken);
      const issue = issueOf(() => validateClassroom(broken, data));
      expect(issue.file).toBe('data/classroom.json');
      expect(issue.entry).toBe(c.entry);
      expect(issue.field).toBe(c.field);
      expect(issue.message).toMatch(c.message);
    });
  }

  it('the shipped lesson is valid', () => {
    expect(() => validateClassroom(fresh(), data, freshGuide())).not.toThrow();
  });
});

describe('validation of data/classroom-guide.json', () => {
  const cases: Array<{ rule: string; break: (g: any) => void; entry: string; field: string; message: RegExp }> = [
    { rule: 'objectives point at parts of the lesson', break: (g) => (g.objectives[0].assessed = ['quiz']), entry: 'objectives from-line', field: 'assessed[0]', message: /unknown part "quiz"/ },
    { rule: '3 or 4 objectives', break: (g) => g.objectives.splice(0, 2), entry: '(file)', field: 'objectives', message: /3 or 4/ },
    { rule: 'a rubric row per level', break: (g) => (g.rubric.tasks[0].rows[2].level = 'proficient'), entry: 'rubric', field: 'tasks activity-email', message: /one row per level/ },
    { rule: 'standards point at parts of the lesson', break: (g) => (g.standards.items[0].where = ['nowhere']), entry: 'standards', field: 'items[0].where[0]', message: /unknown part "nowhere"/ },
    { rule: 'standard URLs are https', break: (g) => (g.standards.items[0].url = 'http://newslit.org/'), entry: 'standards', field: 'items[0].url', message: /https/ },
  ];
  for (const c of cases) {
    it(`${c.rule}: the message names the guide file, entry and field`, () => {
      const g = freshGuide();
      c.break(g);
      const issue = issueOf(() => validateClassroom(fresh(), data, g));
      expect(issue.file).toBe('data/classroom-guide.json');
      expect(issue.entry).toBe(c.entry);
      expect(issue.field).toBe(c.field);
      expect(issue.message).toMatch(c.message);
    });
  }
});
