// Loads and validates data/ once at build time; every page and chart imports the typed dataset from here.
import confidence from '../../../data/confidence.json' with { type: 'json' };
import sources from '../../../data/sources.json' with { type: 'json' };
import states from '../../../data/states.json' with { type: 'json' };
import relay from '../../../data/relay.json' with { type: 'json' };
import timeline from '../../../data/timeline.json' with { type: 'json' };
import steps from '../../../data/steps.json' with { type: 'json' };
import corrections from '../../../data/corrections.json' with { type: 'json' };
import article from '../../../data/article.json' with { type: 'json' };
import email from '../../../data/email.json' with { type: 'json' };
import examples from '../../../data/examples.json' with { type: 'json' };
import howto from '../../../data/header-howto.json' with { type: 'json' };
import { validateDataset, type Dataset } from './validate';

/** The whole validated dataset. Importing this module throws a DataValidationError if data/ is invalid. */
export const data: Dataset = validateDataset({
  'data/confidence.json': confidence,
  'data/sources.json': sources,
  'data/states.json': states,
  'data/relay.json': relay,
  'data/timeline.json': timeline,
  'data/steps.json': steps,
  'data/corrections.json': corrections,
  'data/article.json': article,
  'data/email.json': email,
  'data/examples.json': examples,
  'data/header-howto.json': howto,
});

export type { Dataset } from './validate';
