// The classroom lesson: claim answers come from the dataset entries they reference, and bad references fail the build.
import { describe, expect, it } from 'vitest';
import raw from '../../data/classroom.json' with { type: 'json' };
import { data } from '../../src/lib/data';
import { DataValidationError } from '../../src/lib/data/validate';
import { classroom } from '../../src/lib/classroom';
import { deriveClaimAnswer, validateClassroom } from '../../src/lib/classroom/validate';
import { emptyProgress, parseProgress, summarize } from '../../src/lib/classroom/progress';
import { lateralData } from '../../src/lib/classroom/lateral';

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated as untyped JSON on purpose */
const fresh = (): any => structuredClone(raw);

/** Reads the referenced entry straight from the dataset, independently of the module under test. */
function entryFor(ref: any): { confidence: string; sources: string[] } {
  if (ref.file === 'relay') return (ref.kind === 'node' ? data.relay.nodes : data.relay.edges).find((e) => e.id === ref.id)!;
  if (ref.file === 'timeline') return data.timeline.find((e) => e.id === ref.id)!;
  const state: any = data.states.find((s) => s.id === ref.id)!;
  if (!ref.item) return state;
  if (ref.item === 'arrived') return state.arrived;
  const [, list, i] = /^(\w+)\[(\d+)\]$/.exec(ref.item)!;
  return state[list!][Number(i)];
}

describe('claim answers', () => {
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

  it('reads a sourced item inside a state (counts[0])', () => {
    const claim = classroom.claims.find((c) => c.ref.file === 'states')!;
    expect(claim.answer.confidence).toBe(data.states.find((s) => s.id === 'FL')!.counts[0]!.confidence);
    expect(claim.answer.origin).toBe('data/states.json › FL › counts[0]');
  });

  it('uses all four evidence levels, so the sorting exercise is not trivial', () => {
    expect(new Set(classroom.claims.map((c) => c.answer.confidence))).toEqual(new Set(data.confidence.map((c) => c.id)));
  });
});

describe('validation of data/classroom.json', () => {
  const cases: Array<{ rule: string; break: (r: any) => void; entry: string; field: string; message: RegExp }> = [
    { rule: 'a relay node ref must exist', break: (r) => (r.claims[7].ref.id = 'joongang-singapur'), entry: 'claims singapore-server', field: 'ref.id', message: /no node "joongang-singapur" in data\/relay\.json/ },
    { rule: 'a timeline ref must exist', break: (r) => (r.claims[0].ref.id = 'no-such-event'), entry: 'claims iran-sent', field: 'ref.id', message: /no event "no-such-event" in data\/timeline\.json/ },
    { rule: 'a state item ref must exist', break: (r) => (r.claims[9].ref.item = 'counts[99]'), entry: 'claims florida-200', field: 'ref.item', message: /state "FL" has no counts\[99\] in data\/states\.json/ },
    { rule: 'a ref must name a known file', break: (r) => (r.claims[0].ref.file = 'steps'), entry: 'claims iran-sent', field: 'ref.file', message: /.+/ },
    { rule: 'discussion questions link to existing steps', break: (r) => (r.discussion[0].step = 'no-such-step'), entry: 'discussion whose-word', field: 'step', message: /unknown step id "no-such-step" in data\/steps\.json/ },
    { rule: 'cited sources must exist', break: (r) => (r.vocabulary[0].sources = ['S1', 'S9999']), entry: 'vocabulary spoofing', field: 'sources[1]', message: /unknown source id "S9999"/ },
    { rule: 'lesson sources can be cited', break: (r) => (r.vocabulary[0].sources = ['L9']), entry: 'vocabulary spoofing', field: 'sources[0]', message: /unknown source id "L9"/ },
    { rule: 'the arc adds up to the advertised time', break: (r) => (r.arc[0].full = 10), entry: 'arc', field: 'full', message: /not header\.fullMinutes/ },
    { rule: 'a marked phrase must be in the email as printed', break: (r) => (r.email.marks[1].phrase = 'otherwise we will follow you'), entry: 'email', field: 'marks[1].phrase', message: /not found verbatim .* in the email as S21 printed it/ },
    { rule: 'the email points only to existing spots', break: (r) => (r.email.spotAt.headers = 'nowhere'), entry: 'email', field: 'spotAt.headers', message: /unknown spot "nowhere"/ },
    { rule: 'lesson source URLs are https', break: (r) => (r.sources[0].url = 'http://example.org'), entry: 'sources L1', field: 'url', message: /https/ },
    { rule: 'claim ids are unique', break: (r) => (r.claims[1].id = r.claims[0].id), entry: 'claims iran-sent', field: 'id', message: /duplicate/ },
  ];
  for (const c of cases) {
    it(`${c.rule}: the message names the file, entry and field`, () => {
      const broken = fresh();
      c.break(broken);
      let error: unknown;
      try {
        validateClassroom(broken, data);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataValidationError);
      const issue = (error as DataValidationError).issues[0]!;
      expect(issue.file).toBe('data/classroom.json');
      expect(issue.entry).toBe(c.entry);
      expect(issue.field).toBe(c.field);
      expect(issue.message).toMatch(c.message);
      expect((error as Error).message).toContain(`data/classroom.json › entry "${c.entry}" › field "${c.field}"`);
    });
  }

  it('the shipped lesson is valid', () => {
    expect(() => validateClassroom(fresh(), data)).not.toThrow();
  });
});

describe('progress', () => {
  const lesson = { spots: ['a', 'b'], answers: { x: 'official-record', y: 'disputed' } as const, lateral: ['who', 'evidence', 'others'] };

  it('parses garbage as empty progress', () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('not json')).toEqual(emptyProgress());
    expect(parseProgress('[1,2]')).toEqual(emptyProgress());
  });

  it('counts opened spots, checked and right claims, and answered questions, ignoring unknown ids', () => {
    const p = parseProgress(
      JSON.stringify({
        spots: ['a', 'a', 'zzz'],
        claims: { x: { choice: 'official-record', checked: true }, y: { choice: 'single-report', checked: true }, old: { choice: 'disputed', checked: true } },
        lateral: { source: 'S12', done: ['who', 'gone'] },
      }),
    );
    expect(summarize(p, lesson)).toEqual({ spotsOpened: 1, claimsChecked: 2, claimsRight: 1, lateralDone: 1 });
  });
});

describe('lateral reading payload', () => {
  it('offers every source exactly once, grouped by kind', () => {
    const { groups, byId } = lateralData(data);
    const ids = groups.flatMap((g) => g.options.map((o) => o.id));
    expect(ids.sort()).toEqual(data.sources.map((s) => s.id).sort());
    expect(Object.keys(byId).length).toBe(data.sources.length);
  });

  it('shows the source’s own note, so copies and mirrors are visible', () => {
    const { byId } = lateralData(data);
    expect(byId.S12!.note).toBe(data.sources.find((s) => s.id === 'S12')!.note);
    expect(byId.S12!.host).toBe('daccess.net');
  });
});
