// Timeline chart: view windows, the piecewise axis, label layout without overlaps (320 and 1440 px), filters, SVG snapshots.
import { describe, expect, it } from 'vitest';
import { data } from '../../src/lib/data';
import { CONFIDENCE_IDS, ACTOR_TYPES } from '../../src/lib/data/schemas';
import { TIMELINE_VIEWS } from '../../src/lib/data/steps';
import { VIEWS, eventsInView, inView, dayRange } from '../../src/charts/timeline/views';
import { stageEvents } from '../../src/charts/timeline/data';
import { boxEdges, layoutTimeline, piecewisePositions, sceneTextBoxes, truncate, wrap, type Scene } from '../../src/charts/timeline/layout';
import { renderSvg } from '../../src/charts/timeline/render';
import { ACTOR_ORDER, CONFIDENCE_ORDER, formatEventDate, gapBetween, machineDate } from '../../src/charts/timeline/meta';
import { readFilters, writeFilters } from '../../src/charts/timeline/filters';
import { SSR_SIZE } from '../../src/charts/timeline/size';

const events = stageEvents(data);
const timelineSteps = data.steps.steps.filter((s) => s.graphic === 'timeline');

describe('views', () => {
  it('every declared view is defined, and every step’s focus event is inside its view', () => {
    expect(Object.keys(VIEWS).sort()).toEqual([...TIMELINE_VIEWS].sort());
    for (const step of timelineSteps) {
      if (step.graphic !== 'timeline' || !step.state.focus) continue;
      const ids = eventsInView(events, step.state.view).map((e) => e.id);
      expect(ids, step.id).toContain(step.state.focus);
    }
  });

  it('"before" holds only events before the emails, and "aftermath" only events after the first 48 hours', () => {
    expect(eventsInView(events, 'before').every((e) => e.date < '2020-10-19')).toBe(true);
    expect(eventsInView(events, 'before').length).toBeGreaterThan(0);
    expect(eventsInView(events, 'aftermath').every((e) => dayRange(e.date)[1] >= '2020-10-22')).toBe(true);
  });

  it('the motive view is exactly the disputed events of October 21, 2020, an agency claim against political objections', () => {
    const motive = eventsInView(events, 'motive');
    const expected = data.timeline.filter((e) => e.date === '2020-10-21' && e.confidence === 'disputed').map((e) => e.id);
    expect(motive.map((e) => e.id)).toEqual(expected);
    expect(new Set(motive.map((e) => e.actorType))).toEqual(new Set(['agency', 'political']));
    expect(motive.every((e) => e.quote)).toBe(true);
  });

  it('"all" holds every event, and each event falls in exactly one of before / first 48 hours / aftermath', () => {
    expect(eventsInView(events, 'all')).toHaveLength(data.timeline.length);
    for (const e of events) {
      const n = (['before', 'first-48h', 'aftermath'] as const).filter((v) => inView(e, v)).length;
      expect(n, e.id).toBe(1);
    }
  });

  it('a month-precision event is placed by its last possible day (never in a window it might precede)', () => {
    expect(inView({ id: 'x', date: '2020-10', actorType: 'media', confidence: 'single-report' }, 'first-48h')).toBe(false);
    expect(inView({ id: 'x', date: '2020-10', actorType: 'media', confidence: 'single-report' }, 'aftermath')).toBe(true);
  });
});

