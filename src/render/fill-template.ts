// Fills "{name}" placeholders of a reply text; an absent parameter leaves nothing.
export function fillTemplate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
