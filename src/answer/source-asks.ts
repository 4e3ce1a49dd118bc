// A question asking only where a finding comes from ("who found that…", "where does the 10% figure come from",
// "kto to badał", "skąd ta liczba", "кто выяснил", "откуда цифра", "чьё это исследование"): any credit the entry gives
// its figure answers it, a named researcher or a kind of study ("Mystery-shopper studies show…"), and the renderer
// shows the citation. Asking which firm ran a study (study-asks.ts, "researcher") still needs a firm or person named.
// On folded text; read with the other kinds by asked-attributes.ts. Hand-written: a few phrasings per language.
import type { AskPhrasings } from './asked-values.js';
import { wholePhrases } from './word-bounds.js';

/** Where a question starts: inside a sentence "who", "kto", "кто" mostly start a relative clause. */
const START = '(?:^|[.?!,;:(—–-]\\s*|\\s-\\s*)(?:and |but |so |a |i |а |и |ну |no )?';
/** Up to four words ("the 10%", "ta liczba o") between the asking word and what it asks about. */
const FEW = "(?: [\\p{L}\\p{N}'’.,%$/×-]+){0,4}?";
/** Up to twelve words: "where does the figure of 10% of companies with excellent service come from". */
const MANY = "(?: [\\p{L}\\p{N}'’.,%$/×-]+){0,12}?";

const DATA_EN =
  '(?:figure|figures|number|numbers|stat|stats|statistic|statistics|data|claim|percentage|percent|estimate|finding|findings|fact|info|information|research|study|ratio|multiplier)';
const DATA_PL =
  '(?:liczb\\p{L}*|dan[ea]|danych|statystyk\\p{L}*|procent\\p{L}*|informacj\\p{L}*|wynik\\p{L}*|badani\\p{L}*|szacun\\p{L}*|teza|teze|tezy|twierdzeni\\p{L}*|wiedz\\p{L}*|mnoznik\\p{L}*)';
const DATA_RU =
  '(?:цифр\\p{L}*|числ\\p{L}*|данны\\p{L}*|статистик\\p{L}*|процент\\p{L}*|информаци\\p{L}*|сведени\\p{L}*|исследовани\\p{L}*|оценк\\p{L}*|утверждени\\p{L}*|факт\\p{L}*)';

export const SOURCE_ASK: AskPhrasings = {
  value: 'source',
  gate: 'who whose whom where source sources according says kto czyj* kogo skad zrodl* wedl* jakas jakis jakies кто чья чье чьи чьим кому откуда источ* соглас* otkuda',
  pattern: wholePhrases([
    // who found / showed / worked out that…; who researched it; who's the source
    `${START}who(?:['’]?s)? (?:(?:first |actually |really |originally )?(?:found|find|finds|discovered|discovers|showed|shows|proved|proves|established|figured out|worked out|determined|researched|studied|measured) (?:that|this|it|out|these|those|the|only|just|\\p{N})|came up with (?:that|this|the) ${DATA_EN}|(?:did|does) (?:the|this|that) (?:research|study))`,
    `${START}who(?:['’]?s| is| was) (?:the )?sources? (?:of|for|behind)`,
    'who (?:is|was) behind (?:that|this|the|these|those)',
    'according to (?:whom|who|what source|which source|what research|which research|which study|what study)',
    `whose (?:research|study|studies|data|survey|finding|findings|figure|number|stat|statistic|claim|numbers)`,
    'says who',
    'who says so',
    // kto to badał / ustalił / wykazał…; skąd ta liczba; według kogo; czyje to badanie; źródło tej liczby
    `${START}kto${FEW} (?:badal|zbadal|ustalil|odkryl|wykazal|stwierdzil|udowodnil|wyliczyl|policzyl|obliczyl|podal|sprawdzil|zmierzyl|wymyslil)\\p{L}*`,
    'wedlug (?:kogo|czego|jakiego zrodla|jakich zrodel)',
    // the researcher guessed and asked to be named ("to jakaś duża firma badawcza tak policzyła?")
    `(?:jakas|jakis|jakies) (?:\\p{L}+ )?(?:firma|firmy|agencja|instytut|pracownia|organizacja|uczelnia|bank)(?: \\p{L}+){0,4}? (?:policzyl|liczyl|badal|zbadal|wyliczyl|ustalil|obliczyl)\\p{L}*`,
    `czyj\\p{L}*(?: (?:to|te|ta|jest|sa))? (?:badani\\p{L}*|dane|danych|ustaleni\\p{L}*|wyliczeni\\p{L}*|statystyk\\p{L}*|liczb\\p{L}*)`,
    // кто выяснил / установил…; откуда цифра; по чьим данным; чьё это исследование; источник цифры
    `${START}кто${FEW} (?:выяснил|выиаснил|установил|обнаружил|доказал|подсчитал|посчитал|исследовал|изучал|показал|нашел|вычислил|высчитал|придумал|измерил)\\p{L}*`,
    // Russian in Latin letters: its Cyrillic reading follows the question after a full stop, where START cannot see it
    `${START}kto${FEW} (?:vyyasnil|vyjasnil|vyiasnil|ustanovil|obnaruzhil|dokazal|podschital|poschital|issledoval|izuchal)\\p{L}*`,
    'po (?:chyim|chim|chiim) dannym',
    'по чьим (?:данным|исследованиям|подсчетам)',
    `чь(?:е|я|и|ю|им)(?: (?:это|эти|же))? ${DATA_RU}`,
    'согласно (?:кому|чему|чьим|каким)',
    `на (?:чьи|какие) (?:данные|исследования|источники) (?:опира|ссыла)\\p{L}*`,
  ]),
};

