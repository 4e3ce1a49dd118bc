// Stems that people use for the same thing in customer-service talk, mapped to one stem per language.
// Hand-written: no library knows this domain's vocabulary (client = customer = consumer, etc.).
import type { Lang } from '../kb/schema.js';

const groups: Record<Lang, string[][]> = {
  en: [
    ['custom', 'client', 'consum', 'buyer', 'patron'],
    ['complain', 'complaint', 'grievanc', 'gripe'],
    ['unhappi', 'dissatisfi', 'upset', 'angri', 'disappoint', 'frustrat', 'annoy', 'unsatisfi'],
    ['leav', 'churn', 'quit', 'abandon', 'defect', 'lose', 'lost', 'loss'],
    ['cost', 'expens', 'price', 'cheaper', 'cheap', 'money', 'spend'],
    ['wait', 'queue', 'hold', 'delay', 'slow'],
    ['staff', 'employe', 'agent', 'rep', 'repres', 'worker', 'personnel', 'operat', 'consult', 'team'],
    ['compani', 'firm', 'busi', 'organis', 'organ', 'enterpris'],
    ['acquir', 'acquisit', 'attract', 'new'],
    ['retain', 'retent', 'keep', 'exist'],
    ['recommend', 'refer', 'advoc'],
    ['train', 'coach', 'educ', 'onboard'],
    ['burnout', 'burn', 'exhaust'],
    ['return', 'refund', 'reimburs'],
    ['hire', 'employ', 'recruit'],
    ['outag', 'meltdown', 'failur', 'crash', 'breakdown', 'downtim'],
    ['airlin', 'carrier'],
    ['profit', 'profit', 'lucrat'],
    ['sick', 'ill', 'ill'],
    ['rude', 'impolit', 'disrespect', 'insult', 'abus'],
    ['research', 'studi'],
  ],
  pl: [
    ['klient', 'klienc', 'konsument', 'kupujac', 'nabywc', 'klijent'],
    ['skarg', 'skarz', 'narzek', 'reklamacj', 'zazal', 'reklamuj'],
    ['niezadowol', 'wkurz', 'zawiedz', 'zawiedzion', 'sfrustrowan', 'rozczarowan'],
    ['odchodz', 'odejsc', 'odejd', 'rezygnuj', 'rezygnacj', 'porzuc', 'trac', 'utrat', 'odplyw'],
    ['koszt', 'drozsz', 'tansz', 'wydatk', 'kosztown'],
    ['czekan', 'kolejk', 'opozn'],
    ['pracownik', 'pracownic', 'personel', 'konsultant', 'agent', 'doradc', 'zespol', 'pracown'],
    ['firm', 'przedsiebiorstw', 'biznes', 'organizacj'],
    [
      'pozysk',
      'zdobyc',
      'zdobyw',
      'przyciagn',
      'zdobyci',
      'nowy',
      'now',
      'noweg',
      'nowych',
      'nowe',
      'nowym',
      'nowa',
      'nowi',
    ],
    ['utrzym', 'zatrzym', 'retencj'],
    ['polec', 'rekomend', 'rekomendacj'],
    ['szkolen', 'szkol', 'trening', 'edukacj'],
    ['wypalen', 'wypalon'],
    ['zwrot', 'refundacj', 'oddan'],
    ['zatrudn', 'najm', 'wynajm', 'najmuj', 'rekrut'],
    ['awar', 'awari', 'przestoj', 'usterk'],
    ['przewoznik', 'lini'],
    ['zysk', 'zyskown', 'rentown', 'dochodow'],
    ['chorob', 'chorobow', 'lekarsk'],
    ['niegrzeczn', 'niegrzecznosc', 'cham', 'chamsk', 'chamstw', 'opryskliw', 'nieuprzejm', 'nieuprzejmosc'],
  ],
  ru: [
    ['клиент', 'покупател', 'потребител', 'заказчик', 'абонент'],
    ['жалоб', 'жал', 'претенз', 'рекламац', 'жалова'],
    ['недовольн', 'недовол', 'разочарова', 'раздражен', 'зл'],
    ['уход', 'уйд', 'ушл', 'отток', 'потер', 'тер', 'разрыва', 'разрыв'],
    ['стоимост', 'стоит', 'цен', 'дорож', 'дешевл', 'дешев', 'затрат', 'расход', 'обход'],
    ['ожидан', 'ждат', 'ожида', 'очеред', 'задержк'],
    ['сотрудник', 'персона', 'оператор', 'агент', 'работник', 'консультант', 'команд'],
    ['компан', 'фирм', 'бизнес', 'организац', 'предприят'],
    ['привлечен', 'привлеч', 'привлека', 'нов'],
    ['удержан', 'удержива', 'сохранен', 'сохран', 'удерж', 'удержа'],
    ['рекомендац', 'рекоменд', 'совет'],
    ['обучен', 'тренинг', 'обуча'],
    ['выгоран', 'выгор'],
    ['возврат', 'вернут', 'верн'],
    ['нанима', 'наня', 'найм', 'нанят'],
    ['сбо', 'авар', 'отказ'],
    ['авиакомпан', 'перевозчик'],
    ['прибыл', 'прибыльн', 'доходн'],
    ['больничн', 'больничны', 'болезн', 'болез'],
    ['груб', 'грубост', 'хам', 'хамств', 'хамск', 'невежлив'],
  ],
};

const canonical: Record<Lang, Map<string, string>> = {
  en: new Map(),
  pl: new Map(),
  ru: new Map(),
};
for (const lang of Object.keys(groups) as Lang[]) {
  for (const group of groups[lang]) {
    for (const stem of group) if (!canonical[lang].has(stem)) canonical[lang].set(stem, group[0]!);
  }
}

export function canonicalStem(stem: string, lang: Lang): string {
  return canonical[lang].get(stem) ?? stem;
}
