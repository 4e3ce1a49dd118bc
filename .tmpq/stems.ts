import { stemWord } from '../src/answer/stem.js';
const w: Record<'en'|'pl'|'ru', string[]> = {
  en: ['hire','hires','hired','hiring','employ','employs','recruit','recruits','outage','outages','meltdown','failure','crash','breakdown','airline','airlines','carrier','carriers','sales','sell','profit','profitable','profitability','sick','illness'],
  pl: ['zatrudnia','zatrudnić','najmuje','wynajmuja','wynajmują','rekrutuje','awaria','awarii','przestój','usterka','przewoźnik','przewoznika','sprzedaż','sprzedazy','zysk','zyski','zyskowne','rentowne','choroby','chorobowe','lekarskie'],
  ru: ['нанимает','нанимают','нанять','найм','сбой','сбоя','авария','аварии','авиакомпания','авиакомпании','перевозчик','продажи','продаж','прибыль','прибыльнее','прибыльные','больничный','больничные','болезни'],
};
for (const l of ['en','pl','ru'] as const) console.log(l, w[l].map((x) => `${x}:${stemWord(x.normalize('NFKD').replace(/[\u0300-\u036f]/g,'').replace(/ł/g,'l').toLowerCase(), l)}`).join(' '));
