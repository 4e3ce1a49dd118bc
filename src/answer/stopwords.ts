// Words that carry no meaning for matching, per language, already folded (no diacritics, е for ё).
import type { Lang } from '../kb/schema.js';
import { boundedEditDistance, EditDistanceRows } from './index/edit-distance.js';
import { foldText } from './normalize.js';

const words = (s: string) => new Set(foldText(s).split(/\s+/).filter(Boolean));

// Chat around a question in a team's channel: talk about where a fact was read ("per that guide", "w artykule",
// "в статье") and about the asker's day, which says nothing about which fact is wanted.
const CHAT_EN = `per article articles guide blog post piece polish russian source sources material materials read mentioned
  mention remember recall somewhere thing stuff quick quickly shortly anybody lol xd ok okay pls yeah hey guys team tl
  wondering curious btw asap someone's today yesterday tomorrow morning tonight shift
  whats hows whos wheres whens thats theres dont doesnt didnt isnt arent wasnt cant wont shouldnt wouldnt couldnt im ive
  youre u ur gonna wanna even ours theyre honestly`;
const CHAT_PL = `artykul artykule artykulu artykulow poradnik poradniku blog blogu wpis wpisie tekst tekscie material materialach
  materialy zrodlo zrodle gdzies pamietam pamieta slyszalam slyszalem czytalam czytalem ktos ktoś ktokolwiek xd hej
  siema czesc cześć wytlumaczy wytłumaczy wytlumaczcie skrocie skrócie krotko krótko szybko pytanie pytal pytał pytala
  pytała wiem wiecie wie polski polskim polskiej rosyjski rosyjskim rosyjskiej ludzie dzis dziś dzisiaj wczoraj jutro
  rano zmiana zmianie mowi mówi mowia mówią pisze pisza piszą napisano kim go mu jemu nim nia nią niej nich im`;
const CHAT_RU = `статья статье статьи статью гайд гайде гайду блог блоге пост посте материал материалах источник источнике
  где-то помню слышал слышала читал читала кто-то кто-нибудь привет ребята народ коллеги вопрос спросил спросила знаю
  польский польской польском русский русской русском кратко коротко быстро одним предложением сегодня
  вчера завтра утром смена смене говорит говорят пишут пишет сказано написано наш наша наше наши нашей нашего
  нашем нашу нашим ваш ваша ваше ваши вашей вашего`;

export const STOPWORDS: Record<Lang, Set<string>> = {
  en: words(`a an the and or but if of to in on at by for from with about into over than then so as is are was were be been
    being am do does did doing have has had having i me my we our us you your he she it its they them their this that these
    those there here what which who whom whose when where why how can could should would will shall may might must not no
    yes very just also too more most much many some any all each other such only own same few up down out off again once
    get got give say said please thanks thank hi hello hey let lets know want need like one s t don doesn isn aren
    really actually pls plz ppl guys anyone somebody someone wants wanted needs needed says told gets make makes made
    ${CHAT_EN}`),
  pl: words(`a i o u w z ze we na do od po za ze sie się to ten ta te tego tej tym tych tymi jest sa są byc być jak jaki jaka
    jakie jakiej jakich ile czy co kto ktory ktora ktore ktorzy gdy kiedy gdzie dlaczego czemu po co nie tak lub albo oraz
    ale bo że ze mi mnie my nas nam wy was ja ty on ona ono oni one mam ma mają maja mozna można jesli jeśli czyli by aby
    sobie jego jej ich tu tam sie przez dla przy pod nad bez jako juz już jeszcze tylko bardzo duzo dużo wiecej więcej
    prosze proszę powiedz daj podaj pokaz pokaż chce chcę chcialbym chciałbym moze może moga mogą musi powinien powinno
    powinni mamy macie jakis jakiś jakas jakaś coś cos czyms czymś tego temu taki taka takie
    czym czymże jakies jakieś jakichs jakichś ogolnie ogólnie wlasciwie właściwie generalnie serio naprawde naprawdę w ogole ogóle
    ktorego którego ktorej której ktorym którym ktorych których ktorymi którymi ktora która ktore które ktorą
    moj mój moja moje mojego mojej moim moich moją swoj swój swoja swoje swojego swojej swoim swoich swoją
    czasem czasami nic niczego wcale sporo takze także rowniez również soba sobą takiej takim takich
    jestem jestes jesteś jestesmy jesteśmy jestescie jesteście bede będę bedzie będzie beda będą bylem byłem bylam byłam
    mialem miałem mialam miałam powinnam powinienem powinnismy powinniśmy powinna powinny rozumiem pytam pytamy
    ${CHAT_PL}`),
  ru: words(`и в во не на с со к ко о об от до по за из у же ли бы что как какой какая какие каких каков кто где когда
    почему зачем сколько это этот эта эти этими тот та те то там тут здесь а но или да нет мы вы ты я он она оно они нас вас нам
    вам мне меня его ее её их есть быть был была были будет для при про над под без через же ли уже еще ещё только очень
    много можно нужно надо ли чтобы если то так такой такая такие свой свои скажи расскажи подскажи покажи дай хочу
    можешь может могут должен должна должны всё все весь вся
    реально вообще вообщем собственно типа кстати чем ли тем тех тому теми этом этого этой этим этих эту этому том того той
    который которая которое которые которого которой котором которому которых которым которыми которую
    мой моя мое моё мои моего моей моем моём моих моим моему свою своей своего своем своём своих своим
    примерно кроме насчет насчёт изза иметь
    ${CHAT_RU}`),
};

