// Attribute words that ask for no attribute in the phrase they stand in ("born with it", "lost revenue", "my co-founder",
// a hedged guess, a guess offered to be widened): focus.ts names the attribute words, this reads where they ask none.
import { foldText, tokenize } from './normalize.js';
import { PERSON_NAME_ASKS } from './person-name-asks.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/**
 * Attribute words that, in the phrase they stand in, ask for no attribute: "born with it" says a skill is innate
 * (not when someone was born), revenue beside a loss ("lost revenue", "przychodów traconych", "потерянная
 * выручка") asks for the loss, which an entry states as money lost, not as anyone's revenue, and the asker's own
 * founder, CEO or owner ("before I pitch it to my co-founder", "nasz prezes pyta", "наш директор просит") is who
 * the answer is for, not whose name is asked.
 */
const NOT_ATTRIBUTE = new RegExp(
  [
    `${NOT_AFTER_WORD}(born) (?:with|that way)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:natural|natural-)(born)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:lost|lose|loses|losing|forgone|missed) (revenues?)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(revenues?) (?:lost|losses?|forgone)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:utracon\\p{L}*|tracon\\p{L}*|straco\\p{L}*|stracon\\p{L}*|trac\\p{L}*) (przychod\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(przychod\\p{L}*) (?:utracon\\p{L}*|tracon\\p{L}*|stracon\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:потерянн\\p{L}*|упущенн\\p{L}*|теря\\p{L}*|потеря\\p{L}*) (выручк\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(выручк\\p{L}*) (?:теря\\p{L}*|потеря\\p{L}*|упущ\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:my|our) (?:co-?|co )?(founders?|ceos?|owners?)(?![\\p{L}\\p{N}])`,
    // owners who are the customers ("pet owners get annoyed", "właściciele psów", "владельцы питомцев"; round 91)
    `${NOT_AFTER_WORD}(?:pet|dog|cat|car|home|house|account|card|policy|phone) (owners?)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(wlasciciel\\p{L}*|владел\\p{L}*) (?:ps\\p{L}*|kot\\p{L}*|zwierza\\p{L}*|zwierzat|aut\\p{L}*|samochod\\p{L}*|собак\\p{L}*|кош\\p{L}*|питом\\p{L}*|животн\\p{L}*|машин\\p{L}*|авто\\p{L}*)(?![\\p{L}\\p{N}])`,
    // the speaker of a quote described by their role ("the quote from the founder of the big online shop", "cytat
    // założyciela wielkiego sklepu", "цитата от основателя интернет-магазина"; round 67): who said it, no role asked
    `${NOT_AFTER_WORD}(?:quote|line|saying|words)(?: [\\p{L}-]+){0,2}? (?:from|by|of) (?:the |that |this |a |an |one )?(?:[\\p{L}-]+ ){0,2}?(founders?|ceos?|owners?|boss)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:cytat\\p{L}*|slowa|powiedzon\\p{L}*)(?: \\p{L}+){0,2}? (zalozyciel\\p{L}*|prezes\\p{L}*|wlasciciel\\p{L}*|szef\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:цитат\\p{L}*|фраз\\p{L}*|слова)(?: \\p{L}+){0,2}? (?:от |у )?(?:\\p{L}+ )?(основател\\p{L}*|директор\\p{L}*|владел\\p{L}*|гендиректор\\p{L}*)(?![\\p{L}\\p{N}])`,
    // a company's systems ("the whole computer setup went down"; round 66), not a tool's setup asked
    `${NOT_AFTER_WORD}(?:computer|it|tech|technical|booking|phone|system|whole|entire) (setup)(?![\\p{L}\\p{N}])`,
    // "akcja" as an incident in chat ("ta akcja z typem, co nie mógł anulować Comcasta"), not a share of stock
    `${NOT_AFTER_WORD}(?:ta|tamta|cala|slynna|glosna) (akcja)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(akcja) (?:z|ze) (?!akcj)(?=\\p{L})`,
    // the verb of a work listing things ("which sectors does the guide name", "what reasons does it name"), not a
    // name asked ("what's the name of…", "what is the podcast named")
    `${NOT_AFTER_WORD}(?:does|do|did) (?:the |this |that |it |they |he |she )?(?:\\p{L}+ ){0,2}?(name)(?! (?:of|is|was)(?![\\p{L}]))(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:moj\\p{L}*|nasz\\p{L}*) (?:wspol)?(prezes\\p{L}*|wlasciciel\\p{L}*|zalozyciel\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:мои|моя|моего|моему|моим|моеи|наш\\p{L}*) (?:со)?(основател\\p{L}*|директор\\p{L}*|владел\\p{L}*)(?![\\p{L}\\p{N}])`,
    // the asker's hedged guess of who ran a study ("чьё это исследование, кажется какой-то банк", "chyba jakiś
    // bank", "I think some bank"): a guess at the source, no setting the figure is asked for; nor a guessed subject
    // ("там вроде про зарплаты менеджеров было?" of a poll on cold calling, round 59)
    `${NOT_AFTER_WORD}(?:кажется|вроде|наверное|по-моему|похоже)(?: это)?(?: как(?:ои|ая|ое|ие)-?(?:то|нибудь))?(?: (?:про|о|об))? (\\p{L}+)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:chyba|bodajze|moze|jakby)(?: to)?(?: jaki[sś]| jakas| jakies)?(?: (?:o|chodzilo o))? (\\p{L}+)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:i think|i guess|maybe|probably)(?: it was| it's| its)?(?: about)?(?: some| a| an)? (\\p{L}+)(?![\\p{L}\\p{N}])`,
    // the asker unsure of a name they have just typed ("Kolski or Kolsky, whatever his name is", "czy jak mu tam
    // było na imię", "или как его там зовут"): the name is given, not asked
    // how fast word spreads or people act ("a quote on how fast word spreads online", "service quality = how fast we
    // pick up the phone"; round 168): the spreading or the answering is the topic, no speed asked of a thing
    `${NOT_AFTER_WORD}how (fast) (?:[\\p{L}'’-]+ ){0,3}?(?:spread\\p{L}*|travel\\p{L}*|go(?:es)? viral|gets? around|escalat\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}how (fast) (?:we|you|i|agents?|staff)(?![\\p{L}\\p{N}])`,
    // a work or person that has a name ("a named study giving the share…", "a named expert"; round 167): the source is
    // asked as a credit, not what anything is named
    `${NOT_AFTER_WORD}(?:a|an|any|the|one) (named) (?:study|studies|survey|source|report|research|researcher|expert|author|company|brand|firm)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}whatever (?:his|her|its|their|the) (name) (?:is|was)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}whatever (?:it|he|she|they)(?:'s|’s| is| are|'re)? (called)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}jak (?:mu|jej|im) tam (?:bylo )?(?:na )?(imie)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}как (?:его|ее|их) там (зовут)(?![\\p{L}\\p{N}])`,
    // what a customer bought as the measure compared with ("worth more than what they bought the first time", "niż to,
    // co kupił za pierwszym razem", "чем то, что он купил в первый раз"): the purchase is the comparison's, not asked
    `${NOT_AFTER_WORD}(?:than|to|with|vs) what (?:they|he|she|you|we|the customer) (?:\\p{L}+ ){0,5}?(bought)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:niz|od|z) (?:tym|to|tego)?,? co (?:\\p{L}+ ){0,2}?(kupil\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:чем|с) (?:тем|то|того)?,? что (?:\\p{L}+ ){0,2}?(купил\\p{L}*)(?![\\p{L}\\p{N}])`,
    // a purchase as a moment ("od pierwszego 'dzień dobry' aż po to, co się dzieje, jak już ktoś kupił", "after they
    // bought"; round 69): the time after a sale is asked, not what was bought
    `${NOT_AFTER_WORD}(?:jak|gdy|kiedy|az|po tym,? jak) (?:juz )?(?:\\p{L}+ )?(kupil\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:after|once|when) (?:they|someone|somebody|the customer|a customer|people|he|she) (?:have |has |had )?(?:already )?(bought)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:после того,? как|когда|как только) (?:уже )?(?:\\p{L}+ )?(купил\\p{L}*)(?![\\p{L}\\p{N}])`,
    // a figure recalled as worked out in the text ("było tam wyliczone, o ile mniej…", "там было подсчитано"): the
    // figure is asked, not how it was calculated
    `${NOT_AFTER_WORD}(?:bylo|byly|byl|jest|sa) (?:tam |to |gdzies |chyba )?(wyliczon\\p{L}*|policzon\\p{L}*|obliczon\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:было|были|там) (?:там |это |где-то )?(подсчитан\\p{L}*|посчитан\\p{L}*|вычислен\\p{L}*|рассчитан\\p{L}*)(?![\\p{L}\\p{N}])`,
    // the asker's own title opening the message ("Операционный директор. Собираю презентацию…") and a board of
    // directors the answer is for ("для совета директоров"; round 76): no director of anything asked
    `^\\s*(?:я\\s+)?(?:\\p{L}+\\s+)?(директор\\p{L}*)\\s*[.,:!—–-]`,
    `${NOT_AFTER_WORD}(?:совет\\p{L}*) (директор\\p{L}*)(?![\\p{L}\\p{N}])`,
    // a count worked out ("ilu ich tam wyliczyli", "how many did they calculate", "сколько там насчитали"; round 75):
    // the figure is asked, not how it was calculated
    `${NOT_AFTER_WORD}(?:ile|ilu) (?:\\p{L}+ ){0,3}?(wylicz\\p{L}*|policz\\p{L}*|oblicz\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}how (?:many|much) (?:\\p{L}+ ){0,3}?(calculated|computed)(?![\\p{L}\\p{N}])`,
    // a figure to be worked out ("da się policzyć, ile wart jest stały klient", "можно посчитать, сколько…"; round 130):
    // the figure is asked; "jak policzyć, ile…" asks the way (formula-asks.ts)
    `${NOT_AFTER_WORD}(?<!(?:jak|как) (?:\\p{L}+ ){0,2})(policz\\p{L}*|wylicz\\p{L}*|oblicz\\p{L}*|посчита\\p{L}*|подсчита\\p{L}*|рассчита\\p{L}*),? (?:ile|ilu|сколько)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}сколько (?:\\p{L}+ ){0,3}?(посчитал\\p{L}*|вычислил\\p{L}*|рассчитал\\p{L}*)(?![\\p{L}\\p{N}])`,
    // the asker's own sum ("Policzyłem: 26 osób × 15 = 390", "Я посчитал: …", "I calculated…", "moje obliczenie";
    // round 147): the figure behind it is asked, not how anything is calculated
    `${NOT_AFTER_WORD}(policzyl(?:em|am)|wyliczyl(?:em|am)|obliczyl(?:em|am)|przeliczyl(?:em|am)|przeliczam)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:moje|moj|moja|nasze|my|our|мои|моя|наш|наши) (obliczeni\\p{L}*|wyliczeni\\p{L}*|calculations?|computations?|расчет\\p{L}*|подсчет\\p{L}*)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:i|я|мы) (calculated|computed|посчитал\\p{L}*|подсчитал\\p{L}*|рассчитал\\p{L}*)(?![\\p{L}\\p{N}])`,
    // people lost as the cost ("jedna wpadka kosztuje nas całą gromadkę ludzi"; round 75): a loss of customers, no price
    `${NOT_AFTER_WORD}(kosztuj\\p{L}*|kosztowal\\p{L}*) (?:\\p{L}+ ){0,5}?(?:ludzi|klient\\p{L}*|osob|kupujacych)(?![\\p{L}\\p{N}])`,
    // the name of the work a fact is from ("bullet list w/ the article name", "the name of the blog"; round 69): the
    // source is asked, which every entry states
    `${NOT_AFTER_WORD}(?:article|source|blog|post|guide|study|survey|column|piece|text)(?:['’]s)? (name)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(name) of (?:the |that |this )?(?:article|source|blog|post|guide|study|survey|column|piece|text)(?![\\p{L}\\p{N}])`,
    // the speaker's name asked beside a quote's words ("exact words + name pls"): the quote entry states who said it
    `${NOT_AFTER_WORD}(?:words|wording|quote|quotation)(?: ?\\+| and| &|,)? (?:the )?(?:speaker['’]?s? |author['’]?s? |his |her |their )?(name)(?![\\p{L}\\p{N}])`,
    // a procedure called a recipe ("w FAQ był taki przepis w kilku krokach"; round 69), no regulation or recipe asked
    `${NOT_AFTER_WORD}(przepis\\p{L}*) (?:w|na|z) (?:\\p{L}+ )?krok\\p{L}*(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(przepis\\p{L}*) na (?:to|reakcj\\p{L}*|odpowiedz\\p{L}*|skarg\\p{L}*|takie sytuacje|taka sytuacje)(?![\\p{L}\\p{N}])`,
    // "рецепт ответа на жалобу", "recipe for replying to a complaint" (round 92)
    `${NOT_AFTER_WORD}(рецепт\\p{L}*) (?:ответ\\p{L}*|реакци\\p{L}*|на (?:жалоб\\p{L}*|такие|это))(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(recipes?) for (?:a |the )?(?:repl\\p{L}*|answer\\p{L}*|respon\\p{L}*|handling|dealing|complaints?)(?![\\p{L}\\p{N}])`,
    // a setup spoken of ("that kind of setup"; round 82), no installation asked
    `${NOT_AFTER_WORD}(?:that|this|our|their|such a|kind of|type of|sort of) (setup)(?![\\p{L}\\p{N}])`,
    // a person's name asked ("what was his name?"): asked as who is (person-name-asks.ts), no attribute
    ...PERSON_NAME_ASKS.map((ask) => `${NOT_AFTER_WORD}${ask}(?![\\p{L}\\p{N}])`),
  ].join('|'),
  'gu',
);

/**
 * A podcast's or episode's name asked ("there was a podcast teaser about… what was it called", "był chyba jakiś
 * podcast o takim modelu… jak to się nazywało"; round 68; "zajawka rozmowy audio", "анонс выпуска"; round 80): its teaser states the title, so no attribute is asked. Apart
 * from NOT_ATTRIBUTE, whose hedged guess ("chyba jakiś podcast") would take the podcast's word first.
 */
const PUBLICATION_NAMED = new RegExp(
  `${NOT_AFTER_WORD}(?:podcast\\p{L}*|episodes?|odcin\\p{L}*|audycj\\p{L}*|teasers?|zajawk\\p{L}*|zapowiedz\\p{L}*|(?:rozmow\\p{L}*|nagrani\\p{L}*) audio|audio|подкаст\\p{L}*|выпуск\\p{L}*|анонс\\p{L}*|передач\\p{L}*)[^?]{0,200}?(?<![\\p{L}])(called|named?|nazywa\\p{L}*|называ\\p{L}*)(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A guess offered to be widened ("ocenia tylko ceny w sklepie, czy coś jeszcze?", "only prices or anything else?",
 * "только цены или что-то ещё?"): what else is asked, so the guess (up to four words) is no attribute the answer must
 * state.
 */
const WIDENED_GUESS = new RegExp(
  `${NOT_AFTER_WORD}(?:tylko|only|just|только) ((?:[\\p{L}\\p{N}]+)(?: [\\p{L}\\p{N}]+){0,3}?),? (?:czy|or|или) (?:cos|anything|something|что-то|что-нибудь|chto-to)(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A narrow reading put to check ("Jakość obsługi — это ведь только про скорость ответа?", "czy to tylko szybkość?",
 * "is it just speed?"): the guess (up to four words before the question mark) is what the answer corrects, so it is
 * no attribute the answer must state (round 59: the definition of service quality was ruled out by "скорость").
 */
const NARROWED_GUESS = new RegExp(
  `${NOT_AFTER_WORD}(?:это|to|czy|is it|is that|isn't it|it's|that's)(?: \\p{L}+){0,2}? (?:tylko|wylacznie|only|just|merely|только|лишь)(?: (?:про|о|об|o|about|for|dla))? ((?:[\\p{L}\\p{N}]+)(?: [\\p{L}\\p{N}]+){0,3}?) ?\\?`,
  'gu',
);

/**
 * A description put to check ("mystery shopper to po prostu ktoś z konkurencji, kto podpatruje ceny, dobrze
 * rozumiem?", "churn is basically people leaving over price, right?", "NPS — это просто опрос про цены, да?"; round
 * 95): the asker's guess (up to twelve words, ended by the check) is what the answer corrects, no attribute asked.
 */
const DESCRIPTION_CHECKED = new RegExp(
  `${NOT_AFTER_WORD}(?:to|is|it's|its|это|—|-) (?:po prostu|just|basically|simply|просто|типа) ((?:[\\p{L}\\p{N}-]+)(?:,? [\\p{L}\\p{N}-]+){0,11}?),? (?:dobrze rozumiem|dobrze mysle|tak|prawda|racja|right|correct|yes|да|верно|так ведь|правильно понимаю|правильно|pravilno|da)\\s*\\?*\\s*$`,
  'u',
);

/**
 * What a customer is upset about ("a claimant furious about a delayed payout", "klientka wściekła o zwrot", "злится из-за
 * выплаты"; round 82): the complaint's subject (up to three words), no attribute asked.
 */
const COMPLAINT_SUBJECT = new RegExp(
  [
    `${NOT_AFTER_WORD}(?:furious|angry|upset|mad|annoyed|livid|complaining|moaning|ranting) (?:about|over) (?:a |an |the |his |her |their |our )?((?:\\p{L}+ ){0,2}\\p{L}+)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:wsciek\\p{L}*|zl[ay]|zdenerwowan\\p{L}*|narzeka\\p{L}*|skarzy sie) (?:o|na|z powodu) ((?:\\p{L}+ ){0,2}\\p{L}+)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:зол\\p{L}*|злится|возмущ\\p{L}*|жалуется|недоволен|недовольна) (?:из-за|на|по поводу) ((?:\\p{L}+ ){0,2}\\p{L}+)(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);

/**
 * An aside in brackets asking nothing ("making the chat personal (remembering the kid's age, what they bought last
 * year) brings people back?"; round 92) gives examples of what the asker means: "age" and "bought" there ask no age
 * and no purchase. A bracket holding a question mark ("(what year?)") still asks.
 */
const ASIDE = /\(([^()?]{3,160})\)/gu;

/** The folded words that name no attribute in the phrase they stand in (see NOT_ATTRIBUTE). */
export function notFocusWords(question: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (question.includes('('))
    for (const match of foldText(question).matchAll(ASIDE))
      for (const word of tokenize(match[1] ?? '', 40)) words.add(word);
  if (
    !/setup|fast|furious|angry|upset|mad|annoyed|livid|complain|moan|rant|wsciek|wściek|zł|zl[ay]|zdenerw|narzek|skarż|skarz|зол|злит|возмущ|жалует|недовол|przepis|рецепт|recipe|koszt|przelicz|calculat|comput|prost|прост|basically|simply|типа|wylicz|policz|oblicz|подсчит|посчит|вычисл|рассчит|tylko|only|just|только|bought|kupi|купил|born|revenue|przych|выручк|founder|ceo|owner|prezes|wlascic|właścic|zalozyc|założyc|основат|директор|владел|name|akcj|кажется|вроде|наверное|по-моему|похоже|chyba|bodajże|bodajze|może|moze|jakby|think|guess|maybe|probably|called|imi|nazyw|называ|зовут|звали/iu.test(
      question,
    )
  )
    return words;
  const folded = foldText(question);
  for (const match of folded.matchAll(NOT_ATTRIBUTE)) {
    const word = match.slice(1).find((g) => g !== undefined);
    if (word) words.add(word);
  }
  for (const match of folded.matchAll(PUBLICATION_NAMED)) if (match[1]) words.add(match[1]);
  for (const match of folded.matchAll(COMPLAINT_SUBJECT)) {
    const subject = match.slice(1).find((g) => g !== undefined);
    for (const word of (subject ?? '').split(' ')) words.add(word);
  }
  for (const match of [...folded.matchAll(WIDENED_GUESS), ...folded.matchAll(NARROWED_GUESS)])
    for (const word of (match[1] ?? '').split(' ')) words.add(word);
  for (const word of tokenize(DESCRIPTION_CHECKED.exec(folded)?.[1] ?? '', 24)) words.add(word);
  return words;
}