describe('dates and gaps', () => {
  it('formats day, month and time-of-day dates for readers and for <time datetime>', () => {
    expect(formatEventDate({ date: '2020-10-20', datePrecision: 'day', timeOfDay: 'morning' })).toBe('October 20, 2020, morning');
    expect(formatEventDate({ date: '2022-10', datePrecision: 'month' })).toBe('October 2022');
    const timed = { date: '2020-10-21', datePrecision: 'day' as const, time: '19:30', timeZone: 'America/New_York' };
    expect(formatEventDate(timed)).toBe('October 21, 2020, 7:30 p.m. EDT');
    expect(machineDate(timed)).toBe('2020-10-21T19:30-04:00');
    expect(machineDate({ date: '2020-12-03', datePrecision: 'day', time: '09:05', timeZone: 'America/Anchorage' })).toBe('2020-12-03T09:05-09:00');
  });

  it('labels gaps in words, and reasons only in months when a date is only known to the month', () => {
    const d = (date: string) => ({ date, datePrecision: 'day' as const });
    expect(gapBetween(d('2020-10-20'), d('2020-10-20')).label).toBe('');
    expect(gapBetween(d('2020-10-20'), d('2020-10-21')).label).toBe('Next day');
    expect(gapBetween(d('2020-10-22'), d('2020-10-30')).label).toBe('8 days later');
    expect(gapBetween(d('2020-10-31'), d('2020-12-03')).label).toBe('5 weeks later');
    expect(gapBetween(d('2020-12-03'), d('2021-03-16')).label).toBe('3 months later');
    expect(gapBetween(d('2022-02-01'), { date: '2022-10', datePrecision: 'month' }).label).toBe('8 months later');
    expect(gapBetween(d('2020-10-22'), { date: '2020-10', datePrecision: 'month' }).label).toBe('Later that month');
  });

  it('the piecewise axis is increasing, gives equal steps within a day, and caps the share of the gaps', () => {
    const pos = piecewisePositions(data.timeline, 0.4);
    expect(pos[0]).toBe(0);
    expect(pos.at(-1)).toBe(1);
    for (let i = 1; i < pos.length; i++) expect(pos[i]!).toBeGreaterThan(pos[i - 1]!);
    const sameDay = data.timeline.map((_, i) => i).filter((i) => i > 1 && data.timeline[i]!.date === data.timeline[i - 1]!.date && data.timeline[i - 1]!.date === data.timeline[i - 2]!.date);
    const step = (i: number) => pos[i]! - pos[i - 1]!;
    for (const i of sameDay) expect(step(i)).toBeCloseTo(step(i - 1), 9);
    const unit = Math.min(...pos.slice(1).map((p, i) => p - pos[i]!));
    expect(1 - unit * (pos.length - 1)).toBeLessThanOrEqual(0.4 + 1e-9);
  });
});

