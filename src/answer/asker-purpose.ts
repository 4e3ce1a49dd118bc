// What the asker needs the answer for: "asking for my metrics slide", "for my presentation on churn", "pytam do
// prezentacji dla zarządu", "na slajd o KPI", "спрашиваю для отчёта по метрикам", "for the budget pitch", "нужно для
// деки финдиректору", "putting together onboarding slides". The clause names the asker's own
// work, not what is asked: its words weigh nothing, and its plural "metrics" asks for no list of measures.
// Hand-written: a few phrasings per language on folded text; no library reads a purpose clause.
import { foldText, tokenize } from './normalize.js';
import { anyWholePhrase, wholePhrases } from './word-bounds.js';

/**
 * Hiring work: a job ad, an interview, a candidate's profile, a headcount request ("good line for the job ad", "na
 * rozmowie rekrutacyjnej", "хочу вставить в текст вакансии"). A conversation alone ("rozmowa", "разговор") is no
 * such work: it is as often the call asked about.
 */
const HIRING =
  '(?:job (?:ads?|adverts?|postings?|listings?|descriptions?|offers?)|(?:job )?interviews?(?: pitch)?|screening|candidate profiles?|headcount(?: requests?| asks?)?|hiring plan|ogloszeni\\p{L}*(?: o prace)?|rozmow\\p{L}* (?:rekrutacyjn\\p{L}*|kwalifikacyjn\\p{L}*)|rekrutacj\\p{L}*|profil\\p{L}* kandydat\\p{L}*|headcount\\p{L}*|(?:текст\\p{L}* |описани\\p{L}* )?ваканси\\p{L}*|собес\\p{L}*|собеседовани\\p{L}*|профил\\p{L}* кандидат\\p{L}*)';

/**
 * Posts for the team's own channel: a newsletter, a reminder post, the Monday meeting's opener, a poll ("for the SLA
 * reminder post", "do newslettera", "для ньюслеттера", "на открытие встречи"). A customer survey is no such work.
 */
const CHANNEL =
  '(?:posts?|newsletters?|threads?|(?:team|discord|slack)(?:[\u0027\u2019]s)? channel|polls?|stand-?ups?|meetings?|standup|post(?:a|u|em|y|ow|ach)?|poscie|newsletter\\p{L}*|kanal\\p{L}* (?:zespolu|teamu|na discordzie)|watek|watku|spotkani\\p{L}*|пост(?:а|у|е|ом)?|ньюслеттер\\p{L}*|рассылк\\p{L}*|канал\\p{L}* команды|встреч\\p{L}*|планерк\\p{L}*|летучк\\p{L}*)';

/** The asker's own work: slides, a deck, a presentation, a report, a training, a coaching note (round 65). */
const WORK =
  '(?:slides?|slide deck|deck\\p{L}*|presentation|report|proposal|letter to|wniosek|wniosku|предложени\\p{L}*|pism(?:o|a)|(?:служебн\\p{L}* )?записк\\p{L}*|докладн\\p{L}*|(?:coaching |feedback )?notes?|memos?|notatk\\p{L}*|notatek|notk\\p{L}*|заметк\\p{L}*|записк\\p{L}*|webinar|training session|workshop|pitch(?:es)?|business case|onboarding|budget|huddle|all[- ]hands|slajd\\p{L}*|prezentacj\\p{L}*|raport\\p{L}*|webinar\\p{L}*|szkoleni\\p{L}*|warsztat\\p{L}*|onboarding\\p{L}*|budzet\\p{L}*|business case\\p{L}*|слаид\\p{L}*|презентаци\\p{L}*|отчет\\p{L}*|вебинар\\p{L}*|тренинг\\p{L}*|дек(?:а|и|у|е|ои)|питч\\p{L}*|бизнес-кеис\\p{L}*|обосновани\\p{L}*|онбординг\\p{L}*|бюджет\\p{L}*|checklists?|check-lists?|check lists?|list\\p{L}* kontroln\\p{L}*|чек-?лист\\p{L}*|чек лист\\p{L}*|certification|certification exam|cert exam|exam|quiz|certyfikacj\\p{L}*|egzamin\\p{L}*|quiz\\p{L}*|сертификаци\\p{L}*|экзамен\\p{L}*|квиз\\p{L}*|' +
  HIRING +
  '|' +
  CHANNEL +
  ')';

