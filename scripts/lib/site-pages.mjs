// The site's pages, in the order the bench reports them and the layout-shift test walks them.
export const SITE_PAGES = [
  '/',
  '/classroom/',
  '/classroom/student/',
  '/classroom/present/',
  '/classroom/print/handout/',
  '/classroom/print/exit-ticket/',
  '/classroom/print/key/',
  '/classroom/print/guide/',
  '/check-an-email/',
  '/embed/map/',
  '/embed/relay/',
  '/embed/timeline/',
  '/embed/story/',
  '/embed/check-an-email/',
];
