// Chit-chat asked of the bot: a personal favour ("помочь написать резюме", "стоит ли мне просить повышение?"), a joke ("расскажи анекдот про колл-центр", "tell us a joke", "opowiedz kawał") or how the
// bot itself is ("how are you?", "ты сам как, не устал?", "jak się masz?"). The knowledge base holds no jokes and the
// bot no mood, so no entry answers, however many of its words (call centre, angry customers, shift) an entry shares:
// round 31 answered "ты сам как, не устал от наших злых клиентов? расскажи анекдот…" with the agent-morale tip (0.61).
// Such an ask rules out every entry (`detailMissing`, via beside-asks.ts).
// Hand-written: a few phrasings per language on folded text; no library tells chit-chat from an ask.
import { TRANSLATION_ELSEWHERE, TRANSLATION_HINT } from './translation-asks.js';
import { wholePhrases } from './word-bounds.js';

/** The clause's end after the ask. */
const END = '(?= *(?:[?!.,;…]|$))';

const CHIT_CHAT = wholePhrases([
  // a joke asked for
  '(?:tell|give|share|know|got|have)(?: me| us)?(?: a| some| any| another| a good)? (?:jokes?|funny stor(?:y|ies))',
  'any (?:good )?jokes',
  '(?:opowiedz|opowiesz|opowiecie|powiedz|powiesz|daj|dasz|rzuc|rzucisz|znasz)(?: mi| nam)?(?: jaki[sś]| jaki| dobry)? (?:kawa[łl]\\p{L}*|dowcip\\p{L}*|[żz]art\\p{L}*|suchar\\p{L}*)',
  '(?:расскажи|расскажите|расскажешь|скажи|скажешь|знаешь|пошути|кинь|киньте|кинте|кинешь|скинь|скиньте|скинте|подкинь|подкиньте|дай|дайте)(?: мне| нам)?(?: какой-нибудь| какой нибудь| какой| свежий| смешной)? (?:анекдот\\p{L}*|шутк\\p{L}*)',
  'пошути',
  // a personal favour: the asker's CV or résumé written or corrected
  '(?:help|write|fix|check|correct)(?: me)?(?: (?:to )?(?:write|fix|check|correct))? (?:my |a )?(?:cv|resume|résumé)',
  '(?:napisac|napisz|poprawic|popraw|sprawdzic|sprawdz)(?: mi)? (?:moje |moj )?(?:cv|resume|zyciorys\\p{L}*)',
  '(?:написать|напиши|исправить|исправь|проверить|проверь|составить|составь)(?: мне)? (?:мое |моё )?(?:резюме|cv)',
  // the asker's own pay or career decided for them: "should I ask for a raise?", "czy mam prosić o podwyżkę",
  // "стоит ли мне просить повышение" (round 34)
  '(?:should i|do i|can i|shall i|is it time to) (?:ask|go) (?:for|after) (?:a |my )?(?:raise|pay rise|promotion|salary increase)',
  '(?:czy )?(?:mam|powinienem|powinnam|moge|warto) (?:poprosic|prosic|isc|pojsc) (?:o|po) (?:podwyzk\\p{L}*|awans\\p{L}*)',
  '(?:стоит ли|надо ли|можно ли) (?:мне )?(?:просить|попросить|требовать|идти за) (?:о )?(?:повышени\\p{L}*|прибавк\\p{L}*|надбавк\\p{L}*)',
  // the team's own rota, leave and meetings (round 49: "anyone know whos covering the saturday shift", "jak wpisać
  // urlop w grafik", "где график отпусков", "во сколько завтра планерка"): the team's tools hold them, no entry does
  "who(?:['’]?s| is| will be) (?:covering|working|on|taking) (?:the |my |this |next |that )?(?:\\p{L}+ )?(?:shift|rota)",
  '(?:swap|switch|trade|cover) (?:my |a |the |your |this |that )?(?:\\p{L}+ ){0,2}?shifts?',
  "what time is (?:the |our |tomorrow(?:[’']s)? )?(?:meeting|standup|stand-up|huddle|1:1)",
  'kto (?:bierze|ma|przejmie|wezmie|bierze sobie) (?:\\p{L}+ ){0,2}?(?:dyzur\\p{L}*|zmian\\p{L}*)',
  '(?:zamienic|zamienie|zamienimy|zamiana|oddac|oddam) (?:sie )?(?:\\p{L}+ ){0,2}?(?:zmian\\p{L}*|dyzur\\p{L}*)',
  '(?:wpisac|wpisuje|zglosic|zaznaczyc) (?:\\p{L}+ )?urlop\\p{L}*',
  // not the rota the asker is drawing up ("считаю график смен на декабрь и хочу обосновать…"; round 86): the answer
  // is for it
  '(?<!(?:ukladam|robie|planuje|przygotowuje|tworze|licze|ukladamy|robimy) )grafik\\p{L}* (?:urlop\\p{L}*|dyzur\\p{L}*|zmian\\p{L}*)',
  '(?<!(?:считаю|составляю|делаю|планирую|строю|готовлю|верстаю|собираю|считаем|составляем) )график\\p{L}* (?:отпуск\\p{L}*|смен\\p{L}*|дежурств\\p{L}*)',
  'grafik\\p{L}* otpusk\\p{L}*',
  'кто (?:выходит|дежурит|работает|берет|закрывает) (?:\\p{L}+ ){0,2}?(?:смен\\p{L}*|субботу|воскресенье|выходные)',
  'во сколько (?:\\p{L}+ )?(?:планерк\\p{L}*|созвон\\p{L}*|собрани\\p{L}*|митинг\\p{L}*|стендап\\p{L}*)',
  '(?:поменяться|поменять|обменяться) (?:\\p{L}+ ){0,2}?смен\\p{L}*',
  // who works today, a day off for the asker ("who is working today", "kto dziś ma zmianę", "can I take a day off
  // tomorrow", "можно взять отгул"): the rota's, not an entry's (the burnout figure on sick days answered it, 0.81)
  "who(?:['’]?s| is| are) (?:working|on|in|on shift|on duty)(?: the phones)? (?:today|tonight|tomorrow|this (?:weekend|week))",
  'kto (?:dzis|dzisiaj|jutro|teraz) (?:ma|pracuje|jest|bierze|siedzi)',
  '(?:can|may|could) (?:i|we) (?:take|have|get) (?:a |the |my )?(?:day|days|afternoon|morning|week|friday|monday) off',
  '(?:czy )?(?:moge|mozna|mozemy) (?:wziac|dostac|miec) (?:\\p{L}+ )?(?:wolne|urlop\\p{L}*)',
  '(?:можно|могу ли|могу) (?:ли )?(?:мне )?(?:взять|получить) (?:\\p{L}+ )?(?:отгул\\p{L}*|выходн\\p{L}*|отпуск\\p{L}*)',
  // the team's own size, newcomers, breaks, lunch and ratings ("how many people are in the team", "kto jest nowy w
  // zespole", "how long is my break", "co na obiad", "our Google rating"): the team knows them, no entry does
  'how many (?:people|agents|of us) (?:are |work )?(?:in|on) (?:the|our|my) team',
  'ile (?:osob|ludzi) (?:jest |pracuje )?w (?:naszym )?(?:zespole|teamie|dziale)',
  'сколько (?:людеи|человек) (?:у нас )?в (?:нашеи )?(?:команде|отделе)',
  "who(?:['’]?s| is| are) (?:the )?new (?:hires?|guy|girl|person|starters?|joiners?)(?= *(?:[?!.,;…]|$))",
  'kto (?:jest )?now(?:y|a) w (?:zespole|teamie|dziale)|кто (?:у нас )?новеньк\\p{L}*',
  '(?:how long|when) is (?:my|our|the) (?:lunch |coffee )?break|ile trwa (?:moja |nasza )?przerwa|(?:сколько|как долго) (?:длится )?(?:мои |наш )?перерыв',
  "what(?:['’]s| is) for lunch|co (?:dzis |dzisiaj )?na (?:lunch|obiad)|что (?:сегодня )?на обед",
  // the team's food ("canteen open today or we order pizza", "кто на обед? заказываем пиццу или шаурму"; round 96)
  '(?:order|ordering|get|grab)(?: some| a| the)? (?:pizzas?|sushi|kebabs?|shawarma|burgers?|lunch|food)',
  '(?:canteen|cafeteria) (?:is |will be )?open',
  '(?:zamawiamy|zamowmy|zamawiam|zamowic|bierzemy) (?:\\p{L}+ )?(?:pizz\\p{L}*|sushi|kebab\\p{L}*|obiad|lunch|jedzenie)',
  '(?:stolowk\\p{L}*|kantyn\\p{L}*) (?:jest |bedzie )?(?:dzis |dzisiaj )?otwart\\p{L}*',
  '(?:заказываем|закажем|заказать|берем) (?:\\p{L}+ )?(?:пицц\\p{L}*|шаурм\\p{L}*|суши|роллы|обед|еду)',
  'кто (?:\\p{L}+ ){0,2}?на обед',
  '(?:idziemy|idzie ktos|wychodzimy|idziecie) (?:\\p{L}+ ){0,3}?na (?:pizz\\p{L}*|obiad|lunch|kebab\\p{L}*)',
  '(?:going|go|heading) (?:out )?for (?:pizza|lunch|sushi)',
  '(?:идем|идём|пойдем|пойдём|идете|идёте) (?:\\p{L}+ ){0,3}?на (?:обед|пиццу|ланч)',
  '(?:our|nasza|наш|наша) (?:google |trustpilot |app store )?(?:rating|ocena|рейтинг|оценка) (?:w|на|in|on) (?:google|trustpilot)',
  // how the asker's day went: "how was your day", "jak minął dzień", "как прошёл день"
  `(?:how was (?:your|ur|the) day|jak (?:ci )?minal (?:ci )?dzien|как (?:у тебя )?прош(?:ел|ла) (?:твои )?день)${END}`,
  // the asker calming down after a hard call (round 151: "how do I calm down before the next call, some breathing
  // trick?", "как быстро успокоиться, чтобы не сорваться"): no entry holds a remedy for the agent's own nerves; not
  // calming a customer down ("how to calm down an angry caller", "jak uspokoić klienta")
  '(?:how (?:do|can|should|could) i|how to|help me|trick to|tips? to|ways? to)(?: quickly| fast)? (?:calm (?:myself )?down|calm myself|de-?stress|chill out|cool off|unwind|decompress)(?! (?:a|an|the|him|her|them|this|that|angry|upset|irate|customers?|callers?|clients?|people)(?![\\p{L}]))',
  'breathing (?:tricks?|exercises?|techniques?)',
  'jak (?:mam |moge )?(?:sie (?:szybko )?uspokoic|(?:szybko )?uspokoic sie|(?:szybko )?ochlonac|sie odstresowac|(?:szybko )?odstresowac sie)',
  '(?:cwiczeni|techni[kc])\\p{L}* oddech\\p{L}*',
  'как (?:мне )?(?:быстро )?(?:успокоиться|прийти в себя|не сорваться|снять стресс|остыть|выдохнуть)',
  'дыхательн\\p{L}* (?:упражнени|техник|практик|трюк)\\p{L}*',
  // the Discord server's own roles, channels and memes (round 152: "who can give me the night-shift role? can't see the
  // #late-queue channel", "jak dostać rolę @Team Lead na tym serwerze", "как получить роль на сервере", "wrzuć mema"):
  // the server's moderators hold them, no entry does
  '(?:give|get|assign|grant|add)(?: me| us)? (?:the |a |that |this )?(?:[\\p{L}\\p{N}_*`-]+ ){0,2}?role(?: on (?:the|this|our) server)?(?= *(?:[?!.,;…]|$))',
  '(?:dostac|dac|dostane|nadac|nadasz|przydzielic|przydziel|daj)(?: mi| komus)? (?:\\p{L}+ ){0,2}?role(?![\\p{L}])',
  '(?:получить|дать|выдать|дайте|выдайте|дай|выдай|назначить|назначьте)(?: мне)? (?:\\p{L}+ ){0,2}?роль(?![\\p{L}])',
  '(?:role|rol\\p{L}*|роль) (?:[\\p{L}\\p{N}_-]+ ){0,3}?(?:on (?:the|this|our) server|na (?:tym |naszym )?serwerze|на (?:этом |нашем )?сервере)',
  "(?:can['’]?t|cannot|don['’]?t) see (?:the |our )?#?[\\p{L}\\p{N}_-]+ channel|nie widze (?:\\p{L}+ )?kanalu|не вижу (?:\\p{L}+ )?канал\\p{L}*",
  // a neighbour's noise or renovation, and what to wear to an interview (round 158: "my neighbour has been drilling
  // walls at 7am", "sąsiad robi remont i wierci od 7 rano", "co założyć na rozmowę"): the asker's own life, no entry's
  "neighbou?rs?(?:['’]s)?(?: [\\p{L}'’]+){0,6}? (?:drill\\p{L}*|renovat\\p{L}*|nois\\p{L}*|bark\\p{L}*|hammer\\p{L}*)",
  'sasiad\\p{L}*(?: [\\p{L}]+){0,6}? (?:wierc\\p{L}*|remont\\p{L}*|halas\\p{L}*|szczek\\p{L}*|stuk\\p{L}*)',
  'сосед\\p{L}*(?: [\\p{L}]+){0,6}? (?:сверл\\p{L}*|ремонт\\p{L}*|шум\\p{L}*|ла[ея]т|стуч\\p{L}*)',
  'what (?:should i |do i |to |can i )?wear (?:to|for|on)',
  'co (?:mam |powinien\\p{L}* )?(?:zalozyc|ubrac)(?: sie)? na',
  'в ч[её]м (?:мне )?(?:идти|пойти) на|что (?:мне )?надеть на',
  // the weather, and sums: no entry knows either ("какая завтра погода", "what is 2+2"); not the idiom "погоды не
  // делает" (it does not matter)
  'weather|pogod\\p{L}*|(?<!не дела\\p{L}* )погод\\p{L}*(?! не дела\\p{L}*)',
  // …rain asked of a day (round 154: "дождь в субботу в Питере будет или нет"), and a series or a film to watch
  // ("посоветуйте какой-нибудь лёгкий сериал на вечер")
  'will it rain|czy bedzie padac|(?:будет (?:ли )?)?дожд(?:ь|и|я)(?: (?:в|на) (?:\\p{L}+ )?(?:субботу|воскресенье|выходные|завтра))',
  '(?:recommend|suggest|any good)(?: me| us)? (?:a |an |some )?(?:light |good |easy )?(?:series|tv show|show|film|movie)s?',
  '(?:polec\\p{L}*|podrzuc\\p{L}*)(?: mi| nam)? (?:\\p{L}+ ){0,2}?(?:serial\\p{L}*|film\\p{L}*)',
  // …or asked which to put on ("jaki film puścić na wieczór zespołu", "what movie should we watch", "какой фильм
  // посмотреть"; round 168)
  '(?:jaki|jakis|ktory) (?:\\p{L}+ )?(?:film|serial)(?: \\p{L}+){0,2}? (?:puscic|obejrzec|wlaczyc)|(?:what|which) (?:film|movie|series)(?: should| could| to)(?: we| i)? (?:watch|put on|show)|как(?:ои|ую|ое)(?:-(?:нибудь|то))? (?:фильм|сериал)(?: \\p{L}+){0,2}? (?:посмотреть|включить|поставить)',
  '(?:посоветуите|посоветуи|порекомендуите|порекомендуи|подскажите)(?: мне| нам)? (?:[\\p{L}-]+ ){0,2}?(?:сериал\\p{L}*|фильм\\p{L}*)',
  "(?:what(?:[’']s| is)|ile (?:to )?(?:jest|bedzie)?|сколько (?:будет)?) *\\d+ *[-+*/x×] *\\d+",
  // where the team's own queue or dashboard is ("где очередь обращений", "where's the ticket queue"): the tool's
  "where(?:['’]s| is| are| do i find| can i find) (?:the |our |my )?(?:ticket |support |chat |call )?(?:queue|dashboard|inbox)",
  'gdzie (?:jest |sa |znajde )?(?:nasz\\p{L}* )?(?:kolejk\\p{L}*|panel\\p{L}*|skrzynk\\p{L}*) (?:zgloszen|ticket\\p{L}*)',
  'где (?:наша |найти |у нас )?(?:очеред\\p{L}*|панел\\p{L}*) (?:обращени\\p{L}*|заяв\\p{L}*|тикет\\p{L}*)',
  // a new hire's own probation period (round 52: "когда у новичков заканчивается испытательный срок?"): HR's rules
  'probation(?:ary)?(?: period)?',
  'okres\\p{L}* probn\\p{L}*',
  'испытательн\\p{L}* срок\\p{L}*',
  'ispytatel\\p{L}* srok\\p{L}*',
  // the team's own policy asked (round 54: "jaka jest nasza polityka refundów, ile dni klient ma na zwrot kasy?",
  // "what's our refund policy"): the company's rules, no entry's; "our returns policy is strict, does it cost us?"
  // asks what the articles say of such a policy
  // the asker's own leeway ("can i give a hotel guest a free upgrade without asking my supervisor?"; round 96)
  '(?:can|may|could) i (?:\\p{L}+ ){1,12}?without (?:asking|checking with|approval from|telling) (?:my |the |a )?(?:supervisor|manager|lead|team lead|boss)',
  '(?:czy )?(?:moge|mozna) (?:\\p{L}+ ){1,12}?bez (?:pytania|zgody|konsultacji z|pytania o zgode) (?:\\p{L}+ )?(?:szef\\p{L}*|kierownik\\p{L}*|przelozon\\p{L}*|lider\\p{L}*)',
  '(?:могу ли я|можно ли|могу я) (?:\\p{L}+ ){1,12}?без (?:согласования|разрешения|спроса) (?:с |у )?(?:\\p{L}+ )?(?:начальник\\p{L}*|руководител\\p{L}*|супервайзер\\p{L}*|тимлид\\p{L}*|старш\\p{L}*)',
  "what(?:['’]s| is| are) our (?:\\p{L}+ ){0,2}?polic(?:y|ies)",
  'jak(?:a|ie) (?:jest |sa )?nasz\\p{L}* (?:\\p{L}+ ){0,2}?polityk\\p{L}*',
  'jak(?:a|ie) (?:mamy|jest u nas|u nas) (?:\\p{L}+ ){0,2}?polityk\\p{L}*',
  'как(?:ая|ие|ои) (?:у нас|наша|наши) (?:\\p{L}+ ){0,2}?политик\\p{L}*',
  // a day or week's date on the calendar (round 56: "when is customer service week this year?", "kiedy jest
  // miedzynarodowy tydzien obslugi klienta?"): no entry holds a calendar
  "when(?:['’]s| is| does| do)(?: the| our| this year['’]?s)? (?:\\p{L}+ ){0,4}?(?:week|day|month|holiday)(?: (?:this|next) year| start| begin| fall| take place)?(?= *(?:[?!.,;…]|$))",
  'kiedy (?:jest|wypada|przypada|obchodzimy|mamy|bedzie)(?: w tym roku)? (?:\\p{L}+ ){0,4}?(?:tydzien|dzien|swiet\\p{L}*)',
  'когда (?:будет|проходит|отмечают|отмечается|празднуют|наступает|у нас)(?: в этом году)? (?:\\p{L}+ ){0,4}?(?:недел\\p{L}*|день|праздник\\p{L}*)',
  'когда (?:в этом году )?(?:международн\\p{L}* |всемирн\\p{L}* )?(?:недел\\p{L}*|день|праздник\\p{L}*)',
  // a tool's keyboard shortcut (round 57: "shortcut to transfer call to supervisor", "skrot klawiszowy zamkniecie
  // ticketu"): the tool's help holds it, no entry does
  '(?:keyboard )?(?:shortcuts?|hotkeys?)',
  'skrot\\p{L}* klawiszow\\p{L}*',
  '(?:горяч\\p{L}* клавиш\\p{L}*|сочетани\\p{L}* клавиш|хотке\\p{L}*)',
  // the workplace's own logistics (rounds 128-129: "is the back car park closed again", "which floor is support moving
  // to after the office move", "czy na nowym parkingu będą miejsca", "przenoszą się stanowiska do nowego biura"): the
  // office's notices hold them, no entry does
  '(?:the |our |back |front )car ?park|(?:parking|parkign) (?:spots?|spaces?)(?= (?:at|for|on|in) (?:the|our) (?:new |office|site|building))|where (?:r|are) we (?:supposed to )?park',
  '(?:the|our) office move|(?:move|moving) (?:to )?the new office|pack (?:our|my) (?:own )?desks?',
  'miejsc\\p{L}* parkingow\\p{L}* dla|(?:na )?nowym parkingu|parking\\p{L}* pod biurem|wjazd na parking',
  '(?:przeprowadzk\\p{L}*|przenosin\\p{L}*|przenosza sie) (?:\\p{L}+ ){0,4}?(?:do )?nowego biura',
  'парковк\\p{L}* (?:у|возле|около|рядом с) офис\\p{L}*|переезд\\p{L}* (?:в )?нов(?:ый|ом) офис\\p{L}*|parkovk\\p{L}* u ofisa',
  // …the shift rota's file, the meeting's room, the money for the team's outing (round 134: "who has the link to the new
  // summer shift rota sheet", "which room is the Q3 planning meeting in", "kto zbiera kasę na wyjście na kręgle")
  '(?:link|file|sheet|doc)s? (?:to |for )?(?:the |our )?(?:\\p{L}+ ){0,3}?(?:shift )?(?:rota|roster)|(?:shift )?(?:rota|roster) (?:sheet|file|link|doc)\\p{L}*',
  '(?:link|plik) (?:do |z )?(?:\\p{L}+ ){0,2}?grafik\\p{L}*|(?:ссылк\\p{L}*|фаил) (?:на )?(?:\\p{L}+ ){0,2}?график\\p{L}*',
  '(?:which|what) room (?:is )?(?:the )?(?:[\\p{L}\\p{N}]+ ){0,3}?(?:meeting|standup|planning|huddle|retro)',
  'w (?:ktorej|jakiej) sali (?:\\p{L}+ ){0,3}?(?:spotkanie|planowanie|zebranie)|в (?:какои|которои) (?:переговорке|комнате|аудитории) (?:\\p{L}+ ){0,3}?(?:планерк|встреч|собрани)\\p{L}*',
  'who(?: is)? collect\\p{L}* (?:the )?(?:money|cash|names)|kto zbiera (?:kase|pieniadze|zapisy|kasiore)|кто собирает (?:деньги|на)',
  '(?:team )?(?:bowling|night out|away ?day)|wyjsci\\p{L}* integracyjn\\p{L}*|kregle|корпоратив(?:а|е|ом|у|ы)?|тимбилдинг\\p{L}*',
  // …the asker's own studies (round 167: "when's the resit exam for the module?", "how do I cite a web article with no
  // date in APA 7th?", "do której otwarta biblioteka?", "какой антиплагиат берёт вуз?"): the school's timetable, a citation
  // style and a library's hours are no entry's
  "(?:resit|re-sit|retake|exam|exams)(?: [\\p{L}-]+){0,3}? (?:timetable|schedule|dates?)|when(?:['’]s| is| does) (?:the |my |our )?(?:[\\p{L}-]+ ){0,3}?(?:resit|re-sit|retake|exam)",
  '(?:how (?:do|should|can|would) (?:i|we|you) |how to )(?:cite|reference|format)(?: [\\p{L}\\p{N}.-]+){0,10}? (?:in|under|using|per) (?:apa|mla|harvard|chicago)|apa 7(?:th)?',
  'plagiarism (?:checker|check|software|scan)|antyplagiat\\p{L}*|антиплагиат\\p{L}*',
  '(?:library|bibliotek\\p{L}*|библиотек\\p{L}*)(?: \\p{L}+){0,3}? (?:open|opening hours|hours|closes?|otwart\\p{L}*|czynn\\p{L}*|работает|открыт\\p{L}*)|(?:do|od) (?:ktorej|jakiej godziny) (?:\\p{L}+ ){0,3}?bibliotek\\p{L}*|(?:godziny otwarcia|часы работы) (?:\\p{L}+ ){0,2}?(?:bibliotek|библиотек)\\p{L}*',
  'egzamin\\p{L}* poprawkow\\p{L}*|poprawk\\p{L}* (?:z )?egzamin\\p{L}*|harmonogram\\p{L}* (?:sesji|egzamin\\p{L}*)|пересдач\\p{L}*|расписани\\p{L}* (?:экзамен|сесси)\\p{L}*',
  'jak (?:\\p{L}+ ){0,2}?(?:zacytowac|zapisac w bibliografii|sformatowac przypis\\p{L}*)|(?:в|по) госту|как (?:\\p{L}+ ){0,2}?оформить (?:ссылк|сноск|список литератур)\\p{L}*',
  // …the team's own laptop, a colleague's birthday card, a parking spot (round 169: "my work laptop is stuck on the
  // logo screen", "laptop służbowy nie chce się włączyć", "ноут не включается", "what to write in Marta's birthday
  // card", "who do I ask about a parking spot"): the office's, no entry's
  "(?:my|our|work|office|team)(?: work| office)? (?:laptop|computer|pc)(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:is )?(?:stuck|frozen|won['’]?t (?:start|boot|turn on)|doesn['’]?t (?:start|boot|turn on)|not (?:starting|booting|turning on))",
  '(?:(?:moj|nasz)\\p{L}* )?(?:laptop|komputer)\\p{L}* (?:sluzbow|firmow|w pracy)\\p{L}*(?: \\p{L}+){0,3}? nie (?:chce (?:sie )?)?(?:wlacz\\p{L}*|uruchom\\p{L}*)|(?:ноут|ноутбук|компьютер|комп)\\p{L}* (?:на работе|рабоч\\p{L}*)(?: \\p{L}+){0,3}? не (?:включа\\p{L}*|запуска\\p{L}*|загружа\\p{L}*)|(?:мои|рабочии) (?:ноут|ноутбук|компьютер|комп)\\p{L}*(?: \\p{L}+){0,3}? не (?:включа\\p{L}*|запуска\\p{L}*|загружа\\p{L}*)',
  'birthday card|kartk\\p{L}* (?:urodzinow\\p{L}*|na urodziny)|открытк\\p{L}* (?:на|ко) (?:день рождения|др)',
  'parking (?:spot|space|place)s?|miejsc\\p{L}* (?:parkingow\\p{L}*|na parkingu)|(?:парковочн\\p{L}*|машино)[ -]?мест\\p{L}*|мест\\p{L}* на парковке',
  // …a team outing planned (round 164: "a team hike for Saturday", "go-karting with the QA team, who's in?")
  '(?:team )?(?:hike|hiking)|(?:a |the )?(?:beginner[- ]friendly )?(?:hiking )?trail|go[- ]?kart\\p{L}*|karting|paintball|escape room|gokart\\p{L}*|wypad\\p{L}* (?:w gory|na gokarty)|картинг\\p{L}*|поход (?:в горы|командои)',
  // …a lost badge and a forgotten password to the team's own tools (round 140: "zgubiłam identyfikator do biura, komu to
  // zgłosić?", "забыл пароль от платформы с обучением", "ne mogu zajti na platformu, parol ne podhodit")
  '(?:lost|misplaced|forgot|left) (?:my |the |our )?(?:office |access |id |staff |security )?(?:badge|id card|access card|key ?card)',
  "i (?:forgot|lost|can't remember|cant remember) (?:my |the )?(?:\\p{L}+ )?password|my password (?:doesn't|doesnt|does not|won't|wont) work|i can(?:'|no)?t log ?in",
  'zgubi\\p{L}* (?:\\p{L}+ ){0,2}?(?:identyfikator\\p{L}*|kart\\p{L}* dostepu|przepustk\\p{L}*)',
  'zapomnia(?:lem|lam) (?:\\p{L}+ ){0,2}?hasl\\p{L}*|haslo (?:\\p{L}+ )?nie (?:dziala|pasuje)|nie moge sie zalogowac',
  '(?:потерял|потеряла|забыл|забыла) (?:\\p{L}+ ){0,2}?(?:пропуск\\p{L}*|беидж\\p{L}*|карт\\p{L}* доступа)',
  '(?:забыл|забыла) (?:\\p{L}+ ){0,2}?парол\\p{L}*|парол\\p{L}* не подходит|не могу (?:заити|воити|залогиниться)',
  'parol\\p{L}* ne podhodit|ne mogu (?:zajti|zaiti|voiti|vojti)|zabyl\\p{L}* parol\\p{L}*',
  // a translation into a language no article is written in (translation-asks.ts)
  ...TRANSLATION_ELSEWHERE,
  // a keyboard layout to install ("какую раскладку поставить", "which keyboard layout"; round 141)
  'keyboard layout|uklad\\p{L}* klawiatury|раскладк\\p{L}*|raskladk\\p{L}*',
  // how the bot itself is, the clause ending there ("how are you supposed to…" asks something else)
  `how are (?:you|u|ya)(?: doing| holding up)?(?: today| bot)?${END}`,
  `are (?:you|u) (?:tired|ok|okay|bored|alive)${END}`,
  // not "brać wszystko jak leci" (take everything as it comes; round 126)
  `(?:jak si[ęe] (?:masz|czujesz)|(?<!(?:wszystko|wszystkie|wszystkich|co|kto|po kolei) )jak leci|(?:nie )?jeste[śs] zm[ęe]czon\\p{L}*)${END}`,
  `(?:как (?:у тебя )?дела|ты (?:сам )?как|ты (?:сам )?не устал\\p{L}*)${END}`,
  // how the bot likes it here ("как тебе тут, не скучно?"; round 101)
  `(?:как тебе (?:тут|здесь|у нас)|тебе (?:тут |здесь )?не скучно|не скучно тебе|jak ci (?:tu|u nas)|how do you like it here)${END}`,
]);