/** The people an asker reports to or works beside: "ops", "my boss", "szefa", "руководство". */
const PEOPLE =
  '(?:ops|operations|boss|manager|managers|management|team|lead|leads|board|cfo|ceo|director|hr|sales|finance|colleagues?|coworkers?|people|szef\\p{L}*|kierownik\\p{L}*|kierowniczk\\p{L}*|kierownictw\\p{L}*|zarzad\\p{L}*|zesp\\p{L}*|menedzer\\p{L}*|manager\\p{L}*|dyrektor\\p{L}*|koleg\\p{L}*|finans\\p{L}*|начальник\\p{L}*|начальств\\p{L}*|руководств\\p{L}*|шеф\\p{L}*|менеджер\\p{L}*|команд\\p{L}*|директор\\p{L}*|коллег\\p{L}*|финансист\\p{L}*|отдел\\p{L}*)';

/** Whom the work is for, after it: "onboarding of new hires", "для онбординга новичков", "raport dla zarządu". */
const AUDIENCE =
  '(?:(?:of|for) (?:the )?(?:new (?:hires|agents|starters|joiners)|newbies|juniors|board|management)|новичк\\p{L}*|новых (?:сотрудник|агент|оператор)\\p{L}*|(?:для )?руководств\\p{L}*|nowych (?:agentow|pracownikow|osob|konsultantow)|nowicjusz\\p{L}*|dla zarzadu|dla szefa|' +
  // one's boss or team: "слайд для директора", "pismo do kierownika", "memo for my manager" (round 88)
  '(?:(?:for|to|dla|do|для|к) )?(?:my |our |the |moj\\p{L}* |nasz\\p{L}* |моего |моему |нашего |нашему )?' +
  PEOPLE +
  ')';

/** One work or two ("the budget pitch", "onboarding slides", "KPI-презентация"), numbered or not ("slide 3", "слайд номер 3"). */
const WORKS = `(?:[\\p{L}\\p{N}]+-)?${WORK}(?: ${WORK})?(?: (?:nr\\.? |no\\.? |number |номер |#)?\\d+)?(?: ${AUDIENCE})?`;

/** The asker making that work: "putting together onboarding slides", "robię business case", "пишу слайд номер 3". */
const MAKING =
  '(?:putting together|building|making|preparing|prepping|writing|working on|doing|skladam|przygotowuje|robie|szykuje|tworze|pisze|готовлю|делаю|собираю|составляю|пишу|пробиваю|выбиваю)';

/**
 * Whom the asker must win over: "trying to convince ops (that)…", "chcę przekonać szefa, że…", "надо убедить
 * руководство, что…". The point to be backed follows; who is to be convinced is no part of it.
 */
const PERSUADED =
  '(?:(?:trying|want|need|have|going|hoping) to |gotta |musze |chce |probuje |пытаюсь |хочу |надо |нужно )?(?:convince|persuade|przekonac|przekonuje|убедить|переубедить|убеждаю) (?:my |our |the |moj\\p{L}* |nasz\\p{L}* |моего |моих |наш\\p{L}* )?' +
  PEOPLE +
  '(?: (?:that|ze|что))?';

/**
 * What the asker has told someone: "to, o czym mówiłem szefowi", "what I told my boss", "то, что я говорил шефу"
 * (round 65). The asker's own talk is the story around the ask, no part of it.
 */
