/**
 * Property tests draw random inputs. In CI the seed is fixed, so a run is repeatable and a
 * red build always means the same thing; locally each run explores new inputs, and
 * `npm run fuzz` runs longer campaigns.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261121 });
