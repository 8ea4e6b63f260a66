// Fails when the JS the first view loads (entry + modulepreloads of dist/index.html) is over
// the budget, so a change that grows it is caught in CI rather than in the next benchmark.
import { measureInitialJs } from '../bench/lib/measure-misc.mjs';

const BUDGET_KB = 200;
const dist = process.argv[2] ?? 'dist';
const initial = await measureInitialJs(dist);
for (const f of [...initial.files].sort((a, b) => b.gzip - a.gzip))
  console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
const verdict = initial.jsGzipKB <= BUDGET_KB ? 'within' : 'OVER';
console.log(`initial JS ${initial.jsGzipKB.toFixed(1)} KB gzip — ${verdict} the ${BUDGET_KB} KB budget`);
if (initial.jsGzipKB > BUDGET_KB) process.exit(1);