// "tell" and "tells" are content: how many people a customer tells is the word-of-mouth statistics' own verb
// ("how many people does an unhappy customer tell"). Only "tell me", "tell us" (asking the bot, or what someone
// reports to the asker) say nothing of the fact: see isAddressedTell.

/** "tell" addressed to the asker ("tell me", "can you tell us"): no content, unlike telling others. Folded words. */
export function isAddressedTell(word: string, next: string | undefined): boolean {
  return (word === 'tell' || word === 'tells') && (next === 'me' || next === 'us');
}

// Polish "były", "była", "byli" are also the adjective "former" ("były klient", "była pracownica", "byli klienci
// wracają?"): before a noun naming a person it is content, not the auxiliary's past (AUXILIARY_FORMS below).
const FORMER_FORMS = new Set(['byly', 'byla', 'byli']);
const PERSON_NOUN =
  /^(?:klien[tc]|pracowni|pracodawc|konsultan[tc]|agen[tc]|szef|prezes|dyrektor|kierowni|menedzer|manager|wspolpracowni|wspolni|koleg|kolezank|wlasciciel|abonent|uzytkowni|czlon|partner|dostawc|trener|zawodni|pasazer|gosc|maz|zon[aey])/u;

/** "były" as "former" before a person ("były klient"): content, unlike the auxiliary "były". Folded words. */
export function isFormerAdjective(word: string, next: string | undefined): boolean {
  return FORMER_FORMS.has(word) && next !== undefined && PERSON_NOUN.test(next);
}

export function isStopword(folded: string): boolean {
  return STOPWORDS.en.has(folded) || STOPWORDS.pl.has(folded) || STOPWORDS.ru.has(folded);
}

// Only longer stop words: a typo of "the" or "do" is as likely a typo of a content word.
const TYPO_CHECKED = [...STOPWORDS.en, ...STOPWORDS.pl, ...STOPWORDS.ru].filter((w) => w.length >= 4);
const LONGEST_CHECKED = Math.max(...TYPO_CHECKED.map((w) => w.length));

/**
 * Each checked stop word, and each string left after deleting one of its letters, with the stop words it came
 * from. A word one edit (OSA) from a stop word shares one of these keys with it (itself, or itself less one letter),
 * so only the stop words under its keys need the edit distance, not all of them.
 */
const TYPO_KEYS = (() => {
  const keys = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const words = keys.get(key);
    if (!words) keys.set(key, [word]);
    else if (!words.includes(word)) words.push(word);
  };
  for (const word of TYPO_CHECKED) {
    add(word, word);
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  return keys;
})();