/**
 * A question asking where a figure comes from ("where does the 10% figure come from", "skąd ta liczba", "откуда цифра",
 * "what's the source of"): every entry answers it by its citation, which the renderer shows, so nothing is ruled out;
 * a place is not asked ("where"), and the asking words weigh nothing.
 */
export const ORIGIN_ASK = wholePhrases([
  `where (?:does|did|do|is|are|was|were)${MANY} (?:come|comes|coming|came) from`,
  `where (?:is|was|are|were) (?:that|this|the|those|these)${FEW} ${DATA_EN} from`,
  `where did (?:they|you|the article|the author|the guide|the blog|the column)${FEW} get`,
  `(?:what|which)(?:['’]?s| is| was| are) (?:the )?sources? (?:of|for|behind)`,
  `skad${FEW} ${DATA_PL}`,
  'skad (?:to )?(?:wiadomo|wiemy|wziel\\p{L}*|wzial\\p{L}*|mamy)',
  `(?:jakie|co) (?:jest |to )?(?:za )?zrodl\\p{L}*`,
  `zrodl\\p{L}* (?:tej|tych|tego)${FEW} ${DATA_PL}`,
  'na podstawie (?:czego|czyich|jakich badan)',
  `откуда${FEW} ${DATA_RU}`,
  'откуда (?:это )?(?:известно|взял\\p{L}*|взят\\p{L}*)',
  // the origin of a claim told before: "…9 из 10 компаний. Это откуда вообще?", "skąd to?", "where's that from?"
  '(?:это )?откуда(?: это)?(?: вообще| такое| взялось)?(?= *\\?)',
  'skad (?:to|sie to)(?: w ogole| wzielo| sie wzielo)?(?= *\\?)',
  "where(?:['’]?s| is| was) (?:that|this|it) from",
  // where a claim was read ("где было, что сервис — новый маркетинг?", "gdzie było, że…", "where was it said that…";
  // round 75): the work is asked, which every entry's citation gives, not a place
  'where (?:was|is) (?:it|that) (?:said|written|mentioned|stated)',
  'where does (?:it|the \\p{L}+) say',
  'gdzie (?:jest|byla) mowa',
  'где (?:говорится|сказано|написано)',
  'where did (?:i|we|you) (?:read|see|hear)',
  'gdzie (?:to )?(?:bylo|byla|pisali|pisalo|czytal\\p{L}*|widzial\\p{L}*|slyszal\\p{L}*)(?: to)?,? ze',
  'где (?:это )?(?:было|писали|писалось|говорилось|читал\\p{L}*|видел\\p{L}*|слышал\\p{L}*)(?: это)?,? (?:что|про)',
  `(?:какои|каков|что за) источник`,
  `источник${FEW} ${DATA_RU}`,
]);

/** The words by which a source or an origin is asked (not what it is asked of): they weigh nothing, ask no attribute. */
const ASKING_WORD = new RegExp(
  `^(?:${[
    "who|who['’]?s|whose|whom|where|what|which|is|was|are|were|does|did|do|the|source|sources|of|for|behind|according|to",
    'first|actually|really|originally|found|find|finds|discovered|discovers|showed|shows|proved|proves|established',
    'figured|worked|out|determined|researched|studied|measured|came|come|comes|coming|from|get|says|so|that|this|it',
    'kto|to|tak|badal|zbadal|ustalil|odkryl|wykazal|stwierdzil|udowodnil|wyliczyl|policzyl|obliczyl|podal|sprawdzil',
    'zmierzyl|wymyslil|skad|jest|sie|wziela|wzial|wziely|wzieli|wiadomo|wiemy|mamy|wedlug|kogo|czego|czyj\\p{L}*',
    'zrodl\\p{L}*|jakie|co|za|na|podstawie|ta|te|ten',
    // the researcher guessed: "jakaś duża firma badawcza tak policzyła?"
    'jakas|jakis|jakies|firma|firmy|agencja|instytut|pracownia|organizacja|uczelnia|bank|badawcz\\p{L}*|analityczn\\p{L}*',
    '(?:po|wy|ob)?liczyl\\p{L}*|(?:z)?badal\\p{L}*|ustalil\\p{L}*',
    'kto|vyyasnil|vyjasnil|vyiasnil|ustanovil|obnaruzhil|dokazal|podschital|poschital|issledoval|izuchal|po|chyim|chim|chiim|dannym',
    'кто|это|выяснил|выиаснил|установил|обнаружил|доказал|подсчитал|посчитал|исследовал|изучал|показал|нашел',
    'вычислил|высчитал|придумал|измерил|откуда|известно|взял\\p{L}*|взят\\p{L}*|чь\\p{L}*|по|данным|согласно',
    'кому|чему|каким|опира\\p{L}*|ссыла\\p{L}*|на|источник\\p{L}*|какои|каков|что|за|эта|эти|же',
  ].join('|')})$`,
  'u',
);

/** The folded words of a source or origin ask the question holds (see ASKING_WORD); empty for most questions. */
export function sourceAskWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!GATE.test(folded)) return words;
  for (const pattern of [SOURCE_ASK.pattern, ORIGIN_ASK]) {
    const match = pattern.exec(folded);
    if (!match) continue;
    for (const word of match[0].match(/[\p{L}'’]+/gu) ?? []) if (ASKING_WORD.test(word)) words.add(word);
  }
  return words;
}

/** The letters every source or origin ask holds: most questions are passed over by this alone. */
const GATE =
  /who|kto|skad|wedl|zrodl|кто|чь|откуда|источ|соглас|source|according|says|where|czyj|jakas|jakis|jakies/u;
