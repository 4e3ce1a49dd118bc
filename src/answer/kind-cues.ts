// The cues of each kind of entry a question may ask for, read by intent.ts: "how many" asks a statistic, "what is"
// a definition, "who said" a quote, "what should I do" a tip. Kept apart from the reading so that each file has one job.
import type { Kind } from '../kb/schema.js';
import { CASE_CUES } from './case-cues.js';
import { WHAT_FOR, WHAT_IT_CHECKS } from './purpose-cues.js';
import { MAGNITUDE } from './size-cues.js';
import { wholeCues } from './word-bounds.js';

/** A work or a finding named before "said" ("the bit that said", "the stat which says"): no speaker quoted. */
const NOT_A_SPEAKER =
  '(?<!(?:bit|part|thing|stat|stats|statistic|figure|number|article|text|post|piece|study|research|survey|blog|guide|teaser|report|data|it|which|slide|page|section|faq|blurb|note|column|entry|episode|podcast|glossary|summary|headline|title|write-?up|' +
  // a document or a screen the asker reads: "the spec sheet says", "the label says" (round 105)
  'sheet|label|manual|spec|contract|screen|sign|website|site|app|invoice|brochure|leaflet|' +
  // those a survey asked: "how many said they did it", "49% said" (round 88)
  'many|people|customer|consumer|respondent|user|client|buyer|percent|%|' +
  // a customer whose message is pasted ("Passenger says: …", "cust wrote…"; round 111)
  'cust|passenger|patient|player|resident|member|guest|caller|subscriber|tenant|student)s? (?:that |which )?)';

/**
 * After "what is", the figure itself asked ("whats the actual number", "what is a loyal customer worth") or the
 * argument for a change ("what's the argument", "whats the case against?", "what's the biz case"; round 143): no term.
 */
const NOT_THE_FIGURE =
  '(?! the (?:actual|real|exact|right|correct|true|official|acutal) (?:number|figure|stat|percentage|count)(?![\\p{L}]))(?!(?: \\p{L}+){0,4} worth(?!\\p{L}))' +
  '(?! the (?:(?:strongest|best|main|real|counter[- ]?)\\s?)?(?:arguments?|proof|payoff|pay-off|upside|downside|risk|catch|logic|reasoning|justification|(?:biz |business )?case (?:for|against)|biz case|business case)(?![\\p{L}]))';

/**
 * A whole-word match of any cue. Not `\b`: in JavaScript it knows only ASCII letters, even with the `u` flag, so
 * "сколько" would never be a word; lookarounds on Unicode letters work in every script.
 */
function cues(...alternatives: string[]): RegExp {
  return wholeCues(alternatives);
}

/** Where the clause of "ile trzeba" ends: a stop, or "and", "or" joining another ask. */
const CLAUSE_ENDS = '(?= *(?:[?.,!;]|$)| (?:i|czy|albo|a|и|или|а) )';

