// The views each chart can declare, as plain constants (no zod), so browser code can import them cheaply.

export const MAP_VIEWS = ['neutral', 'targeted', 'florida', 'alaska', 'swing', 'voter-data'] as const;
export const RELAY_VIEWS = ['identity', 'path', 'headers', 'full'] as const;
export const TIMELINE_VIEWS = ['before', 'first-48h', 'motive', 'aftermath', 'all'] as const;

/** Every chart's views, by graphic name. */
export const VIEWS = { map: MAP_VIEWS, relay: RELAY_VIEWS, timeline: TIMELINE_VIEWS } as const;

/** The view each chart shows when nothing else is asked (embeds, explore figures, share images). */
export const DEFAULT_VIEW = { map: 'targeted', relay: 'full', timeline: 'all' } as const;
