// Tags the same text as `timeline-bench --tag` with chrono-node, paragraph by paragraph, and prints
// one JSON line: {"bytes": N, "seconds": S, "expressions": E}. The paragraphs come on stdin as
// JSON Lines ({"text": "..."}), so both tools see exactly the same input.
import * as chrono from "chrono-node";
import { readFileSync } from "node:fs";

const ref = new Date(Date.UTC(2005, 0, 1));
const paragraphs = readFileSync(0, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
let bytes = 0;
for (const p of paragraphs) bytes += Buffer.byteLength(p);
const repeat = Number(process.argv[2] ?? 1);
let best = Infinity, expressions = 0;
for (let r = 0; r < repeat; r++) {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const p of paragraphs) n += chrono.parse(p, ref).length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (s < best) best = s;
  expressions = n;
}
console.log(JSON.stringify({ bytes, seconds: best, expressions }));
