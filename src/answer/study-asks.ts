// The phrasings, per language, by which a question asks what is behind a figure rather than the figure itself: who ran,
// computed or commissioned the study ("which research firm came up with", "kto przeprowadził badanie", "кто провёл
// опрос"), how many people it asked ("ilu ankietowanych", "сколько человек опросили") or how it was done ("what
// method"); on folded text, read with the other kinds by asked-attributes.ts (see asked-value-phrases.ts).
// Hand-written: a few phrasings per language; no library reads what a question asks of a study.
import type { AskPhrasings } from './asked-values.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match (`\b` knows only ASCII letters in JavaScript, so lookarounds on Unicode letters instead). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Up to six words (a figure, "that US/UK", "te 4,7 biliona") between a verb and the study it names. */
const FEW = "(?:[ /]+[\\p{L}\\p{N}'’.,%$/]+){0,6}?";
/** Where a question starts (see asked-value-phrases.ts): inside a sentence "kto", "кто" mostly start a relative clause. */
const START = '(?:^|[.?!,;:(—–-]\\s*|\\s-\\s*)(?:and |but |a |i |а |и )?';

// The study a figure comes from, in the forms a question uses ("the survey", "tę ankietę", "этот опрос"), and a check
// or audit run ("кто проводил ту проверку подставными покупателями"; round 81).
const STUDY_EN =
  '(?:study|studies|survey|surveys|poll|research|estimate|estimates|figure|figures|number|numbers|stat|stats|statistic|statistics|data|report|calculation|finding|findings|checks?|audits?|experiments?)';
const STUDY_PL =
  '(?:badani\\p{L}*|ankiet\\p{L}*|sondaz\\p{L}*|raport\\p{L}*|szacun\\p{L}*|wylicze\\p{L}*|statystyk\\p{L}*|dane|danych|liczb\\p{L}*|kwot\\p{L}*|wynik\\p{L}*|kontrol\\p{L}*|audyt\\p{L}*|eksperyment\\p{L}*)';
const STUDY_RU =
  '(?:исследовани\\p{L}*|опрос\\p{L}*|отчет\\p{L}*|оценк\\p{L}*|подсчет\\p{L}*|расчет\\p{L}*|статистик\\p{L}*|данны\\p{L}*|цифр\\p{L}*|провер\\p{L}*|замер\\p{L}*|эксперимент\\p{L}*)';
const STUDY = `(?:${STUDY_EN}|${STUDY_PL}|${STUDY_RU})`;

/** An organisation that may stand behind a figure: "which research firm", "jaka firma badawcza", "какая компания". */
const ORGANISATION_EN =
  "(?:which|what) (?:(?:research|consulting|consultancy|analyst|analytics|polling|market research|data|survey|mystery[- ]shopping|mystery[- ]shopper) )?(?:firm|company|agency|organi[sz]ation|institute|consultancy|pollster|outfit|research house)(?:['’]s|s)?";
const ORGANISATION_PL =
  '(?:jaka|ktora|co za) (?:firma|agencja|organizacja|instytucja|pracownia|instytut|spolka)(?: (?:badawcza|analityczna|konsultingowa|doradcza))?';
const ORGANISATION_RU =
  '(?:какая|какои|какое|которая) (?:исследовательск\\p{L}* )?(?:компания|фирма|агентство|организация|институт|консалтингов\\p{L}* компания)';

/** A firm asked by its trade ("which research firm", "jaka firma badawcza", "какая компания"): a kind of study is no answer. */
export const ORGANISATION_ASKED = phrases(
  ORGANISATION_EN,
  '(?:which|what) (?:research|polling|analyst|market research) (?:firm|company|agency|house|institute)',
  ORGANISATION_PL,
  ORGANISATION_RU,
);