const TOLD =
  '(?:(?:what|like) i (?:told|was telling|said to|explained to) |(?:o czym|co|jak) (?:juz )?(?:mowilem|mowilam|powiedzialem|powiedzialam|tlumaczylem|tlumaczylam|pisalem|pisalam) |(?:о чем|что|как) я (?:уже )?(?:говорил|говорила|сказал|сказала|рассказывал|рассказывала|объяснял|объясняла|писал|писала) )(?:my |our |the |moj\\p{L}* |nasz\\p{L}* |моему |моим |нашему |нашим )?' +
  PEOPLE;

/** Whom the asker goes to with the answer ("иду к директору просить людей", "going to my boss"; round 86). */
const GOING_TO =
  '(?:иду|пойду|идем|пойдем|схожу|going|gonna go|heading|ide|pojde|idziemy|pojdziemy) (?:to |к |do )(?:my |our |the |moj\\p{L}* |nasz\\p{L}* |моему |нашему )?' +
  PEOPLE;

/**
 * The evidence asked to back the asker's view: "a number that backs me up", "any survey that proves me right",
 * "badanie, które to potwierdza", "liczba, którą to podeprę", "исследование, которое это подтвердит" (rounds
 * 129-131). The view is the ask; the backing clause names what the asker will do with the answer. A confirming verb
 * is a focus word ("подтверждение заказа"): read as one here, it ruled out the entry that settles the view.
 */
const EVIDENCE =
  '(?:numbers?|figures?|stats?|statistics?|stud(?:y|ies)|surveys?|research|data|evidence|sources?|reports?|papers?|anything|something|badani\\p{L}*|liczb\\p{L}*|dane|danych|statystyk\\p{L}*|raport\\p{L}*|cos|zrodl\\p{L}*|dowod\\p{L}*|исследовани\\p{L}*|цифр\\p{L}*|данные|данных|статистик\\p{L}*|отчет\\p{L}*|что-(?:то|нибудь)|источник\\p{L}*|issledovani\\p{L}*|tsifr\\p{L}*|dannye|statistik\\p{L}*)';
const BACKING =
  `(?<=${EVIDENCE}(?: [\\p{L}\\p{N}-]+){0,3}?,? )` +
  '(?:(?:that|which|to) (?:would |will |could |can )?(?:back|backs|prove|proves|support|supports|confirm|confirms) (?:me|us|this|that|it|my \\p{L}+|our \\p{L}+)(?: up| right| out)?|' +
  '(?:ktor\\p{L}*|co) (?:by )?(?:to |mnie |moja teze |moje zdanie )?(?:potwierdz\\p{L}*|potwierdzi|udowodni\\p{L}*|popiera\\p{L}*|poprze|podepr\\p{L}*)|' +
  '(?:которое|которая|которые|которыи|что) (?:бы )?(?:это |мою позицию |мое мнение |меня )?(?:подтверд\\p{L}*|подтвержда\\p{L}*|докаж\\p{L}*|доказыва\\p{L}*|поддерж\\p{L}*)|' +
  '(?:kotoroe|kotoraya|kotorye|kotoryi|chto) (?:by )?(?:eto )?(?:podtverd\\p{L}*|podtverzhda\\p{L}*|dokazh\\p{L}*))';

/**
 * The argument asked for a change the asker wants or fights ("what's the argument?", "how do I justify it", "what do I
 * answer?", "what could go wrong?", "jaki jest argument", "jak to uzasadnić", "co mam mu odpowiedzieć", "чем
 * возразить", "как обосновать"; round 134). The change told is the ask; these words only say the answer will be
 * argued with, and no entry holds them.
 */
