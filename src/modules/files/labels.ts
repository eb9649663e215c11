const KIND_LABELS: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  pptx: 'PowerPoint (PPTX)',
  xlsx: 'Excel (XLSX)',
  png: 'PNG',
  jpeg: 'JPEG',
  csv: 'CSV',
  txt: 'TXT',
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind.toUpperCase();

/** 1.5 MB, 320 KB, 12 B: sizes as a reader expects them, the same in both languages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
