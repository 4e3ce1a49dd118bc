// The wrapping of a quiz or a certification drill ("flash card: 2.5G?", "front: mystery shopper / back: ?", "quiz
// asked how many…", "fill in the blank: only 1 in ___ complain", "fiszka: koszt pozyskania klienta", "карточка:
// NPS", "вопрос из квиза"): how the question is put to the team, not what it asks. Unknown to the knowledge base,
// each such word weighed as much as the rarest content word, and a two-word card fell under the decline line
// (round 30: "flash card: 2.5G?", 0.24, while "2.5G?" alone is answered).
// Hand-written: a few phrasings per language; no library tells a quiz's wrapping from its content.

/** Quiz and flash-card wrapping, as typed (any case, diacritics or none), dropped as a whole. */
const QUIZ_WRAPPING = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    // English
    'flash ?cards?',
    '(?:card )?(?:front|back) ?:',
    // "card front: American Express study / back?": the back asked for after a slash
    '/ *back(?= *\\?|$)',
    "(?:the|a|our|this|last|today[’']?s) (?:pub )?quiz(?:zes)?(?: (?:night|question|q)){0,2}(?: (?:asked|asks|says|said))?",
    'quiz(?:zes)?(?: (?:night|question|q)){1,2}(?: (?:asked|asks|says|said))?',
    'quiz (?:asked|asks|says|said)',
    "(?:in|on|from|for) (?:the|my|our|this|today[’']?s) (?:quiz|test|exam|cert(?:ification)?)(?: prep)?",
    'cert(?:ification)? prep',
    'fill(?: in)?(?: the blanks?)?(?= *:)',
    'fill (?:in )?the blanks?',
    'multiple[- ]choice',
    // answer options asked for the quiz (round 56: "chcę 3 odpowiedzi do wyboru"): the count is the options', no figure
    'mini[- ]?quiz(?:zes)?',
    '(?:with )?(?:\\d|two|three|four|five) (?:answer )?(?:options|choices)(?: to (?:pick|choose) from)?',
    // the right answer asked with wrong ones for the options (round 148: "the right answer and two wrong ones that sound
    // believable", "poprawną odpowiedź i dwie błędne", "правильный вариант и два убедительных неверных")
    '(?:the )?(?:right|correct) answer,? (?:plus|and|with|\\+) (?:\\d|two|three|a couple of|some) (?:(?:believable|plausible|realistic) )?(?:wrong|false|fake|incorrect)(?: but (?:believable|plausible|realistic))?(?: ones| answers| options)?(?: (?:that|which) (?:sound|look|seem) (?:believable|plausible|realistic|right))?',
    '(?:\\d|two|three) (?:believable|plausible) (?:wrong|false|fake) (?:ones|answers|options)|distractors?',
    '(?:poprawn\\p{L}*|prawid[lł]ow\\p{L}*|w[lł]a[sś]ciw\\p{L}*) odpowied[zź]\\p{L}*,? (?:i|plus|oraz) (?:\\d|dwie|trzy) (?:b[lł][eę]dn\\p{L}*|fa[lł]szyw\\p{L}*|nieprawid[lł]ow\\p{L}*)(?:,? ale (?:wiarygodn|prawdopodobn|realistyczn)\\p{L}*)?(?: odpowiedzi| opcj\\p{L}*)?',
    'правильн\\p{L}* (?:ответ|вариант)\\p{L}*,? (?:и|плюс) (?:\\d|два|две|три) (?:(?:убедительн|правдоподобн|реалистичн)\\p{L}* )?(?:неверн|неправильн|ложн|ошибочн)\\p{L}*(?: вариант\\p{L}*| ответ\\p{L}*)?',
    // Polish
    'fiszk\\p{L}*',
    'karta ?:',
    // the card's back asked for: "odwrotna strona?", "co na odwrocie?", "обратная сторона?", "what's on the back?"
    '(?:co (?:jest )?na )?(?:odwrotn\\p{L}* stron\\p{L}*|odwroci\\p{L}*|tyl karty)',
    "(?:what(?:['’]s| is) )?on the back(?: of the card)?",
    '(?:pytanie )?(?:w|na|z|do) quiz\\p{L}*',
    // the bare word only as a label ("quiz: …"): "kto hostuje quiz?" asks about the quiz itself
    'quiz\\p{L}* ?:',
    'uzupe[łl]nij(?: (?:luk\\p{L}*|zdanie|puste miejsce|brakuj[ąa]ce \\p{L}+))?',
    'test wielokrotnego wyboru',
    '(?:\\d|dwie|trzy|cztery|piec) (?:odpowiedzi|opcj\\p{L}*|warianty|wariant\\p{L}*) (?:do wyboru|a b c)',
    '(?:z )?(?:odpowiedziami|opcjami) do wyboru',
    // Russian, and typed in Latin letters
    'флеш[- ]?карт\\p{L}*',
    'карточк\\p{L}* ?:',
    '(?:вопрос )?(?:из|с|на|в) (?:квиз\\p{L}*|викторин\\p{L}*)',
    'квиз\\p{L}* ?:',
    '(?:что )?(?:на )?(?:обратн\\p{L}* сторон\\p{L}*|обороте)',
    'викторин\\p{L}*',
    '(?:с )?(?:\\d|двумя|тремя|четырьмя|два|три|четыре) (?:вариант\\p{L}*)(?: ответ\\p{L}*)?',
    '(?:с )?вариант\\p{L}* ответ\\p{L}*',
    'заполни(?:те)? пропуск\\p{L}*',
    'kviz\\p{L}*',
    'kartochk\\p{L}* ?:',
    // a quiz question's number ("Pytanie 7:", "Вопрос 7:", "Question 3."; round 102 read the 7 as the 6-7x figure)
    '(?:question|pytanie|zadanie|вопрос|задание|vopros) ?(?:nr\\.? ?|no\\.? ?|№ ?|#)?\\d{1,2}(?= *[:.)])',
  ].join('|')})(?![\\p{L}\\p{N}_])(?:\\s*[:–—])?`,
  'giu',
);

/** A word every wrapping holds part of: most questions are passed over by it alone. */
const QUIZ_HINT =
  /flash|fill|front|back|odwr|tyl kar|оборот|обратн|quiz|cert|blank|choice|fisz|karta|uzupe|wyboru|карт|квиз|виктор|пропуск|kviz|kartoch|option|choices|odpowied|opcj|wariant|вариант|answer|distract|правильн|question|pytani|zadani|вопрос|задани|vopros/iu;

/** The word quiz as a label before its colon ("… quiz:", "… квиз:"), not a card's side ("back: ?"). */
const QUIZ_LABEL = /(?:quiz|квиз|kviz|викторин)\p{L}* ?:\s*$/iu;

/**
 * The question without its quiz wrapping; the text as it was when it has none (nearly every question). A question of
 * nothing but the wrapping ("quiz night?") is left to the caller, which keeps it as typed.
 */
export function withoutQuizWrapping(question: string): string {
  if (!QUIZ_HINT.test(question)) return question;
  // A label's colon is kept after the words before it ("Dental member line quiz: …" reads "Dental member line: …"),
  // so that the team's trade stays a heading (trade-heading.ts), not a market the figure is asked for.
  return question.replace(QUIZ_WRAPPING, (wrapping: string, at: number) =>
    QUIZ_LABEL.test(wrapping) && question.slice(0, at).trim() !== '' ? ': ' : ' ',
  );
}
