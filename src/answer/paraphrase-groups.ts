// Stem groups added by class (session 15): words askers use for a thing the entries name otherwise, read from the
// answerable misses of the tuning pool. Kept apart from synonyms.ts's groups, which win where a stem is in both: a
// group here whose first stem is already grouped there joins that group (see synonyms.ts).
import type { Lang } from '../kb/schema.js';

export const PARAPHRASE_GROUPS: Record<Lang, string[][]> = {
  en: [
    // one standard every time: "predictable support" is the consistent service a tip asks for
    ['consist', 'predict', 'steadi', 'uniform'],
    // chat shorthand for the customer ("a new cx", "custs")
    ['custom', 'cx', 'cust'],
    // Session 54 (onboarding week): a business's own word for its customers, the caller on the line, the streaming
    // service's viewer, the clinic's patient, the landlord's tenant ("subscriber" stays apart: "an ordinary Comcast
    // subscriber" is a case's detail, and a near miss asking it was answered)
    ['custom', 'caller', 'viewer', 'passeng', 'patient', 'tenant'],
    // the recorded phone menu by its other names
    ['menu', 'ivr'],
    // too few people on the line
    ['understaf', 'shorthand', 'underst'],
    // Session 17, situations told in lay words: someone sent in unannounced is the mystery shopper
    ['mysteri', 'secret', 'undercov', 'incognito'],
    // the asker's premises are the shop the tips speak of ("my salon")
    ['shop', 'store', 'salon', 'premis'],
    // a tidy place is a clean one
    ['clean', 'cleanli', 'tidi'],
    // the odds of a sale are its probability
    ['chanc', 'odd', 'probabl', 'likelihood'],
    // Session 19: a customer passed from one agent to the next is transferred ("bounced between reps")
    ['transfer', 'bounc'],
    // Session 27: a study, a survey and research name one kind of work ("American Express study" of its survey)
    ['research', 'survey'],
    // Session 28: a trustworthy recommendation is a trusted one ("seen as more trustworthy than advertising")
    ['trust', 'trustworthi', 'credibl'],
    // Session 28: relations are a relationship, ended completely or altogether ("break commercial relations
    // completely" of "end their business relationship altogether")
    ['relationship', 'relat'],
    ['altogeth', 'complet', 'entir'],
    // Session 39 (a fact remembered without its words): billboards and TV spots are the advertising recommendations
    // beat ("why does word of mouth work better than billboards?")
    ['advertis', 'billboard', 'commerci', 'ad'],
    // Session 55: the past of selling, which the stemmer keeps apart ("sold cabin upgrades to 55% of returning
    // passengers"), and selling on ("upsell")
    ['sell', 'sold', 'upsel', 'upsold'],
  ],
  pl: [
    // Session 57 (the search box): a job search is looking for another job ("szukają innej pracy")
    ['poszukiw', 'szuk', 'szukaja', 'szukac'],
    // Session 34 (hiring words): a communicative person has communication skills ("komunikatywność" in a job ad)
    ['komunikacyjn', 'komunikatywn', 'komunikatywnosc', 'komunikacj'],
    // Session 34 (first day with the bot): what one writes into a ticket or notes down is documented ("co wpisywać do
    // ticketu po follow-upie"); not "wpis" alone, which is as often a blog post
    ['dokument', 'wpisyw', 'notow', 'odnot'],
    // Session 27: a study, a poll and a survey name one kind of work
    ['badan', 'ankiet', 'ankie', 'sondaz'],
    ['przewidywaln', 'przewidywalnosc', 'spojn', 'spojnosc', 'powtarzaln', 'powtarzalnosc'],
    ['klient', 'cx'],
    // Session 54: the customer by the business's own word (a viewer, a passenger, a patient, a subscriber), or a woman
    ['klient', 'klientk', 'widz', 'pasazer', 'pacjent', 'pacjentk', 'subskrybent', 'abonent', 'dzwoniac'],
    // "automat telefoniczny" is the phone menu the IVR tip warns about
    ['menu', 'automat', 'automa', 'ivr'],
    // hanging on the line is waiting ("klienci wiszą na linii"), and the stemmer's other forms of waiting
    ['czekan', 'czek', 'czeka', 'wisi', 'wisz', 'wisie'],
    // voicing one's displeasure is complaining ("głośno wyraża niezadowolenie")
    ['skarg', 'wyraz', 'wyrazi'],
    // telling others, the word-of-mouth statistics' verb, in the stemmer's tenses ("opowie", "opowiada", "opowiedzą")
    ['opowiad', 'opow', 'opowiada', 'opowiedz', 'opowiedzia', 'rozpowiad'],
    // someone sent incognito or planted ("podstawiony klient") is the mystery shopper
    ['tajemnicz', 'incognit', 'podstawion', 'tajn'],
    // a salon, a place or an outlet is the shop
    ['sklep', 'salon', 'lokal', 'loka', 'placowk', 'placowc'],
    // order in the place is its cleanliness
    ['czyst', 'czystosc', 'porzadek', 'porzadk'],
    // a chance is a probability
    ['prawdopodobienstw', 'szans'],
    // "wynajęta przez firmę" is hired: "kto go zatrudnia" asks what the definition says
    ['zatrudn', 'wynajet'],
    ['wazn', 'istotn'],
    // passed from one consultant to the next: "przerzucać klienta" is transferring him ("przełączać")
    ['przelacz', 'przelaczan', 'przelaczon', 'przerzuc', 'przerzucan'],
    // Session 28: what is trusted is credible ("wiarygodniejsze niż reklama" of "budzą więcej zaufania")
    ['zauf', 'wiarygodn', 'wiarygodniejsz'],
    // Session 28: relations broken off, as a Russian speaker writes it ("rozrywa stosunki" of "zrywa relacje")
    ['zryw', 'rozryw', 'zrywaja', 'rozrywaja'],
    // Session 39: likewise "billboardy i spoty w tv" are advertising
    ['reklam', 'billboard', 'spot', 'oglosz', 'ogloszen'],
    // Session 40 (round 65): mates are the friends the word-of-mouth figures speak of ("przyprowadza do nas kumpli");
    // what can be counted is measured ("rzeczy, które da się policzyć")
    ['znajom', 'kumpl', 'kump', 'kumpe'],
    ['mierz', 'zmierz', 'mierzaln', 'policz', 'policzaln'],
    // Session 41 (round 68): well-mannered staff are the polite ones ("kulturalni konsultanci"), and staff who get it
    // are the competent ones ("kumaci", "ogarnięci")
    ['uprzejm', 'kulturaln', 'grzeczn'],
    ['kompetentn', 'kumat', 'kumac', 'ogarniet', 'ogarniec', 'ogarnięt'],
  ],
  ru: [
    // Session 57 (the search box): a job search is looking for another job ("burnout операторов поиск другой работы"
    // of burnt-out staff who "ищут другую работу")
    ['поиск', 'ищут', 'ищет', 'ищ', 'иска'],
    // Session 54: the customer by the business's own word (a viewer, a passenger, a patient, a subscriber)
    ['клиент', 'зрител', 'пассажир', 'пациент', 'пациентк', 'подписчик', 'клиентк'],
    // Session 34 (hiring words): "коммуникабельность" in a job ad is the communication skills a tip trains
    ['коммуникативн', 'коммуникабельн', 'коммуникац'],
    ['предсказуем', 'стабильн', 'постоянств', 'одинаков'],
    ['автоответчик', 'автомат'],
    // "висят на линии" is waiting
    ['ожидан', 'вис', 'висет', 'зависа'],
    // voicing one's displeasure is complaining ("вслух выражает недовольство", "высказывает претензии")
    ['жалоб', 'выража', 'выраз', 'высказыва', 'высказа'],
    // telling others, likewise ("расскажет", "рассказывают", "расскажут", "рассказали")
    ['рассказыва', 'расскажет', 'расскажут', 'рассказа'],
    // someone incognito or planted is the secret shopper, as is the English in Cyrillic ("сикрет шопер"; round 139)
    ['таин', 'таины', 'инкогнит', 'подставн', 'подставно', 'сикрет'],
    ['магазин', 'салон'],
    ['чистот', 'порядок', 'порядк'],
    ['вероятн', 'шанс'],
    ['нанима', 'наняты'],
    ['важн', 'важност'],
    // likewise "перекидывают от оператора к оператору" is switching him over ("переключают")
    ['переключ', 'переключа', 'переключен', 'перекидыва'],
    // Session 28: trust by its noun and verb ("больше доверяют, чем рекламе" of "вызывают больше доверия")
    ['довер', 'доверя'],
    // Session 30: clinging to old customers is keeping the existing ones ("ради чего цепляться за старых клиентов")
    ['удержан', 'цепля'],
    ['существ', 'стар'],
    // Session 30: "клиент ушёл к другим насовсем" is leaving, completely ("ушел": the stemmer keeps the past form whole)
    ['уход', 'ушел'],
    ['полност', 'насовс'],
    // Session 39: banners and billboards are advertising
    ['реклам', 'баннер', 'билборд'],
    // Session 40 (round 65): the stemmer's forms of agreeing ("клиенты соглашаются" of "согласны"), and one worn out
    // is burned out ("совсем выдохся")
    ['соглас', 'согласн', 'соглаша'],
    ['выгоран', 'выдох', 'выдохш'],
  ],
};