/** A word one typo away from a stop word ("shoud", "wich", "сколко"): says as little as the word it misspells. */
export function isStopwordTypo(folded: string, rows = new EditDistanceRows()): boolean {
  // A word longer than one letter past every checked stop word is no typo of one (a typo changes the length by one).
  if (folded.length < 4 || folded.length > LONGEST_CHECKED + 1 || isStopword(folded)) return false;
  // One set of rows for the whole check (pass one for a whole question), long enough for every stop word: a new
  // one per stop word, or growing it, was much of a question's garbage.
  rows.fit(LONGEST_CHECKED + 1);
  if (typoUnder(folded, folded, rows)) return true;
  for (let i = 0; i < folded.length; i++) {
    if (typoUnder(folded.slice(0, i) + folded.slice(i + 1), folded, rows)) return true;
  }
  return false;
}

/** Whether a stop word under `key` is within one edit of `folded`. */
function typoUnder(key: string, folded: string, rows: EditDistanceRows): boolean {
  const words = TYPO_KEYS.get(key);
  if (!words) return false;
  for (const w of words) {
    if (Math.abs(w.length - folded.length) <= 1 && boundedEditDistance(folded, w, 1, rows) <= 1) return true;
  }
  return false;
}

/**
 * Words that say what kind of entry is wanted ("numbers", "definition") rather than what it is about: the
 * question's intent reads them (intent.ts), but they are not content to match, so they do not lower confidence.
 */
export const KIND_WORDS = new Set(
  foldText(`statistic statistics stats stat numbers number figures figure data percent percentage percentages
    definition define meaning quote quotes tip tips advice example examples
    statystyka statystyki statystyk liczby liczba dane procent procentowo odsetek definicja definicji znaczy oznacza
    cytat cytaty porada porady wskazowka wskazówka wskazowki wskazówki przyklad przykład przyklady przykłady
    статистика статистики статистику цифры цифра данные процент процента процентов определение определения дефиниция дефиниции означает значит
    цитата цитату цитаты совет советы пример примеры
    pojecie pojęcie pojecia pojęcia termin terminu term понятие понятия термин термина`)
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The tenses of the auxiliary and modal verbs that the lists above hold only in the present (English "had", "must",
 * "have to" are stop words already): "które to były", "linie miały awarię", "musieli odwołać", "сколько рейсов пришлось
 * отменить". Rare in the entries, they weighed as much as the rarest content word and kept an entry telling every fact
 * asked under the share of the question an answer must cover. With them the light verb of a loss ("какие убытки
 * понесла Delta", "jakie straty poniosła"): the loss word says what is asked.
 */
const AUXILIARY_FORMS = `byl byla bylo byli byly bylismy bylysmy mial miala mialo mieli mialy mielismy mialysmy
  musial musiala musialo musieli musialy musze musimy musza musisz trzeba
  было будут будем будешь имел имела имели пришлось приходится придется
  понес понесла понесло понесли понесет понесут poniosl poniosla poniosly poniesli`;

/**
 * Chat filler that only questions carry (thanks, hedges, "lol", "ну ладно", "хотя бы"), and the Polish and Russian
 * imperatives that ask the bot to explain or remind ("wyjaśnij", "przypomnij", "напомни", "объясни"; English "remind"):
 * dropped from questions alone, so the knowledge base's index and its statistics stay as they are.
 */
export const CHAT_FILLER =
  words(`totally literally basically kinda sorta tbh imo idk thx tia omg haha lmao rn tho
  anyway anyways smth sth some1 sum1
  dzieki dzięki totalnie spoko okej kurcze tez też wlasnie właśnie nawet jakos jakoś dokladnie dokładnie konkretnie
  ну ладно хотя короче блин спс спасибо пж пжл плиз лол вот вроде щас чтото ктото гдето както того именно
  remind wyjasnij wyjasnijcie wytlumacz wytlumaczcie objasnij przypomnij przypomnijcie opisz opiszcie streszcz
  объясни объясните поясни поясните напомни напомните опиши опишите растолкуй
  przypomnisz przypomnicie wyjasnisz wytlumaczysz напомнишь объяснишь пояснишь
  ${AUXILIARY_FORMS}`);
