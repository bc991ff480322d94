// Builds the timeline export input from the validated dataset (shared by the three download endpoints; "_" keeps it from being a route).
import { data } from '../../lib/data';
import { withBase } from '../../lib/paths';
import type { ExportInput } from '../../charts/timeline/export';

/** The export input: validated events and sources, and absolute links back to the story. */
export function timelineExportInput(site: URL | undefined): ExportInput {
  const storyUrl = new URL(withBase('/'), site ?? 'https://example.org').href;
  return {
    events: data.timeline,
    sources: data.sources,
    confidence: data.confidence,
    storyUrl,
    title: `Timeline: ${data.article.headline}`,
    description: data.article.description,
    updated: data.corrections.lastUpdated,
  };
}