export const STUDY_ASKS: AskPhrasings[] = [
  {
    value: 'researcher',
    gate: 'who whose whom which what study survey poll research estimate report figure kto kogo co czyj* jak* ktor* auto* wedlug кто кого чья чье чьи чью чьим как* кот*',
    pattern: phrases(
      // who ran / computed / is behind the study or the figure
      `${START}who(?:['’]?s)? (?:ran|run|runs|conducted|conducts|did|does|carried out|commissioned|published|released|produced|made|organi[sz]ed|paid for|sponsored|funded|came up with|comes up with|computed|calculated|estimated|counted|measured|put out|puts out|came out with|is behind|was behind|behind|is the source of|was the source of|is responsible for|was responsible for)${FEW} ${STUDY}`,
      `${START}who (?:came up with|computed|calculated|estimated|worked out) (?:it|that|this|these|those|the)`,
      `${START}who(?:['’]?s| is| was) the (?:author|source|originator) of${FEW} ${STUDY}`,
      `${START}who (?:does|did)${FEW} ${STUDY_EN} (?:come|comes) from`,
      `od kogo${FEW} (?:pochodz\\p{L}*|sa|jest|mamy)`,
      `от кого${FEW} (?:эти |это )?(?:${STUDY_RU}|получен\\p{L}*)`,
      `whose ${STUDY_EN}`,
      `(?:study|survey|poll|research|estimate|report|figure) (?:was |is )?(?:by|from) (?:whom|which (?:firm|company|organi[sz]ation))`,
      `${ORGANISATION_EN}${FEW} (?:came up|computed|calculated|estimated|is behind|was behind|behind|ran|conducted|carried out|commissioned|published|released|produced|put out|${STUDY_EN})`,
      '(?:which|what) (?:research|polling|analyst|market research) (?:firm|company|agency|house|institute)',
      // kto przeprowadził / policzył / zlecił badanie; czyje to badanie; jaka firma badawcza podała
      `${START}kto${FEW} (?:przeprowadzil\\p{L}*|prowadzil\\p{L}*|zrobil\\p{L}*|robil\\p{L}*|wykonal\\p{L}*|zlecil\\p{L}*|opublikowal\\p{L}*|przygotowal\\p{L}*|zbadal\\p{L}*|badal\\p{L}*|sfinansowal\\p{L}*)${FEW} ${STUDY_PL}`,
      `${START}kto${FEW} (?:policzyl\\p{L}*|wyliczyl\\p{L}*|oszacowal\\p{L}*|obliczyl\\p{L}*|podal\\p{L}*|stoi za|stal za|jest autorem (?:tego |tej |tych )?${STUDY_PL}|byl autorem (?:tego |tej |tych )?${STUDY_PL})`,
      `czyj\\p{L}*(?: (?:to|te|ta|jest|sa|byly|bylo))? ${STUDY_PL}`,
      `(?:na )?czyje zlecenie`,
      `wedlug (?:czyich|jakich) (?:danych|badan|szacunkow)`,
      `autor\\p{L}* (?:tego |tej |tych )?(?:badani\\p{L}*|ankiet\\p{L}*|sondaz\\p{L}*|raport\\p{L}*|szacun\\p{L}*)`,
      `${ORGANISATION_PL}${FEW} (?:podala|policzyla|wyliczyla|przeprowadzila|zrobila|opublikowala|oszacowala|zlecila|stoi za|stala za|badala|zbadala|ustalila|${STUDY_PL})`,
      // кто провёл / посчитал / заказал исследование; чьё это исследование; какая компания провела
      `${START}кто${FEW} (?:провел\\p{L}*|проводил\\p{L}*|делал\\p{L}*|сделал\\p{L}*|заказал\\p{L}*|опубликовал\\p{L}*|организовал\\p{L}*|финансировал\\p{L}*)${FEW} ${STUDY_RU}`,
      `${START}кто${FEW} (?:посчитал\\p{L}*|подсчитал\\p{L}*|рассчитал\\p{L}*|оценил\\p{L}*|вывел\\p{L}*|стоит за|стоял за|автор (?:этого |этои |этих )?${STUDY_RU})`,
      `чь(?:е|я|и|ю|им)(?: (?:это|эти|же))? ${STUDY_RU}`,
      'по (?:чьим|каким) данным',
      '(?:jaka|ktora) (?:firma|agencja|pracownia) badawcza',
      'какая исследовательская (?:компания|фирма|организация)',
      `${ORGANISATION_RU}${FEW} (?:провела|провело|проводил\\p{L}*|провел\\p{L}*|делал\\p{L}*|сделал\\p{L}*|посчитала|подсчитала|рассчитала|оценила|опубликовала|заказала|стоит за|${STUDY_RU})`,
    ),
  },
  {
    value: 'sample',
    gate: 'many sample size respondents big large ilu ile prob* grup* duz* licz* wiel* сколько скольких skolko выбо*',
    pattern: phrases(
      "how many (?:people|persons|respondents|participants|consumers|customers|adults|shoppers|users|managers|companies|firms|businesses)(?: [\\p{L}']+){0,3}? (?:were |was |did they |they )?(?:surveyed|polled|asked|interviewed|questioned|sampled|studied|checked|tested|took part|take part|participated|responded|answered|in the (?:survey|poll|study|sample))",
      'how many (?:respondents|participants|people took part|took part)',
      // a count beside the verb of asking people ("how many people did the study survey", "ilu ludzi ankietował",
      // "скольких людей опросил"): not "how many of those surveyed said…", which asks its finding
      `(?:how many|ilu|ile|сколько|скольких|skolko)(?! of | z | из )(?: [\\p{L}\\p{N}'’.]+){0,6}? (?:surveyed|polled|interviewed|questioned|sampled|ankietowal\\p{L}*|ankietowano|przebadal\\p{L}*|przebadano|zbadal\\p{L}*|zbadano|zapytano|przepytal\\p{L}*|przepytano|опросил\\p{L}*|опрошено|опрашивал\\p{L}*|анкетировал\\p{L}*|проверил\\p{L}*|проверено)`,
      // "how many companies did they even ask?"
      `how many${FEW} did${FEW} (?:survey|poll|interview|question|sample|ask|check|test|visit|audit)`,
      '(?:na|wsrod|sposrod) ilu (?:osob\\p{L}*|ludzi\\p{L}*|respondent\\p{L}*|ankietowan\\p{L}*|konsument\\p{L}*|klient\\p{L}*|firm\\p{L}*)',
      // "на скольких клиентах его делали", "среди скольких людей", "done on how many people"
      '(?:на|среди) скольких (?:людях|людеи|клиентах|клиентов|респондентах|компаниях|компании|фирмах|покупателях|потребителях|участниках|человек)',
      // not "a stat on how many consumers say…", which asks the finding
      '(?:(?:done|conducted|carried out|run|based|tested) on|among) how many (?:people|customers|respondents|companies|firms|consumers|participants|shoppers)',
      '(?:the )?sample size',
      // "how many ppl were in the Esteban Kolsky survey sample?" (round 59): the study's sample, by any name
      "(?:survey|poll|study|research)(?:['’]s)? sample",
      'size of the sample',
      'how (?:big|large) (?:was |is )?the sample',
      'number of respondents',
      'ilu (?:ankietowanych|respondentow|badanych|uczestnikow|przebadanych|zapytanych)',
      '(?:ilu|ile) (?:osob|ludzi|firm|klientow|konsumentow|managerow|menedzerow|kierownikow|uzytkownikow)(?: \\p{L}+){0,3}? (?:ankietowano|przebadano|badano|zbadano|zapytano|pytano|sprawdzono|sprawdzil\\p{L}*|odwiedzil\\p{L}*|wzielo udzial|wziely udzial|bralo udzial|braly udzial|odpowiedzialo|uczestniczylo|objelo|objete)',
      '(?:na|przy) (?:jakiej|ktorej|jak duzej) probie',
      '(?:jak duza|jaka|wielkosc|wielkosci|liczebnosc|liczebnosci) (?:byla )?prob(?:a|y)',
      // a keyword string: "kolsky proba badania", "próba badawcza"
      'prob(?:a|y) (?:badania|badawcz\\p{L}*|badanych)',
      // "jak duża była grupa badanych", "how big was the panel", "размер выборки" (выборк* below)
      '(?:jak duz\\p{L}*|jaka|wielkosc\\p{L}*|liczebnosc\\p{L}*) (?:byla |jest )?grup\\p{L}* (?:badanych|ankietowanych|respondentow|badawcz\\p{L}*)',
      '(?:how big|how large|what size) (?:was |is )?the (?:group|panel|sample)',
      'сколько (?:человек|людеи|респондентов|участников|потребителеи|клиентов|компании|фирм|менеджеров|пользователеи)(?: \\p{L}+){0,3}? (?:опросили|опрошено|опрашивали|участвовал\\p{L}*|приняло участие|приняли участие|проверили|проверено|исследовали|ответило|ответили)',
      // "сколько там было респондентов", "ile tam było respondentów": a word or two may stand between
      'сколько (?:там |тогда |всего |вообще )?(?:было |бывало )?(?:респондентов|участников|опрошенных)',
      'ile (?:tam |wtedy |w ogole |lacznie )?(?:bylo |bralo udzial )?(?:respondentow|uczestnikow|ankietowanych|badanych)',
      'выборк\\p{L}*',
      'skolko (?:chelovek|lyudei|lyudey|respondentov)(?: \\p{L}+){0,3}? (?:oprosili|oprosheno|uchastvoval\\p{L}*)',
      // whoever took part, named by any noun, in the study asked of ("how many mystery shoppers took part in that study",
      // "ilu tajemniczych klientów brało udział w tym badaniu", "сколько тайных покупателей участвовало в том исследовании")
      `how many(?: [\\p{L}'-]+){1,3}? (?:took part|take part|participated|were involved|were used|did they use) (?:in|for) (?:the |that |this |a |an |their )?(?:[\\p{L}-]+ )?(?:study|survey|poll|research|experiment|audit|test)`,
      '(?:ilu|ile)(?: \\p{L}+){1,3}? (?:bralo|wzielo|braly|wziely|bierze) udzial w (?:tym |tej |tamtym |tamtej |ich )?(?:\\p{L}+ )?(?:badani|ankiec|ankiet|sondaz|eksperyment|audyc)\\p{L}*',
      '(?:ilu|ile)(?: \\p{L}+){1,3}? (?:uczestniczylo|uczestniczyly|przebadano|zaangazowano) w (?:tym |tej |tamtym |tamtej |ich )?(?:\\p{L}+ )?(?:badani|ankiec|ankiet|sondaz|eksperyment|audyc)\\p{L}*',
      'сколько(?: \\p{L}+){1,3}? (?:участвовал\\p{L}*|приняло участие|приняли участие|было задеиствовано|задеиствовали) в (?:том |этом |их |таком )?(?:\\p{L}+ )?(?:исследовани|опрос|эксперимент|аудит|проверк)\\p{L}*',
    ),
  },
  {
    value: 'findings',
    gate: 'find found show showed reveal results findings outcome numbers figures report research researched discover discovered co podaj podajcie wyni* wyka* poka* jakie что как* резу*',
    pattern: phrases(
      // what a named researcher found, asked of the person ("Esteban Kolsky — co on takiego zbadał?", "что выяснил
      // Колски?", "what did he research?")
      `what (?:did|has|have) (?:he|she|they|[\\p{L}']+(?: [\\p{L}']+)?) (?:find|found|discover|discovered|research|researched|study|studied|find out)(?= *(?:\\?|$|,| and))`,
      'co (?:on |ona )?(?:takiego |wlasciwie |dokladnie |w ogole )?(?:zbadal\\p{L}*|badal\\p{L}*|odkryl\\p{L}*|ustalil\\p{L}*)',
      'что (?:он |она )?(?:такого |именно |вообще )?(?:исследовал\\p{L}*|выяснил\\p{L}*|изучал\\p{L}*|обнаружил\\p{L}*)',
      // "the Gallup thing…, what numbers did they report?"
      `what (?:numbers|figures|results|stats|statistics|data) (?:did|do|does|have|has)${FEW} (?:report|reported|find|found|show|showed|publish|published|give|gave)`,
      `jakie (?:liczby|wyniki|dane|statystyki) ${FEW}(?:podal\\p{L}*|opublikowal\\p{L}*|pokazal\\p{L}*|przedstawil\\p{L}*)`,
      `какие (?:цифры|данные|результаты) ${FEW}(?:привел\\p{L}*|опубликовал\\p{L}*|показал\\p{L}*|дал\\p{L}*)`,
      `what (?:did|does|do)${FEW} (?:poll|survey|study|research|studies|polls|surveys)${FEW} (?:find|found|show|showed|reveal|revealed)`,
      'what (?:were|are|was) the (?:results|findings|outcome)',
      `(?:results|findings) of${FEW} (?:poll|survey|study|research)`,
      `co${FEW} (?:wykazal\\p{L}*|pokazal\\p{L}*|wyszlo)${FEW} (?:badani\\p{L}*|ankiet\\p{L}*|sondaz\\p{L}*)`,
      `co${FEW} (?:badani\\p{L}*|ankiet\\p{L}*|sondaz\\p{L}*)${FEW} (?:wykazal\\p{L}*|pokazal\\p{L}*)`,
      '(?:jakie|podaj|podajcie)(?: \\p{L}+){0,2}? wyniki',
      // a poll's outcome ("jaki wyszedł wynik tej ankiety", "what was the result of that poll"; round 85)
      `(?:jaki|jakie) (?:\\p{L}+ )?(?:wyszedl|wyszly|byl|byly) wynik\\p{L}*`,
      `what was the (?:\\p{L}+ )?result of${FEW} (?:poll|survey|study|research)`,
      `какой (?:\\p{L}+ )?(?:был |вышел |получился )?результат${FEW} (?:опрос|исследовани)\\p{L}*`,
      'как(?:ие|ов|овы) (?:были )?результат\\p{L}*',
      `что${FEW} (?:показал\\p{L}*|выявил\\p{L}*)${FEW} (?:опрос|исследовани)\\p{L}*`,
      `что${FEW} (?:опрос|исследовани)\\p{L}*${FEW} (?:показал\\p{L}*|выявил\\p{L}*)`,
    ),
  },
  {
    value: 'method',
    gate: 'method methods methodology how jak как',
    pattern: phrases(
      '(?:what|which) (?:research )?(?:method|methods|methodology)',
      'how (?:was|were|did they)(?: \\p{L}+){0,4}? (?:estimated|calculated|computed|measured|counted|worked out|gathered|collected)',
      'jak\\p{L}* metod\\p{L}*',
      'jak (?:to )?(?:policzono|wyliczono|oszacowano|zmierzono|zbadano|liczono|obliczono|zebrano)',
      'как\\p{L}* (?:метод\\p{L}*|методик\\p{L}*)',
      'как (?:это |эту цифру |их )?(?:посчитали|подсчитали|рассчитали|оценили|измерили|собрали)',
    ),
  },
];
