// Schema of data/header-howto.json: how to copy an email's headers in common email programs, with the guides we read.
import { z } from 'astro/zod';
import { HttpsUrl, IsoDate, Slug } from './schemas';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Steps for one place (a browser, an app, a phone), and the menu path drawn as the illustration. */
export const HowToPlace = z.strictObject({
  where: nonEmpty,
  steps: z.array(nonEmpty).min(1),
  /** The menu items in order, drawn as buttons joined by arrows. */
  path: z.array(nonEmpty).min(1).max(4),
});
export type HowToPlace = z.infer<typeof HowToPlace>;

/** A guide we read for these steps (not the provider's own page: we say so). */
export const HowToGuide = z.strictObject({
  site: nonEmpty,
  title: nonEmpty.optional(),
  language: nonEmpty.optional(),
  url: HttpsUrl,
  /** What in the steps it supports. */
  says: nonEmpty,
});

export const HowToClient = z.strictObject({
  id: Slug,
  name: nonEmpty,
  desktop: HowToPlace,
  desktopApp: HowToPlace.optional(),
  phone: HowToPlace,
  guides: z.array(HowToGuide).min(1, 'must name the guide the steps come from'),
});
export type HowToClient = z.infer<typeof HowToClient>;

export const HowToFile = z.strictObject({
  about: nonEmpty,
  /** When the steps were last checked against the guides. */
  checked: IsoDate,
  clients: z.array(HowToClient).min(1),
});
export type HowToData = z.infer<typeof HowToFile>;
