import * as z from 'zod';

// zod compiles parsers with new Function unless told not to, and the page's policy forbids
// eval. Imported first by main.ts: zod reads this when the schemas are built.
z.config({ jitless: true });