const ARGUING =
  "(?:what(?:['’]s| is|s)? the (?:counter[- ]?)?argument(?:s)?|(?:is there )?(?:an?|any|one) (?:counter[- ]?)?argument|what reasoning (?:can|do|should) i use|how (?:do|can|would|should) i (?:justify|push back|argue|answer|respond to) (?:it|this|that|him|her|them)?|how do i justify|what do i (?:answer|say|tell (?:him|her|them))|what could go wrong|whats? the proof|" +
  'jaki (?:jest )?(?:twardy |mocny |konkretny )?argument|jakie (?:sa )?argumenty|jakis (?:twardy |mocny )?argument|co (?:mam |moge )?(?:mu |jej |im )?(?:odpowiedziec|odpisac)|co moze pojsc nie tak|(?:jak|czym) (?:to )?uzasadnic|jak sie (?:obronic|bronic)|' +
  'как(?:ои|ие) (?:есть )?аргумент\\p{L}*|есть (?:ли )?аргумент\\p{L}*|(?:чем|как) (?:это )?(?:аргументировать|возразить|обосновать)|что (?:мне )?(?:ему |еи |им )?ответить|что может пойти не так|' +
  'chto (?:mozhet )?poidet ne tak|est argument\\p{L}*)';

/** A purpose clause: "(asking) for my …", "(pytam) do / na (mojej) …", "(спрашиваю) для (моей) …", up to its work. */
const PURPOSE_PHRASES = [
  `(?:asking )?(?:for|in|at|during) (?:my|our|a|an|the) (?:[\\p{L}\\p{N}-]+ ){0,2}?${WORKS}`,
  `for slides? (?:nr\\.? |no\\.? |number |#)?\\d+`,
  `(?:pytam )?(?:do|na|dla|w) (?:mojej |moj |mojego |naszej |naszego |nasz )?(?:[\\p{L}\\p{N}-]+ ){0,2}?${WORKS}`,
  `(?:спрашиваю )?(?:для|к|в|на) (?:моеи |моего |мои |моему |нашеи |нашего |наш )?(?:[\\p{L}\\p{N}-]+ ){0,2}?${WORKS}`,
  `${MAKING} (?:[\\p{L}\\p{N}-]+ ){0,2}?${WORKS}`,
  // the work the asker must make, with whom it is for ("нам для пекарен франшизы надо чек лист составить", "we need to
  // make a checklist for the bakeries"; round 144)
  `(?:(?:нам|мне) )?(?:для (?:[\\p{L}-]+ ){1,2})?(?:надо|нужно) (?:${WORKS} (?:составить|сделать|подготовить|написать|собрать)|(?:составить|сделать|подготовить|написать|собрать) ${WORKS})`,
  `(?:need to|have to|gotta) (?:make|build|write|prepare|put together|draw up) (?:a |an |the |our )?${WORKS}`,
  `(?:musze|musimy|trzeba|mam|mamy) (?:zrobic|przygotowac|napisac|ulozyc|zlozyc|stworzyc) ${WORKS}`,
  // the work with its deadline: "slide due in an hour", "slajd na za godzinę", "слайд через час" (round 68)
  `${WORKS}(?: [\\p{L}\\p{N}-]+){0,4}? (?:due |na )?(?:in|within|za|через) (?:an |a |one |half an |\\d+ |пол)?(?:hours?|hrs?|mins?|minutes?|godzin\\p{L}*|godz|minut\\p{L}*|час\\p{L}*|минут\\p{L}*)`,
  `${WORKS}(?: [\\p{L}\\p{N}-]+){0,4}? due(?: tomorrow| today| (?:on )?monday)?`,
  PERSUADED,
  TOLD,
  GOING_TO,
  BACKING,
  ARGUING,
];
/** Each phrasing alone, on folded text. */
const PHRASINGS = PURPOSE_PHRASES.map((phrase) => wholePhrases([phrase]));
/**
 * Whether any phrasing can match at all, the phrasings tried as a few patterns each short enough for V8 to optimise
 * (all of them as one pattern, 28.7 KB, are past that length: every phrasing tried at every word).
 */
const ANY_PURPOSE = anyWholePhrase(PHRASINGS);
/** The purpose pattern of each set of phrasings (a bit each), as purposeIn builds it. */
const PURPOSE_OF = new Map<number, RegExp>();

