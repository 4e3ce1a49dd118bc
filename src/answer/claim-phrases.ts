// The phrases that put a claim to check, in Polish, English and Russian, on folded text (no diacritics, ё as е, й as
// и): the one list both readers of such a frame take them from. check-frame.ts makes every one of them weigh nothing
// (a doubt or a verdict asked says that a fact is questioned, not which one); dispute-frame.ts reads a verdict asked
// as a claim argued over, whose figure may be the wrong one the entry corrects, and takes who claims it out too.
// Each phrase stands once, under the one role it plays:
// - a verdict asked: "is it true", "isn't it true that", "myth or fact", "who is right", "czy rzeczywiście", "верно ли";
// - a doubt: the claim doubted, negated or called a myth ("I don't believe", "is it a myth that", "разве", "неужели"),
//   or the sceptic's own verdict on a practice ("a waste of time", "strata czasu", "пустая трата времени");
// - a claim: who says it ("Kasia says", "Ania twierdzi, że", "мой коллега говорит, что"), or a rumour heard.
// Hand-written: a few phrasings per language; no library tells a question's check frame from what it asks.

const APOSTROPHE = "['’]?";

/** A verdict asked of a claim: true or not, who is right, myth or fact. */
export const VERDICT_PHRASES: readonly string[] = [
  // English
  "who(?:'s| is)? (?:right|correct)",
  '(?:is|was) (?:it|this|that|he|she|they)(?: really| actually| even)? (?:true|correct|right|accurate)',
  `(?:is|was)n${APOSTROPHE}t it (?:true|the case|so|a fact)(?: that)?`,
  'is it not (?:true|the case|so)(?: that)?',
  '(?:true|correct|right) or (?:not|false|wrong)',
  // "is that so?", "is there anything behind that?", "is there any truth to it?"
  'is (?:that|it|this) (?:really |actually )?so(?= *\\?)',
  'is there (?:any|anything|some) (?:truth )?(?:to|in|behind) (?:that|this|it)',
  'is there any truth',
  '(?:just |only )?(?:a |an )?myth(?:s)? or (?:fact|facts|truth|true|reality|not)',
  '(?:fact|facts|truth) or (?:a )?myth',
  'true(?= *\\?)',
  // a tag question: "…costs 3x more, isn't it?", "…, right?"
  `(?:is|was|are|does|do)n${APOSTROPHE}t (?:it|that|this|they)(?= *\\?)`,
  '(?<=, *)(?:right|correct)(?= *\\?)',
  "what(?:'s| is|s) the (?:correct|right|real|actual) (?:number|figure|answer|one)",
  // "I heard loyal customers are worth 5x… is the number right?"
  '(?:is|are) (?:the|that|this|these|those) (?:number|figure|stat|statistic|numbers|figures|stats)(?: really| actually)? (?:right|correct|accurate|true)',
  '(?:settle|settling) (?:this|a|an|our) (?:debate|argument|bet|dispute)',
  // the asker's own memory checked: "…Delta, do I remember that right?", "dobrze pamiętam?", "я правильно помню?"
  '(?:do|did|am) i (?:remember|recall|remembering|recalling)(?: (?:that|this|it|the number|the figure|the stat))? (?:right|correctly)',
  'i (?:have|had|got) (?:\\p{L}+ ){0,2}?in my head',
  // a quiz answer marked wrong: "I put 15, the key said 6 — why was I wrong?", "which option is correct?"
  'why (?:was|am|is|were|did) (?:i|my answer|mine|it|that)(?: (?:marked|counted|get it|scored))? (?:wrong|incorrect|as wrong)',
  '(?:where|what) did i (?:go|get) wrong',
  // "so which is it?", after the asker's answer and the key's
  'so (?:which|what|how much|how many) is it(?: then)?',
  // "…is it Gartner's, or not?", "i think i mixed them up"
  ',? or not(?= *\\?)',
  'i (?:think i |must have )?(?:mixed|mix) (?:them|it|those|the two) up',
  '(?:which|what) (?:one|option|answer) is (?:right|correct|true)',
  // a draft checked before it goes out ("checking before it goes out: '…' – fair?", "draft: '…' — ok?"; round 127)
  'check(?:ing)? (?:this |it |that )?before (?:it|this) goes (?:out|live)',
  '(?<=[\'’"”»] *[,–—-]? *)(?:ok|okay|fair|right|correct|accurate)(?= *\\?)',
  // the asker's own check ("fact check: …", "can you fact-check this?", "quick double-check, is it 86%?"), not the verb
  // of a practice asked about ("how do agents fact-check customer claims?"), whose words are its content
  '(?:fact|double)[- ]?check(?:ing)?(?= *(?:[:?!,.;—–-]|$|(?:this|that|it|me|for me|please|pls)(?![\\p{L}])))',
  // the asker's own figure doubted ("my draft says 40% vs 10% but i think thats off"; round 132)
  "(?:but )?i (?:think|guess|feel) (?:that(?:'s| is)?|thats|it(?:'s| is)?|its|this is|those are|these are) (?:off|wrong|outdated|too (?:high|low))",
  // Polish
  'kto ma racj\\p{L}*',
  '(?:czy )?(?:to )?mit(?:em)? czy (?:fakt|prawda)',
  '(?:fakt|prawda) czy (?:mit|falsz)',
  '(?:czy )?to prawda',
  'prawda(?= *\\?)',
  'czy rzeczywiscie',
  // "czy tak jest?", "czy to naprawdę tak jest, że…", not "czy tak jest lepiej, gdy…" (a comparison asked)
  'czy (?:to )?(?:naprawde |faktycznie )?tak jest(?= *(?:[?!.,;:—–-]|$|(?:ze|naprawde|faktycznie|rzeczywiscie|w rzeczywistosci)(?![\\p{L}])))',
  '(?:cos|ziarno|ziarnko) prawdy',
  'czy (?:to )?sie zgadza',
  'czy (?:ta |te )?(?:liczb\\p{L}*|dane|wynik\\p{L}*) (?:sie )?zgadza\\p{L}*',
  'sprawdzisz',
  // "sprawdźcie plz zanim pójdzie", "zgadza się to ze źródłem?" (round 127)
  'sprawdz(?:cie|my)?(?: \\p{L}+)? (?:zanim|przed)',
  '(?:(?:to )?sie zgadza|zgadza sie)(?: to)? z(?:e)? (?:zrodl\\p{L}*|artykul\\p{L}*|tekst\\p{L}*|baz\\p{L}*)',
  '(?:czy )?(?:dobrze|dobrze to|dobrze sobie) (?:pamietam|zapamietal\\p{L}*|kojarze)(?: (?:te |ta )?(?:liczb\\p{L}*|wynik\\p{L}*|dane))?',
  // a figure the asker half remembers ("mam w głowie 5x, ale chcę podać dokładnie"; round 139)
  '(?:mam|mialem|mialam) w (?:glowie|pamieci)',
  // a quiz answer marked wrong: "dlaczego mam źle?", "czemu mi nie zaliczyło?", "która odpowiedź jest poprawna?"
  '(?:dlaczego|czemu) (?:mi |mam |jest |bylo )?(?:zle|blad|nie zaliczyl\\p{L}*|nie uznal\\p{L}*)',
  '(?:ktora|jaka) (?:odpowiedz|opcja|wersja) jest (?:poprawna|prawidlowa|dobra|wlasciwa)',
  // the asker's answer set against the key's: "zaznaczyłem UMTS, a klucz mówi GSM"
  'a (?:w )?klucz\\p{L}* (?:mowi|podaje|twierdzi|ma|jest)',
  // "to ile w końcu?": so how much is it after all
  '(?:to )?(?:ile|jak|kto|ktora|ktory|co) (?:jest |to )?w koncu',
  ',? czy nie(?= *\\?)',
  '(?:chyba )?(?:sie )?pomylil\\p{L}*',
  // the key marking the answer wrong: "a klucz mówi, że źle", "the key marked it wrong", "ключ говорит, что неверно"
  '(?:klucz\\p{L}*|key|ключ\\p{L}*)(?: \\p{L}+){0,2}? (?:mowi|pokazuje|says|said|marked it|marks it|говорит|показывает)(?:,)? (?:ze |что )?(?:zle|blad|wrong|incorrect|неправильно|неверно|ошибка)',
  // "…ale chyba coś tu nie gra", "…но, кажется, это не так"
  '(?:ale )?chyba (?:cos )?(?:tu |to )?(?:nie gra|nie tak|sie nie zgadza|przesadzone)',
  // Russian
  'кто прав\\p{L}*',
  '(?:но )?(?:кажется|по-моему),? (?:тут |это )?(?:не так|неверно|что-то не то|не сходится)',
  '(?:это )?миф(?: ли)? или (?:правда|факт)',
  '(?:правда|факт) или миф',
  '(?:это )?правда(?= *\\?)',
  'верно ли',
  // "правильно понимаю, что…" (round 127)
  '(?:я )?(?:правильно|верно) (?:ли )?(?:я )?понима\\p{L}*',
  '(?:я )?(?:правильно|верно) (?:помню|запомнил\\p{L}*)(?: (?:эту |это )?(?:цифр\\p{L}*|числ\\p{L}*))?',
  '(?:у меня )?в голове (?:засело|крутится|сидит|было)',
  // folded: й as и (the phrase written with й never matched)
  'деиствительно ли',
  'не так ли',
  'так ли это',
  // "…Это так?", "это так в статье…?", not "это так важно" (so important)
  'это (?:действительно |правда |реально |вообще )?так(?= *[?!,]| (?:в|по|у|согласно) )',
  'доля правды',
  '(?:правильн\\p{L}*|верн\\p{L}*) ли (?:эта |эти )?(?:цифр\\p{L}*|числ\\p{L}*)',
  'на самом деле',
  'провер(?:ь|ьте)',
  // a quiz answer marked wrong: "почему у меня неправильно?", "какой вариант правильный?"
  'почему (?:у меня |мне |мои ответ |это )?(?:неправильно|неверно|ошибка|не засчитал\\p{L}*)',
  '(?:какои|какая|какое) (?:вариант|ответ|версия) (?:правильн\\p{L}*|верн\\p{L}*)',
  '(?:так )?(?:сколько|какая|какои|какое|кто) (?:же )?в итоге',
  ',? или нет(?= *\\?)',
  '(?:я )?(?:наверное |кажется )?перепутал\\p{L}*',
];

