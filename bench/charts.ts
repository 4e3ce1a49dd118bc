// `npm run bench:charts`: chart rendering time and memory alone (also part of `npm run bench`).
import { loadKnowledgeBase } from '../src/kb/load.js';
import { gcAvailable } from './heap.js';
import { machineLine } from './machine.js';
import { measureCharts, renderChartReport } from './measure-charts.js';

const KB_DIR = 'data/kb';
const loaded = await loadKnowledgeBase(KB_DIR);
if (!loaded.ok) throw new Error(`${KB_DIR} is invalid; run "npm run kb -- validate"`);
console.log(machineLine());
if (!gcAvailable) console.log('(run with --expose-gc for exact memory figures)');
console.log(renderChartReport(await measureCharts(loaded.kb)));
