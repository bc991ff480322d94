import { it } from 'vitest';
import { data } from '../src/lib/data';
import { relayInput } from '../src/charts/relay/payload';
import { writeFileSync } from 'node:fs';
it('dump', () => writeFileSync('/tmp/dagbench/input.json', JSON.stringify(relayInput(data.relay, data.confidence))));