/** A word every verdict phrase holds part of: most questions are passed over by it alone. */
export const VERDICT_HINT =
  /right|think|guess|feel|chyba|кажется|по-моему|correct|true|truth|myth|fact|check|settl|klucz|key|ключ|koncu|is it|итоге|or not|mix|czy nie|pomyl|или нет|перепут|n['’]?t (?:it|that|this|they)|it not| so|behind|wrong|racj|mit|fakt|prawd|rzeczywisc|tak jest|zgadza|sprawdz|zle|blad|zalicz|uznal|poprawn|dobra|wlasciw|прав|миф|факт|верн|ствительно|так ли|самом|провер|ошибк|засчит|remember|recall|pamiet|kojarz|glow|head|помню|запомн|голов|понима|(?:ok|okay|fair|accurate) *\?|это (?:\S+ )?так/u;

/** A claim doubted, negated or called a myth, or the sceptic's verdict on a practice. */
export const DOUBT_PHRASES: readonly string[] = [
  // English
  `(?:is|was) (?:it|this|that|there) (?:really |actually |just |even )?(?:a|an|just a) myth(?: that)?`,
  `(?:just |only )?a myth`,
  `myth[- ]?bust\\p{L}*`,
  `debunk\\p{L}*`,
  `i (?:really |just |still )?(?:don${APOSTROPHE}t|do not|can${APOSTROPHE}t|cannot|won${APOSTROPHE}t) (?:really )?believe(?: (?:that|it|this))?`,
  `(?:hard|difficult) to believe(?: that)?`,
  `i (?:really )?doubt(?: (?:that|it))?`,
  `i${APOSTROPHE}?m not (?:convinced|buying it)(?: that)?`,
  `(?:is|was) (?:that|this|it) (?:really |actually |even )?(?:claimed|stated|said|written|backed up|proven) (?:anywhere|somewhere|by anyone)`,
  `(?:a |just a )?(?:waste of (?:time|money|effort)|overrated)`,
  // the figure doubted as too low or too high: "that's too low", "chyba za mało", "как-то маловато"
  `(?:(?:that|it|this)(?:['’]s| is) )?(?:way |much |far |a bit |kinda )?too (?:low|high|small|big|little|much)`,
  // Polish
  `czy (?:to )?(?:aby )?nie jest (?:czasem |przypadkiem )?tak,? ze`,
  `nie jest (?:czasem |przypadkiem )?tak,? ze`,
  `(?:czy )?(?:to )?(?:chyba |tylko |jakis |taki )*mit(?:em)?`,
  `nie (?:bardzo )?wierze,? (?:ze|w to)`,
  `nie chce mi sie wierzyc,?(?: ze)?`,
  `watpie,? (?:ze|czy|w to)`,
  `czy aby`,
  `(?:strata|marnowanie) (?:czasu|pieniedzy)`,
  `przereklamowan\\p{L}*`,
  `(?:to )?(?:chyba |troche |jakos )?za (?:malo|duzo|nisko|wysoko)`,
  // Russian
  `разве`,
  `неужели`,
  `не (?:очень )?верю,? (?:что|в это)`,
  `не верится,?(?: что)?`,
  `сомневаюсь,? (?:что|в этом)`,
  `(?:это )?(?:просто |всего лишь )?миф(?: ли)?`,
  `(?:пустая )?трата (?:времени|денег)`,
  `переоценен\\p{L}*`,
  `(?:это )?(?:как-то |что-то )?(?:маловато|многовато|слишком (?:мало|много|низк\\p{L}*|высок\\p{L}*))`,
];

/** A word every doubt phrase holds part of: most questions are passed over by it alone. */
export const DOUBT_HINT =
  /myth|debunk|believ|doubt|convinced|claimed|stated|said|written|backed|proven|waste|overrated|too |za malo|za duzo|za nisko|za wysoko|маловат|многоват|слишком|nie jest|mit|wierz|watpi|czy aby|strata|marnowa|przereklam|разве|неужели|вер|сомнева|миф|трата|переоцен/u;

/**
 * The claims argued over ("Kasia says", "Ania twierdzi, że", "мой коллега говорит, что", "a ja że"), with the word
 * before the verb (who says it), and rumours put to check.
 */
export const CLAIM_PHRASES: readonly string[] = [
  '(?:[\\p{L}]+ )?(?:says|said|claims|claimed|insists|swears|told me)(?: that)?',
  '(?:[\\p{L}]+ )?(?:keeps?|kept) (?:saying|claiming|telling (?:me|us))(?: that)?',
  "there(?:['’]s| is) (?:a|this|that) (?:line|saying|claim|stat|rumou?r|myth) going around(?: that)?",
  'i (?:say|said|think|thought|believe)',
  // the asker's own quiz answer: "I put 15", "I went with B"
  'i (?:put|answered|wrote|picked|chose|ticked|marked|went with|guessed)',
  'i (?:thought|assumed)(?: (?:that|it was|it))?',
  'myslal\\p{L}*(?:,)? ze',
  'думал\\p{L}*(?:,)? что',
  'это же',
  // the key's other answer, unnamed: "the key said otherwise", "w kluczu inna liczba", "в ключе другая цифра"
  '(?:said|says|had|has) (?:otherwise|something else)',
  '(?:a )?(?:different|other) (?:number|figure|answer)',
  'inn(?:a|y|e) (?:liczb\\p{L}*|wynik\\p{L}*|odpowiedz\\p{L}*)',
  'inaczej',
  'друг(?:ая|ое|ой) (?:цифр\\p{L}*|числ\\p{L}*|ответ\\p{L}*)',
  '(?:the )?(?:answer )?key (?:says|said|has|had)',
  // a rumour put to check: "I heard (somewhere) that…", "ktoś mi mówił, że…", "słyszałam, że…", "говорят, что…"
  "i(?:'ve| have)? (?:once )?heard(?: somewhere| once)?(?: that)?",
  'slysz\\p{L}*(?: gdzies)?(?:,)? ze',
  'ktos (?:mi )?(?:mowil\\p{L}*|powiedzial\\p{L}*)(?:,)? ze',
  '(?:слышал\\p{L}*|говорят)(?:,)? (?:что|будто)',
  '(?:[\\p{L}]+ )?(?:mowi|twierdzi|powiedzial\\p{L}*|uwaza|upiera sie)(?:,)? ze',
  'a ja(?:,)? (?:ze|mowie|uwazam|twierdze)',
  '(?:wpisal\\p{L}*|zaznaczyl\\p{L}*|odpowiedzial\\p{L}*|dalem|dalam|napisal\\p{L}*|strzelil\\p{L}*)',
  '(?:w |wg )?klucz\\p{L}* (?:jest|bylo|podaje|mowi|ma)',
  'spor w \\p{L}+',
  '(?:[\\p{L}]+ )?(?:говорит|утверждает|сказал\\p{L}*|считает|уверяет)(?:,)? что',
  'а я (?:говорю|считаю|думаю)',
  'я (?:написал\\p{L}*|ответил\\p{L}*|выбрал\\p{L}*|поставил\\p{L}*)',
  '(?:в|по) ключ\\p{L}*(?: (?:написано|стоит|указано|было))?',
];
