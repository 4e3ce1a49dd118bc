// Stems that people use for the same thing in customer-service talk, mapped to one stem per language.
// Hand-written: no library knows this domain's vocabulary (client = customer = consumer, etc.).
import type { Lang } from '../kb/schema.js';
import { PARAPHRASE_GROUPS } from './paraphrase-groups.js';

const groups: Record<Lang, string[][]> = {
  en: [
    // a hotel's or a restaurant's customers are its guests (round 96: "guest on the phone is furious…")
    ['custom', 'client', 'consum', 'buyer', 'patron', 'guest'],
    ['complain', 'complaint', 'grievanc', 'gripe'],
    ['unhappi', 'dissatisfi', 'upset', 'angri', 'disappoint', 'frustrat', 'annoy', 'unsatisfi'],
    ['unhappi', 'furious', 'irat', 'enrag', 'outrag', 'fume', 'livid', 'mad', 'piss'],
    ['leav', 'churn', 'quit', 'abandon', 'defect', 'lose', 'lost', 'loss'],
    ['cost', 'expens', 'price', 'cheaper', 'cheap', 'money', 'spend'],
    ['wait', 'queue', 'hold', 'delay', 'slow'],
    ['staff', 'employe', 'agent', 'rep', 'repres', 'worker', 'personnel', 'operat', 'consult', 'team'],
    ['compani', 'firm', 'busi', 'organis', 'organ', 'enterpris'],
    ['acquir', 'acquisit', 'attract', 'new'],
    ['retain', 'retent', 'keep', 'exist'],
    ['recommend', 'refer', 'advoc'],
    ['train', 'coach', 'educ', 'onboard'],
    ['staff', 'staf', 'headcount', 'fte'],
    ['understaf', 'shortag', 'lack'],
    ['invest', 'budget'],
    ['burnout', 'burn', 'exhaust', 'burnt', 'overwork'],
    ['return', 'refund', 'reimburs'],
    ['hire', 'employ', 'recruit'],
    ['outag', 'meltdown', 'failur', 'crash', 'breakdown', 'downtim'],
    ['airlin', 'carrier'],
    ['profit', 'profit', 'lucrat'],
    ['sick', 'ill', 'ill'],
    ['rude', 'impolit', 'disrespect', 'insult', 'abus'],
    ['rude', 'yell', 'shout', 'scream', 'swear'],
    ['ignor', 'unheard', 'disregard'],
    ['research', 'studi'],
    // a concept described without its term ("someone who acts like a normal customer" = poses as an ordinary one)
    // …and advertising the usual way: "recommendations vs normal ads" asks what the tip calls traditional (round 164)
    ['ordinari', 'normal', 'typic', 'tradit', 'convent'],
    ['pose', 'pretend', 'act', 'imperson'],
    // British and American spellings the stemmer keeps apart, and the reply to a complaint or request
    ['apolog', 'apologis', 'apologiz', 'sorri'],
    ['respond', 'repli', 'react', 'reaction'],
    // a site or system left out of date is one that needs updating; IT calls it legacy (round 101)
    ['updat', 'outdat', 'legaci', 'obsolet'],
    ['document', 'log', 'record'],
  ],
  pl: [
    // advertising the usual way is the traditional kind the tip names (round 164)
    ['tradycyjn', 'zwyk', 'zwykl', 'klasyczn', 'konwencjonaln'],
    ['klient', 'klien', 'klienc', 'konsument', 'kupujac', 'nabywc', 'klijent', 'gosc', 'gość', 'gośc'],
    ['skarg', 'skarz', 'narzek', 'reklamacj', 'zazal', 'reklamuj'],
    ['niezadowol', 'wkurz', 'zawiedz', 'zawiedzion', 'sfrustrowan', 'rozczarowan'],
    [
      'niezadowol',
      'wsciek',
      'wscieklosc',
      'rozwscieczon',
      'wkurzon',
      'zdenerwowan',
      'poirytowan',
      'zirytowan',
    ],
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
    ['pracownik', 'etat', 'obsad'],
    ['niedobor', 'brak', 'brakuj'],
    ['inwest', 'inwestycj', 'zainwestuj', 'budzet'],
    ['wypalen', 'wypalon', 'wypal', 'przemeczen', 'przemeczon'],
    ['zwrot', 'refundacj', 'oddan'],
    ['zatrudn', 'najm', 'wynajm', 'najmuj', 'rekrut'],
    ['awar', 'awari', 'przestoj', 'usterk', 'downtim'],
    ['przewoznik', 'lini'],
    ['zysk', 'zyskown', 'rentown', 'dochodow'],
    // money lost ("ile firma straciła" beside "straty sięgające 150 mln"), apart from customers lost (trac, utrat)
    ['strat', 'straci', 'strac'],
    ['chorob', 'chorobow', 'lekarsk'],
    ['niegrzeczn', 'niegrzecznosc', 'cham', 'chamsk', 'chamstw', 'opryskliw', 'nieuprzejm', 'nieuprzejmosc'],
    [
      'niegrzeczn',
      'krzycz',
      'krzyczac',
      'krzycza',
      'krzyk',
      'wrzeszcz',
      'wrzeszcza',
      'wyzyw',
      'wyzywa',
      'obraza',
    ],
    ['niegrzeczn', 'obrazi', 'obelg', 'przeklin'],
    ['ignor', 'olew', 'lekcewaz', 'zlekcewazon', 'niewysluchan'],
    ['przepros', 'przeprosin', 'przeprosz'],
    ['reag', 'zareag', 'reakcj'],
    ['aktualiz', 'aktualizuj', 'nieaktualn', 'przestarza', 'legac'],
    ['dokument', 'udokument', 'zapisuj', 'zapisyw'],
  ],
  ru: [
    ['традицион', 'обычн', 'классическ'],
    ['клиент', 'покупател', 'потребител', 'заказчик', 'абонент', 'гост'],
    ['жалоб', 'жал', 'претенз', 'рекламац', 'жалова'],
    ['недовольн', 'недовол', 'разочарова', 'раздражен', 'зл'],
    ['недовольн', 'бешенств', 'ярост', 'возмущ', 'возмуща', 'зло', 'злит', 'разозл', 'взбеш'],
    ['уход', 'уйд', 'ушл', 'отток', 'потер', 'тер', 'разрыва', 'разрыв'],
    ['стоимост', 'стоит', 'цен', 'дорож', 'дешевл', 'дешев', 'затрат', 'расход', 'обход'],
    ['ожидан', 'ждат', 'ожида', 'очеред', 'задержк'],
    ['сотрудник', 'персона', 'оператор', 'агент', 'работник', 'консультант', 'команд'],
    ['компан', 'фирм', 'бизнес', 'организац', 'предприят'],
    ['привлечен', 'привлеч', 'привлека', 'нов'],
    ['удержан', 'удержива', 'сохранен', 'сохран', 'удерж', 'удержа'],
    ['рекомендац', 'рекоменд', 'совет'],
    ['обучен', 'тренинг', 'обуча'],
    ['сотрудник', 'штат', 'штатн'],
    ['нехватк', 'недобор', 'дефиц', 'нехвата', 'хвата'],
    ['инвестиц', 'инвестир', 'инвестиру', 'влож', 'бюджет'],
    ['выгоран', 'выгор', 'выгоревш', 'выгорел', 'измота', 'измотанны'],
    ['возврат', 'вернут', 'верн'],
    ['нанима', 'наня', 'найм', 'нанят'],
    ['сбо', 'авар', 'отказ', 'downtime'],
    ['авиакомпан', 'перевозчик', 'авиаперевозчик'],
    ['прибыл', 'прибыльн', 'доходн'],
    ['больничн', 'больничны', 'болезн', 'болез'],
    ['груб', 'грубост', 'хам', 'хамств', 'хамск', 'невежлив'],
    ['груб', 'крич', 'крича', 'кричат', 'ора', 'орет', 'орут', 'наора', 'оскорбля', 'оскорблен', 'нагруб'],
    ['игнорир', 'игнорирова', 'неуслыша'],
    ['извин', 'извинен', 'извиня'],
    ['реагирова', 'отреагирова', 'реакц'],
    ['обновля', 'обнов', 'устарел', 'устаревш', 'legacy'],
    ['документирова', 'документироват', 'фиксир', 'фиксирова', 'записыва'],
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
  // The later groups join the group their first stem is in already, if any.
  for (const group of PARAPHRASE_GROUPS[lang]) {
    const head = canonical[lang].get(group[0]!) ?? group[0]!;
    for (const stem of group) if (!canonical[lang].has(stem)) canonical[lang].set(stem, head);
  }
}

export function canonicalStem(stem: string, lang: Lang): string {
  return canonical[lang].get(stem) ?? stem;
}
