// `npx tsx test/eval/rounds/kb-view.ts OUT.md [KB_DIR]`: the knowledge base's entry list a round's labeller matches
// questions to (id, kind, figure, source and the English text, else the first language written), and nothing else:
// the labeller sees what each entry says, not how the engine reads it (no phrasings).
import { writeFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../../../src/kb/load.js';

const [out, dir = 'data/kb'] = process.argv.slice(2);
if (out === undefined) throw new Error('usage: kb-view.ts OUT.md [KB_DIR]');
const result = await loadKnowledgeBase(dir);
if (!result.ok) throw new Error(`${dir} does not load: run npm run kb -- validate`);
const lines = [`# The knowledge base's entries (${result.kb.entries.length})`, ''];
for (const entry of result.kb.entries) {
  const { source } = entry;
  const credit = [source.title, source.section, source.attribution].filter(Boolean).join(' / ');
  const figure = entry.figure === undefined ? '' : `, figure ${JSON.stringify(entry.figure)}`;
  const text = entry.text.en ?? entry.text.pl ?? entry.text.ru ?? '';
  lines.push(`- \`${entry.id}\` (${entry.kind}${figure}; ${credit}): ${text}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