/**
 * All the phrasings as one global pattern, less those matching nowhere in the folded text: the same matches (a
 * phrasing matching nowhere is never the one matched at a place) at a fraction of the cost, the pattern left short
 * enough for V8 to optimise. Undefined where none matches.
 */
function purposeIn(folded: string): RegExp | undefined {
  let set = 0;
  PHRASINGS.forEach((phrasing, k) => {
    if (phrasing.test(folded)) set |= 1 << k;
  });
  if (set === 0) return undefined;
  let pattern = PURPOSE_OF.get(set);
  if (pattern === undefined) {
    pattern = wholePhrases(
      PURPOSE_PHRASES.filter((_, k) => set & (1 << k)),
      'gu',
    );
    PURPOSE_OF.set(set, pattern);
  }
  return pattern;
}

/** Letters a purpose clause holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /argu|аргум|reasoning|justif|uzasadn|обосн|возраз|answer|odpowiedz|odpisa|ответить|wrong|nie tak|не так|ne tak|proof|obroni|broni|back|prove|support|confirm|potwierdz|udowodn|popier|popiera|poprze|podepr|подтвер|докаж|доказыв|поддерж|podtver|dokazh|note|memo|letter to|proposal|wniose|предложени|pism[oa]|докладн|notat|notk|заметк|записк|convinc|persuad|przekona|убеди|убежда|told|telling|explained|said to|m[oó]wi[łl]|powiedzia|t[łl]umaczy|pisa[łl]|говорил|сказал|рассказыв|объясня|писал|slide|deck|present|report|webinar|training|workshop|pitch|business case|onboard|budget|bud[żz]et|huddle|hands|slajd|prezent|raport|szkolen|warsztat|слайд|презент|отч[её]т|вебинар|тренинг|дек|питч|кейс|обоснов|онборд|бюджет|certif|exam|quiz|check|чек|kontroln|certyf|egzam|сертиф|экзам|квиз|job|interview|screening|candidate|headcount|hiring|og[łl]osz|rozmow|rekrut|kandydat|ваканс|собес|кандидат|post|newsletter|thread|channel|poll|stand|meeting|kana[łl]|w[aą]tk|spotka|пост|ньюслет|рассыл|канал|встреч|планерк|летучк|going|heading|иду|пойду|идем|пойдем|схожу|id[eę] do|p[oó]jd/iu;

/** A question's purpose clauses read: their folded words, and the question without them (as typed when none). */
interface PurposeRead {
  question: string;
  words: ReadonlySet<string>;
  stripped: string;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The last question read: the candidates' reader and two of its readers ask of the same question in turn, and the
 * purpose pattern is one of a question's costliest (a pure memo of one input, so no state outlives a question's use).
 */
let lastRead: PurposeRead | undefined;

function readPurpose(question: string): PurposeRead {
  if (lastRead?.question === question) return lastRead;
  let words = NONE;
  let stripped = question;
  if (HINT.test(question)) {
    const folded = foldText(question);
    // Most questions passing HINT hold no purpose clause: the short patterns tell at about a quarter of the cost.
    const purpose = ANY_PURPOSE.test(folded) ? purposeIn(folded) : undefined;
    if (purpose === undefined) return (lastRead = { question, words, stripped });
    const found = new Set<string>();
    let matched = false;
    for (const match of folded.matchAll(purpose)) {
      matched = true;
      for (const w of tokenize(match[0], 20)) found.add(w);
    }
    if (matched) {
      words = found;
      const without = folded.replace(purpose, ' ');
      if (without !== folded) stripped = without;
    }
  }
  return (lastRead = { question, words, stripped });
}

/** The folded words of the question's purpose clauses (none for most questions). */
export function askerPurposeWords(question: string): ReadonlySet<string> {
  return readPurpose(question).words;
}

/** The question with its purpose clauses left out, for the readers of what kind or how many measures it asks. */
export function withoutAskerPurpose(question: string): string {
  return readPurpose(question).stripped;
}
