import { readHeaders } from '../../src/lib/email/index.ts'; console.log(readHeaders('x'));