describe('text fitting', () => {
  it('truncates with an ellipsis and wraps within the line limit', () => {
    expect(truncate('short', 100, 10)).toBe('short');
    expect(truncate('a much longer headline than fits', 60, 10)).toMatch(/…$/);
    const lines = wrap('one two three four five six seven eight nine ten', 60, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

/** True when two text boxes overlap by more than half a pixel. */
function overlaps(a: ReturnType<typeof boxEdges>, b: ReturnType<typeof boxEdges>): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function expectCleanLayout(scene: Scene, label: string): void {
  const boxes = sceneTextBoxes(scene).map((b) => ({ b, e: boxEdges(b) }));
  for (let i = 0; i < boxes.length; i++) {
    const { b, e } = boxes[i]!;
    expect(e.left, `${label}: "${b.lines[0]}" starts inside the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(e.right, `${label}: "${b.lines[0]}" ends inside the chart`).toBeLessThanOrEqual(scene.width + 0.5);
    expect(e.bottom, `${label}: "${b.lines[0]}" ends above the bottom`).toBeLessThanOrEqual(scene.height + 0.5);
    for (let j = i + 1; j < boxes.length; j++) {
      const o = boxes[j]!;
      expect(overlaps(e, o.e), `${label}: "${b.lines[0]}" overlaps "${o.b.lines[0]}"`).toBe(false);
    }
  }
}

const SIZES = [
  { name: '320 px phone', width: 320, height: 300 },
  { name: '320 px phone, short stage', width: 320, height: 272 },
  { name: 'phone stage', width: SSR_SIZE.width, height: SSR_SIZE.height },
  { name: '1440 px desktop', width: 860, height: 700 },
  { name: '1440 px full width', width: 1440, height: 800 },
];

describe('layout', () => {
  const states = [
    ...TIMELINE_VIEWS.map((view) => ({ view })),
    ...timelineSteps.map((s) => s.state as { view: (typeof TIMELINE_VIEWS)[number]; focus?: string }),
  ];
  for (const size of SIZES) {
    it(`places no label over another, and none outside the chart, at ${size.name} for every view and step state`, () => {
      for (const state of states) expectCleanLayout(layoutTimeline(events, state, size), `${JSON.stringify(state)} @ ${size.width}`);
    });
  }

  it('draws exactly the view’s events, and emphasises the focus event with a label', () => {
    for (const step of timelineSteps) {
      if (step.graphic !== 'timeline') continue;
      for (const size of SIZES) {
        const scene = layoutTimeline(events, step.state, size);
        expect(scene.events.map((e) => e.id)).toEqual(eventsInView(events, step.state.view).map((e) => e.id));
        if (step.state.focus) {
          const focus = scene.events.filter((e) => e.focus);
          expect(focus.map((e) => e.id)).toEqual([step.state.focus]);
          expect(focus[0]!.label, `${step.id} @ ${size.width}`).not.toBeNull();
          expect(focus[0]!.badge?.lines[0]).toBe(events.find((e) => e.id === step.state.focus)!.confidenceLabel);
        }
      }
    }
  });

  it('labels every event when there is room, and most key moments in the full view on a phone’s stage (whole headlines only)', () => {
    // The picture of a 390 × 844 phone's stage.
    const before = layoutTimeline(events, { view: 'before' }, { width: 374, height: 480 });
    expect(before.events.every((e) => e.label)).toBe(true);
    const all = layoutTimeline(events, { view: 'all' }, { width: 374, height: 480 });
    const keys = events.filter((e) => e.key).map((e) => e.id);
    const labelled = all.events.filter((e) => e.label).map((e) => e.id);
    expect(keys.filter((k) => labelled.includes(k)).length).toBeGreaterThanOrEqual(keys.length - 2);
    for (const e of all.events) if (e.label) expect(e.label.lines.join(' ')).toBe(events.find((x) => x.id === e.id)!.headline);
  });

  it('draws the disputed claims side by side, each with its quote, its source and the word “Disputed”', () => {
    const scene = layoutTimeline(events, { view: 'motive' }, { width: 374, height: 480 });
    const xs = new Set(scene.events.map((e) => e.card!.x));
    expect(xs.size).toBe(2);
    for (const e of scene.events) {
      const src = events.find((s) => s.id === e.id)!;
      expect(e.badge?.lines).toEqual(['Disputed']);
      expect(e.extra.map((x) => x.lines.join(' ')).join(' ')).toContain(`Source ${src.source.n}`);
    }
  });

  it('marks the view’s window on the overview strip of the whole period', () => {
    const scene = layoutTimeline(events, { view: 'before' }, { width: 380, height: 340 });
    expect(scene.overview.ticks).toHaveLength(events.length);
    const inTicks = scene.overview.ticks.filter((t) => t.inView);
    expect(inTicks.length).toBe(eventsInView(events, 'before').length);
    expect(scene.overview.band!.x0).toBeLessThanOrEqual(Math.min(...inTicks.map((t) => t.x)));
    expect(layoutTimeline(events, { view: 'all' }, { width: 380, height: 340 }).overview.band).toBeNull();
  });

  it('is pure: the same input gives the same scene', () => {
    const a = layoutTimeline(events, { view: 'first-48h', focus: 'presser-ratcliffe-wray' }, { width: 400, height: 360 });
    const b = layoutTimeline(events, { view: 'first-48h', focus: 'presser-ratcliffe-wray' }, { width: 400, height: 360 });
    expect(a).toStrictEqual(b);
  });
});

describe('rendered SVG', () => {
  it('escapes data text', () => {
    const evil = [{ ...events[0]!, headline: '<script>alert(1)</script> & “x”' }];
    const svg = renderSvg(layoutTimeline(evil, { view: 'all' }, { width: 380, height: 340 }));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  for (const view of TIMELINE_VIEWS) {
    it(`matches the golden file for the "${view}" view`, async () => {
      const step = timelineSteps.find((s) => s.state.view === view);
      const state = step ? step.state : { view };
      const svg = renderSvg(layoutTimeline(events, state as never, SSR_SIZE));
      await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`__snapshots__/timeline/${view}.svg`);
    });
  }
});

describe('filters in the URL', () => {
  it('uses the same ids as the schemas (without importing zod into the browser)', () => {
    expect([...CONFIDENCE_ORDER].sort()).toEqual([...CONFIDENCE_IDS].sort());
    expect([...ACTOR_ORDER].sort()).toEqual([...ACTOR_TYPES].sort());
  });

  it('reads a missing param as “all”, a list as those values, and ignores unknown values', () => {
    const all = readFilters('');
    expect(all.actor.size).toBe(ACTOR_TYPES.length);
    const f = readFilters('?actor=agency,political,bogus&confidence=official-record');
    expect([...f.actor]).toEqual(['agency', 'political']);
    expect([...f.confidence]).toEqual(['official-record']);
  });

  it('writes only what is filtered, keeps other params, and round-trips', () => {
    const f = readFilters('?actor=agency,political&confidence=official-record');
    const search = writeFilters('?debug', f);
    expect(search).toBe('?debug=&actor=agency,political&confidence=official-record');
    expect(readFilters(search)).toEqual(f);
    expect(writeFilters('?actor=agency', readFilters(''))).toBe('');
  });
});
