// The asker's own plan for a coming period ("we're thinking of hiring mystery shoppers next year", "w przyszłym roku
// chcemy wprowadzić…", "в документ стратегии на следующий год", "Planning note for 2025", "robię prognozę"): when the
// answer will be used, not a forecast or a later period asked of the articles' figures (detail-asks.ts reads those
// on what is left). Hand-written: a few phrasings per language on folded text (no diacritics, й as и).
import { wholePhrases } from './word-bounds.js';

/** A coming year, said in each language. */
const COMING_YEAR =
  "(?:(?:next|coming|new) year(?:['’]?s)?|w (?:przyszlym|nastepnym|kolejnym|nowym) roku|na (?:przyszly|nastepny|kolejny|nowy) rok|(?:в|на) (?:следующем|следующии|будущем|будущии|новом|новыи) (?:году|год)|(?:v|na) (?:sleduyushch\\p{L}*|budushch\\p{L}*|novom|novyi) (?:godu|god))";
/** Up to ten words between the asker's intent and the year. */
const WORDS = "(?:[\\p{L}\\p{N}'’-]+ ){0,10}?";

const OWN_PLAN = wholePhrases(
  [
    // the plan's own words before the year ("want ammo for more staff next year", "argument za etatem w przyszłym
    // roku", "бюджет на следующий год"; round 80), its measures or start ("собираю показатели на следующий год",
    // "start tracking NPS next year"; round 92), a strategy or priority written for it (round 106)
    `(?:ammo|argument\\p{L}*|budget\\p{L}*|budzet\\p{L}*|headcount|hires?|hiring|staff|staffing|plan\\p{L}*|zatrudni\\p{L}*|etat\\p{L}*|rekrutac\\p{L}*|бюджет\\p{L}*|найм\\p{L}*|штат\\p{L}*|план\\p{L}*|аргумент\\p{L}*|kpis?|metrics|targets?|goals?|wskaznik\\p{L}*|cele|celow|priorytet\\p{L}*|priorit\\p{L}*|strateg\\p{L}*|стратеги\\p{L}*|документ\\p{L}*|dokument\\p{L}*|приоритет\\p{L}*|показател\\p{L}*|метрик\\p{L}*|цели|цель|start|starting|begin|zaczac|zaczniemy|начать|начнем) (?:\\p{L}+ ){0,4}?${COMING_YEAR}`,
    // the asker's or the team's intent, then the year ("we're thinking of hiring mystery shoppers … next year",
    // "chcemy wprowadzić … w przyszłym roku", "хотим в следующем году увеличить бюджет")
    `(?:we|we're|were|we'd|i|i'm|im|i'd|team|they) (?:[\\p{L}'’-]+ ){0,3}?(?:want|wants|plan|plans|planning|think|thinking|intend|hope|aim|going|like|need|needs|considering|switching|moving|launching|introducing|rolling|starting|opening|adding) ${WORDS}${COMING_YEAR}`,
    `(?:chcemy|chce|planujemy|planuje|zamierzamy|myslimy|bedziemy|wprowadzamy|wprowadzimy|zakladamy|chcialbym|chcialabym|chcielibysmy) ${WORDS}${COMING_YEAR}`,
    `(?:хотим|хочу|планируем|планирую|собираемся|будем|вводим|введем|заложить|закладываем|думаем|hotim|hochu|planiruem|sobiraemsya) ${WORDS}${COMING_YEAR}`,
    `${COMING_YEAR} (?:[\\p{L}-]+ ){0,3}?(?:we want|we plan|we're|we are|the team wants|chcemy|chce|planujemy|zamierzamy|wprowadzamy|wprowadzimy|bedziemy|хотим|хочу|планируем|собираемся|будем|вводим|введем|hotim|planiruem)`,
    // what to change or do better in it ("co zmienić w przyszłym roku", "żeby w przyszłym roku było lepiej")
    `(?:change|improve|fix|better|zmieni\\p{L}*|zrobi\\p{L}*|poprawi\\p{L}*|lepiej|измени\\p{L}*|улучши\\p{L}*|сделать|лучше) (?:[\\p{L}-]+ ){0,3}?${COMING_YEAR}`,
    `${COMING_YEAR} (?:[\\p{L}-]+ ){0,2}?(?:better|lepiej|bylo lepiej|лучше|было лучше)`,
    // "For next year the returns team wants…", "на следующий год:": the plan's heading
    `for (?:the )?${COMING_YEAR}`,
    // "the assumptions for next year's shift plan" (round 85)
    `(?:next|coming) year(?:['’]?s)? (?:\\p{L}+ ){0,2}?(?:plan|plans|planning|budget|headcount|roster|schedule|rota)`,
    // a plan's heading with its year ("Planning note for 2025", "Budget fight for 2025", "strategia na 2026")
    '(?:plan\\p{L}*|budget\\p{L}*|note|notes|strateg\\p{L}*|roadmap|kpis?|okrs?|priorit\\p{L}*|fight|kick-?off|budzet\\p{L}*|priorytet\\p{L}*|план\\p{L}*|бюджет\\p{L}*|стратеги\\p{L}*) (?:\\p{L}+ ){0,2}?(?:for|na|на) 20\\d\\d',
    // a target set for a year ("a target for calls answered on the first try in 2025"; round 106)
    '(?:targets?|goals?|cel|celu|celem|цель|цели|цел\\p{L}*) (?:[\\p{L}\\p{N}-]+ ){0,8}?(?:for|in|na|w|на|в) 20\\d\\d',
    // the asker's own forecast ("robię prognozę absencji na III kwartał", "I'm building a forecast"; round 78)
    '(?:robie|robimy|przygotowuje|przygotowujemy|szykuje|tworze|licze|making|doing|preparing|building|working on|делаю|готовлю|составляю|строю) (?:\\p{L}+ )?(?:prognoz\\p{L}*|forecasts?|прогноз\\p{L}*)',
  ],
  'gu',
);

/** The folded question without the asker's own plans for a coming period (see the module's comment). */
export function withoutOwnPlans(folded: string): string {
  return folded.replace(OWN_PLAN, ' ');
}
