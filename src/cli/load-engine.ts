// Loads the knowledge base of KB_DIR for the command-line tools, or exits with every problem listed.
import { AnswerEngine } from '../answer/answer-engine.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { localeToLang } from '../answer/answer-question.js';
import { catalog } from '../i18n/catalog.js';
import { kbProblemLine } from '../render/kb-problem-text.js';
import { configOrExit } from './config-or-exit.js';

/** Problems are listed in the operator's language (LC_ALL, LC_MESSAGES or LANG; English otherwise). */
export async function loadEngineOrExit(dir?: string): Promise<AnswerEngine> {
  const config = configOrExit();
  const folder = dir ?? config.KB_DIR;
  const result = await loadKnowledgeBase(folder);
  if (!result.ok) {
    const lang = localeToLang(config.CONSOLE_LOCALE) ?? 'en';
    console.error(catalog(lang).cli.kbInvalidSeeValidate(folder));
    for (const problem of result.problems.slice(0, 20)) console.error(`  - ${kbProblemLine(problem, lang)}`);
    process.exit(1);
  }
  return new AnswerEngine(result.kb);
}
