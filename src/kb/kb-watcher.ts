// Watches the knowledge-base folder and reloads after edits settle (KB_WATCH=1).
import { watch, type FSWatcher } from 'node:fs';

/** Calls `onChange` once changes to *.json files have been quiet for `debounceMs` (editors write in bursts). */
export function watchKnowledgeBase(dir: string, onChange: () => void, debounceMs = 500): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, (_event, file) => {
    if (file && !String(file).endsWith('.json')) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