/** Letters every phrasing holds: most questions are passed over by this alone. */
const HINT =
  /neighbo|sasiad|сосед|wear|zaloz|ubrac|в чем|в чём|надеть|will it rain|padac|дожд|recommend|suggest|any good|polec|podrzuc|film|movie|serial|фильм|сериал|посовет|порекоменд|подскаж|role|роль|server|serwer|сервер|t see|widze|вижу|meme|mema|memy|memow|мем|calm|breath|de-?stress|chill|cool off|unwind|decompress|uspok|ochlon|odstres|oddech|успоко|прийти в себя|сорват|стресс|остыть|выдохн|дыхат|layout|uklad|раскладк|raskladk|lost|misplac|forgot|left|password|log ?in|zgubi|zapomnia|hasl|zaloguj|потерял|забыл|парол|не могу|parol|ne mogu|link|sheet|room|sali|переговорк|комнат|аудитори|collect|zbiera|собира|bowling|night out|away|integrac|resit|re-sit|retake|exam|egzamin|пересдач|экзамен|cite|reference|format|apa|plagiar|plagiat|плагиат|library|bibliotek|библиотек|cytowa|bibliograf|przypis|госту|оформить|hik|trail|laptop|computer|pc|komputer|ноут|компьютер|комп|birthday|urodzin|открытк|parking|парковк|парковочн|машино|kart|paintball|escape room|wypad|картинг|поход|kregl|kręgl|корпоратив|тимбилдинг|probation|probn|испытат|ispytat|park|парков|office|biur|офис|shift|rota|meeting|standup|stand-up|huddle|dyzur|zmian|urlop|grafik|график|смен|субботу|воскресенье|выходные|планерк|созвон|собрани|митинг|стендап|cv|resume|résumé|zyciorys|резюме|joke|funny|kawa|dowcip|zart|suchar|анекдот|шутк|пошути|how are|are you|are u|jak si|jak leci|zmeczon|дела|ты сам|ты как|устал|как тебе|скучно|jak ci|like it here|raise|promotion|salary|podwyzk|awans|повышени|прибавк|надбавк|polic|polityk|политик|without|bez |без |when|kiedy|когда|shortcut|hotkey|skrot|клавиш|хоткe|хотке|working|on duty|kto|off|wolne|отгул|выходн|отпуск|weather|pogod|погод|\d *[-+*/x×] *\d|queue|dashboard|inbox|kolejk|panel|skrzynk|очеред|панел|many|ile|сколько|new|nowy|nowa|новеньк|break|przerw|перерыв|lunch|obiad|обед|pizz|пицц|шаурм|sushi|суши|kebab|canteen|cafeteria|stolowk|kantyn|rating|ocena|рейтинг|оценка|day|dzien|день/u;