// HOW_COMMON (size-cues.ts) is no pattern here: kindsAskedFor reads it once, to add a statistic and drop a case.
export const PATTERNS: [Kind, RegExp][] = [
  ['statistic', MAGNITUDE],
  [
    'statistic',
    // "%" has no letters around it to bound, so it is its own pattern.
    new RegExp(
      `${
        cues(
          // not what something depends on ("zależy od tego, ile…", "от того, сколько операторов на линии, зависит…",
          // "depends on how many"): a relation recalled, no figure asked (round 84)
          // nor "as long as it takes" ("siedzieć ile trzeba?", "держать разговор сколько нужно или…"; round 130)
          `(?<!od tego,? )ile(?! (?:tylko )?(?:trzeba|potrzeba|sie da|bedzie trzeba)${CLAUSE_ENDS})`,
          // "ilu z tych, co mają do nas żal…": how many of a group, a share (round 80); not a bare "ilu", which asks a
          // count of staff as often ("ilu ma być ludzi pod ręką": a metric, round 78)
          'ilu (?:z|ze|sposrod|wsrod)',
          'procent\\p{L}*',
          'odsetek',
          // a proportion asked ("jaka to była dokładnie proporcja?", "какая там пропорция"; round 82)
          'proporcj\\p{L}*',
          'пропорци\\p{L}*',
          "what(?:[’']s| is| was|s) the (?:exact )?(?:ratio|proportion)",
          'statystyk\\p{L}*',
          '(?<!(?:depends|depend|depending) on )how many',
          'how much',
          'how often',
          'percent\\p{L}*',
          'statistic\\p{L}*',
          'share of',
          // an average value asked ("what's the average eNPS score"): a figure, not what the measure is
          'the average (?:[\\p{L}()]+ ){0,4}(?:score|rate|number|value|level)s?',
          // The words stopwords.ts drops as kind words ("any numbers?", "co mowia liczby", "есть цифры"): read here.
          // Plural only: "liczba konsultantow", "the number of agents" name an amount, they ask for no statistic.
          'stats?',
          // one figure asked for behind a claim ("is there an actual number behind that?", "jest jakaś liczba?")
          '(?:is there|are there|got|any|have|need) an? (?:actual |real |hard |concrete |solid )?(?:number|figure) (?:behind|on|for|to back|backing)',
          '(?:jakas|konkretna|twarda) liczba',
          // the figure pointed at ("need that number to throw at him", "przydałaby mi się ta liczba firm"; round 151)
          '(?:need|want|give me|get|send|find|have|got) (?:that|the|this) (?:exact |actual |real )?(?:number|figure|percentage|stat)(?![\\p{L}])',
          '(?:ta|tej|te) liczb\\p{L}*',
          'numbers',
          'figures',
          'liczby',
          'liczb',
          // data asked for ("is there any data on…", "czy są jakieś dane", "есть ли данные"), not data named
          // ("data protection")
          // how much something counts asked ("naprawdę klientom aż tak zależy?", "why management cares so much",
          // "так уж важно"): the statistic shows it
          'az tak (?:\\p{L}+ )?zalez\\p{L}*',
          'cares? (?:so|that) much',
          'так уж (?:\\p{L}+ )?(?:важн\\p{L}*|нужн\\p{L}*)',
          '(?:any|some|the|is there|are there) data (?:on|about|showing|that)',
          'data (?:on|about) (?:what|how)',
          '(?:jakies|konkretne|twarde) dane',
          'dane (?:na temat|pokazuj\\p{L}*|mowia)',
          '(?:какие-(?:то|нибудь) |конкретные )?данные (?:о|об|по|показыва\\p{L}*|говор\\p{L}*)',
          'есть (?:ли )?(?:какие-(?:то|нибудь) )?данные',
          'цифр\\p{L}*',
          `(?<!от того,? )сколько(?! (?:нужно|надо|потребуется|понадобится|угодно)${CLAUSE_ENDS})`,
          'процент\\p{L}*',
          'дол[яиею]',
          'статистик\\p{L}*',
          // chat shorthand: "есть стата…", "скинь стату"
          'стат(?:а|у|ы|ои|е|ка|ку|ки)',
          'как часто',
          // how much less or more ("насколько реже?", "o ile rzadziej?"; round 81)
          'насколько (?:реже|чаще|больше|меньше|дороже|дешевле|выше|ниже)',
          'o ile (?:rzadziej|czesciej|wiecej|mniej|drozej|taniej|wyzej|nizej)',
          'jak czesto',
          // a share asked in other words ("how few companies…", "what slice?", "jaka część firm", "какая часть"; round 66)
          'how few',
          // "whats the number on callers who hang up" (round 83): a figure asked of a group
          // and "whats the actual number" (round 111): the figure itself asked
          "what(?:'s|s| is| was) the (?:\\p{L}+ )?(?:number|figure|stat|percentage) (?:on|for|about)",
          "what(?:'s|s| is| was) the (?:actual|real|exact|right|correct|true|official|acutal) (?:number|figure|stat|percentage|count)",
          // a share's size or a gap between two figures ("how big a share was it", "whats the gap between the two",
          // "какой там разрыв"; round 81)
          'how (?:big|large|small|much) (?:of )?an? (?:share|part|chunk|portion|slice|percentage|proportion)',
          'how (?:big|large|wide) (?:is |was )?the (?:gap|share|difference)',
          "what(?:'s|s| is| was) the gap",
          'gap between',
          'jak(?:a|i) (?:duz\\p{L}* |wielk\\p{L}* )?(?:jest |byl\\p{L}* )?(?:przepasc|luka|rozjazd)',
          'как(?:ои|ов) (?:там )?(?:был |вышел )?разрыв',
          'разрыв между',
          'what (?:share|fraction|portion|proportion|slice|chunk|percentage)',
          'jak(?:a|i) (?:czesc|ulamek|kawalek|frakcja)',
          'как(?:ая|ую) част\\p{L}*',
          // Russian typed in Latin letters
          'skolko',
          'protsent\\p{L}*',
        ).source
      }|%`,
      'u',
    ),
  ],
  [
    'definition',
    cues(
      // not what something does ("co to robi z L4?", "co to daje"; round 130), means for the asker ("co to dla nas
      // znaczy?"; round 132), nor a fact recalled ("co to było z tym 1 na 26?"; round 140)
      'co to(?! (?:robi|zrobi|daje|da|dalo|zmienia|zmieni|powoduje|spowoduje|przynosi|wnosi|kosztuje|dla|(?:byl|byla|bylo|byly)(?! za))(?!\\p{L}))',
      'czym jest',
      'czym sa',
      'definicj\\p{L}*',
      // not the figure itself asked ("whats the actual number"; round 111)
      `what(?:'s|s| is)${NOT_THE_FIGURE}`,
      // chat: "wtf is that", "wth is 2.5G"
      'wt[fh] (?:is|are)',
      'what are',
      'define',
      'definition',
      'meaning',
      // "what does it actually mean", "what does that even mean" (round 105)
      'what does \\p{L}+ (?:actually |really |even |exactly )?mean',
      // what a work said a thing is ("a glossary note on it, what did it say it actually is?"; round 81)
      'what (?:\\p{L}+ ){0,3}?say (?:it|they|that|this) (?:actually |really )?(?:is|are|means?)',
      'what do you call',
      'jak sie nazywa',
      // a name asked by what people call it: "jak się na taką osobę mówi", "jak się mówi na kogoś, kto…" (round 65)
      'jak (?:sie )?na (?:\\p{L}+ ){0,2}?mowi\\p{L}*',
      'jak (?:sie )?mowi\\p{L}* na (?:to|tego|kogos|takich|taka|takiego|takie|osobe|ludzi|czlowieka|goscia|faceta)',
      'co oznacza',
      'co znaczy',
      'pojeci\\p{L}*',
      // "как это правильно называется" (round 65)
      'как (?:это |такое |он |она |они |их |его |ее )?(?:правильно )?называ(?:ется|ются|лось|лся|лась)',
      'что означает',
      'понятие',
      'термин\\p{L}*',
      'что такое',
      // "что вообще значит «хорошо обслужили»" (round 69)
      'что (?:вообще |же |именно |это )?значит',
      'co (?:wlasciwie |w ogole |to )?(?:znaczy|oznacza)',
      'определени\\p{L}*',
      // the loanword, as a Polish or English speaker says it in Russian: "дефиниция"
      'дефиници\\p{L}*',
      // "how would you define", "jak zdefiniować", "как в статье определяют": the verb asks for the definition too.
      'defined',
      'defines',
      'zdefiniowa\\p{L}*',
      'zdefiniuj\\p{L}*',
      'definiuj\\p{L}*',
      'definiowa\\p{L}*',
      'как (?:\\p{L}+ ){0,4}?(?:определя\\p{L}*|определить)',
      // "…так в статье определяют?": the asker's reading of a term checked against its definition
      'так (?:\\p{L}+ ){0,4}?(?:определя\\p{L}*|определен\\p{L}*)',
      'дать определение',
      'кто такои',
      'кто такие',
      // "а кто это вообще такой?" of a term just named (round 95)
      'кто (?:он|она|они|это) (?:\\p{L}+ )?(?:такои|такая|такие)',
      'chto takoe',
      // "y" for й, as chat types it ("kto takoy taynyy pokupatel")
      'kto tako[iy]',
      'kto taka(?:ya|ja)',
      'kto taki(?:e|ye|je)',
      // a term asked in another language: "как будет по-польски…", "jak jest po rosyjsku…", "the Polish word for…"
      'как (?:это |он |она )?(?:будет|называ\\p{L}*|звучит) по-(?:польски|русски|английски)',
      'по-(?:польски|русски|английски) как (?:это |он |она )?(?:будет|называ\\p{L}*|звучит)',
      '(?:jak|co) (?:\\p{L}+ ){0,2}?(?:jest|bedzie|mowia|nazywa\\p{L}*) (?:[\\p{L}\'"«»„”-]+ ){0,3}?po (?:polsku|rosyjsku|rusku|angielsku)',
      'po (?:polsku|rosyjsku|rusku|angielsku) (?:jak|co) (?:\\p{L}+ ){0,2}?(?:jest|bedzie|mowia|nazywa\\p{L}*)',
      '(?:polish|russian|english) (?:word|term|name) for',
      "what(?:'s| is) (?:\\p{L}+ ){1,3}?in (?:polish|russian|english)",
      'kim jest',
      'kim sa',
      // "kto to właściwie jest" (not "kto to badał", which asks a source)
      'kto to (?:\\p{L}+ )?(?:jest|sa)',
      // what a term covers: "what counts as", "co się uznaje za", "что понимают под", "что считается"
      'what counts as',
      'what (?:is|are) (?:meant|understood) by',
      'what do (?:you|we|they|people) mean by',
      '(?:co|kogo) (?:\\p{L}+ ){0,2}?uznaje (?:sie )?za',
      'co (?:\\p{L}+ )?(?:sie )?(?:rozumie|rozumiemy|rozumieja) (?:sie )?(?:przez|pod)',
      'co (?:\\p{L}+ ){0,2}?kryje sie pod',
      'co (?:\\p{L}+ )?(?:sie )?okresla (?:sie )?(?:jako|mianem)',
      '(?:что|кого) (?:\\p{L}+ ){0,2}?(?:понима\\p{L}*|подразумева\\p{L}*|име(?:ют|ем|ет|ешь|ется) в виду) под',
      '(?:что|кого) (?:\\p{L}+ )?(?:считается|считают|называют)',
    ),
  ],
  [
    'quote',
    cues(
      'cytat\\p{L}*',
      'powiedzial\\p{L}*',
      // not the asker's own use ("a do/don't I can quote in feedback"; round 87): a tip to cite, not a quote asked
      '(?<!(?:can|could|to|will|ll|might) )quote\\p{L}*',
      // not a work's or a finding's words ("the bit that said someone who sticks with you is worth…"; round 68): what
      // a text says is its fact, whoever said it
      // nor a message pasted after a colon ("X says: …"): the words quoted are the story, not a saying asked
      `${NOT_A_SPEAKER}said(?!\\s*:)`,
      `${NOT_A_SPEAKER}says(?!\\s*:)`,
      'цитат\\p{L}*',
      'сказал\\p{L}*',
      // "Lombardi co mówił o…", "винс ломбарди что говорил про…"
      // not the impersonal "что там говорилось" (what the text said; round 65)
      'что (?:\\p{L}+ )?говорил(?!ось)\\p{L}*',
      'co (?:\\p{L}+ )?mowil\\p{L}*',
      'слова',
      'tsitat\\p{L}*',
      // who wrote a line (not a study), or whom it is put down to ("kto jest autorem tekstu…", "who's the author of that line",
      // "кто автор фразы", "przypisuje to Jobsowi", "attributes it to"; round 145)
      "(?:who|kto|кто)(?:[’'](?:s|re))?(?: (?:is|was|are|jest|byl|byla))? (?:the )?(?:real |actual |prawdziwym |настоящии )?(?:authors?|autor\\p{L}*|автор\\p{L}*)(?! (?:[\\p{L}\\p{N}.,%-]+ ){0,4}?(?:stud(?:y|ies)|surveys?|reports?|research|articles?|stat\\p{L}*|badani\\p{L}*|raport\\p{L}*|artykul\\p{L}*|исследовани\\p{L}*|стать\\p{L}*|отчет\\p{L}*|опрос\\p{L}*|ankiet\\p{L}*)(?![\\p{L}]))",
      // (the words put down to someone, not "losses attributed to poor service")
      '(?:attribut\\p{L}*|przypisuj\\p{L}*|przypisal\\p{L}*|приписыва\\p{L}*|приписал\\p{L}*) (?:it|this|that|the (?:quote|line|words)|to|ten cytat|te slowa|это|эти слова|цитату|фразу)(?![\\p{L}])',
    ),
  ],
  [
    'tip',
    cues(
      // not the recall "jak to było z tym, że…", "как там было с…": asking after a fact heard, not how to act; nor a
      // name asked ("jak się nazywał", "как его звали": person-name-asks.ts)
      // nor a definition asked ("jak definiuje się…", "how do they define…", "как определяется…")
      // nor a condition ("lead mówi, że jak ktoś się nie dodzwoni, to spróbuje drugi raz": if someone; round 68)
      // nor how a work explained or worded something ("jak w tym tekście tłumaczyli…"), nor what a comparison showed
      // ("zestawienie, jak firmy same siebie oceniają"): a fact recalled (round 63)
      '(?<!(?:czy|albo) )(?<!(?:zestawieni\\p{L}*|porownani\\p{L}*|badani\\p{L}*|dane|statystyk\\p{L}*|wykres\\p{L}*),? )jak(?! to (?:bylo|jest) z)(?! ktos )(?! (?:to |ten |ta )?(?:sie )?nazywa)(?! (?:sie )?na (?:\\p{L}+ ){0,2}?mowi\\p{L}*)(?! (?:sie )?mowi\\p{L}* na (?:to|tego|kogos|takich|taka|takiego|takie|osobe|ludzi|czlowieka|goscia|faceta)(?![\\p{L}]))(?! (?:\\p{L}+ ){0,4}?(?:tlumaczyl|wytlumaczyl|wyjasnial|wyjasnil|opisal|opisywal|definiowal|zdefiniowal|ujel|ujeli|sformulowal|formulowal)\\p{L}*)(?! (?:mu|jej) (?:bylo )?na imie)(?! (?:\\p{L}+ )?(?:sie )?(?:definiuj|zdefiniowa|rozumie sie))(?! (?:jest|bedzie|mowia) (?:[\\p{L}\'"«»„”-]+ ){0,3}?po (?:polsku|rosyjsku|rusku|angielsku))',
      'porad\\p{L}*',
      'wskazowk\\p{L}*',
      'co zrobic',
      'how to',
      'how do(?! (?:you |they |we |people |i |experts |the (?:\\p{L}+ ){1,2})?(?:define|understand the term))',
      'how can',
      'how should',
      'tips?',
      'advice',
      'what should',
      'should (?:i|we)',
      'what (?:do|can) (?:i|we) do',
      // "what am I supposed to do/say" asks how to act as "what should I" does
      'what (?:am i|are we) supposed to',
      // the steps of a practice asked ("what are the steps for answering a complaint", "jakie są kroki", "какие шаги";
      // round 81)
      '(?:what|which) (?:are|were) the (?:\\p{L}+ )?steps',
      'steps (?:for|to|when|in) (?:\\p{L}+ing|a|an|the|handling|answering|replying|dealing)',
      'jakie (?:sa |byly )?(?:\\p{L}+ )?kroki',
      'как(?:ие|ова|овы) (?:\\p{L}+ )?шаг(?:и|ов)',
      'co (?:mam|mamy|powinienem|powinnam|powinnismy) (?:zrobic|robic|odpowiedziec|powiedziec)',
      'co robic',
      // "co radzi się w takiej sytuacji", "co zalecają"
      'co (?:\\p{L}+ )?(?:radzi|radza|doradza|zaleca|zalecaja|polecaja)(?: sie)?',
      'czy warto',
      // "czy w ogóle powinniśmy go mierzyć" asks whether to act, as "should we" does (round 87)
      'czy (?:w ogole |naprawde |na pewno )?(?:powinnismy|powinienem|powinnam|powinnysmy|powinni|powinien|powinna)',
      'что (?:мне|нам) делать',
      'стоит ли',
      // nor "или как там" ("or whatever it's called"), a filler
      '(?<!по-(?:польски|русски|английски) )(?<!или )как(?! (?:у нас |там |это |оно |в (?:тои |этои |том |этом )?(?:статье|гаиде|блоге|колонке|тексте|посте|словаре|глоссарии) )?(?:объяснен\\p{L}*|описан\\p{L}*|написан\\p{L}*|сформулирован\\p{L}*|звучит|выглядит|формулирова\\p{L}*|сформулирова\\p{L}*|объясня\\p{L}*|объяснил\\p{L}*|описыва\\p{L}*|описал\\p{L}*|называ\\p{L}*))(?! (?:там |это |же )?было)(?! (?:его |ее |их )?(?:звали|зовут))(?! (?:\\p{L}+ ){0,2}?(?:определя|определить))(?! (?:это |такое |он |она |они |их |его |ее )?(?:правильно )?называ)(?! (?:это |он |она )?(?:будет|звучит) по-)',
      'совет\\p{L}*',
      // Session 34: "есть какие-то рекомендации?" closing a question asks advice; "рекомендации клиентов" (word of mouth)
      // goes on to say whose, and is a topic
      '(?:есть (?:ли )?|any |jakies |sa jakies |(?:какие|какие-то|какие-нибудь) )(?:(?:какие-то|какие-нибудь|какие|specific|konkretne) )?(?:рекомендаци\\p{L}*|recommendations?|rekomendacj\\p{L}*|zalecen\\p{L}*)(?!\\s*[\\p{L}\\p{N}])',
      'что делать',
      'чем помочь',
      'kak(?! (?:tam |eto )?bylo)',
      'sovet\\p{L}*',
    ),
  ],
  // What a practice is for ("po co firmy zlecają…", "зачем нанимают…", "what do companies get out of it"): the tip
  // recommending it, or the metric worth keeping, tells why.
  ['tip', WHAT_FOR],
  ['metric', WHAT_FOR],
  ['tip', WHAT_IT_CHECKS],
  ['case', CASE_CUES],
  [
    'metric',
    cues(
      'mierzyc',
      'mierzenie',
      'pomiar\\p{L}*',
      'wskaznik\\p{L}*',
      'metryk\\p{L}*',
      // not the asker's own ("Mam KPI na AHT 6 min, a…", "our KPI says…"; round 131): a target told, no measure asked
      '(?<!(?:mam|mamy|our|my|we have|у нас|у меня|наш\\p{L}*|nasz\\p{L}*|moj\\p{L}*|мои|моих|мое) (?:\\p{L}+ )?)kpi',
      'measure\\p{L}*',
      'metric\\p{L}*',
      'измер\\p{L}*',
      'метрик\\p{L}*',
      'показател\\p{L}*',
    ),
  ],
];
