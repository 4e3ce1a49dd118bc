// Reads the times admins type ("9", "9:30", "09.30") as "HH:MM"; anything else is left for the schema to reject.
export function normalizeTime(input: string): string {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?$/.exec(input.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}` : input.trim();
}