/** The languages of a translation asked (translation-asks.ts): a second hint, its letters kept with its phrasings. */
const TRANSLATION = new RegExp(TRANSLATION_HINT, 'u');

/** Today or tomorrow, as a short question's anchor: "кто сегодня работает", "czy dzisiaj jest spotkanie". */
const TODAY = /(?<![\p{L}])(?:today|tonight|tomorrow|dzis|dzisiaj|jutro|сегодня|завтра)(?![\p{L}])/u;
/** At most this many words: a longer question around "today" tells a story ("a customer called today…"). */
const SHORT = 6;

/**
 * A meme asked for, rated or traced ("wrzuć mema", "where does the 'this is fine' meme come from?"), not one told
 * of before the ask ("Someone replied with the United meme. What did that incident cost United?"; round 166).
 */
const MEME = wholePhrases(['memes?|mema|memy|memow|мем(?:а|ы|ов|чик\\p{L}*)?']);

/** The text without the sentences told (ended by a full stop) before a question's last asking sentence. */
function withoutToldSentences(folded: string): string {
  const asked = folded.lastIndexOf('?');
  if (asked < 0) return folded;
  const sentences = folded.slice(0, asked + 1).split(/(?<=[.!?])\s+/u);
  return (
    sentences.filter((s, i) => i === sentences.length - 1 || !s.endsWith('.')).join(' ') +
    folded.slice(asked + 1)
  );
}

/**
 * Whether the question asks the bot for a joke or how it is, or the team's own day (folded text). A short question
 * anchored on today or tomorrow ("что сегодня делаем", "is there a meeting today", "kto dziś odbiera telefony") asks the
 * day's plan, which no entry holds: the entries are undated advice and findings.
 */
export function asksChitChat(folded: string): boolean {
  if (TODAY.test(folded) && (folded.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SHORT) return true;
  if (!HINT.test(folded) && !TRANSLATION.test(folded)) return false;
  return CHIT_CHAT.test(folded) || MEME.test(withoutToldSentences(folded));
}
