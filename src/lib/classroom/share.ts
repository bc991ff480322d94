// The plain "Share to Google Classroom" link: a URL only, so nothing loads from Google until a teacher clicks it.

/** Classroom's share page with the link and a title filled in (see data/classroom-guide.json › share). */
export function classroomShareHref(shareBase: string, url: string, title: string): string {
  return `${shareBase}?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
}
