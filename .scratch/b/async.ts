import { readMessage, createCountryLookup } from '../../src/lib/email/index.ts'; console.log(readMessage('x', {countryLookup: createCountryLookup(async()=>new ArrayBuffer(0))}));
