/**
 * Keeps the questionnaire's answers in the browser (localStorage) while they are given, so a reload
 * or a lost connection loses nothing; the report page clears them. The forms work without it.
 */
const PREFIX = 'diagnostic:';

function read(key: string): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-diagnostic-store]')) {
  const key = form.dataset.diagnosticStore!;
  const saved = read(key);
  for (const [name, value] of Object.entries(saved)) {
    const group = form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(name)}"]`);
    if ([...group].some((i) => i.checked)) continue;
    for (const input of group) if (input.value === value) input.checked = true;
  }
  form.addEventListener('change', () => {
    const data: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked'))
      data[input.name] = input.value;
    try {
      localStorage.setItem(key, JSON.stringify(data));
    } catch {
      // Storage full or refused: the form still works.
    }
  });
  for (const note of form.querySelectorAll<HTMLElement>('.diagnostic-local')) note.hidden = false;
}

if (document.querySelector('[data-diagnostic-done]')) {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) localStorage.removeItem(k);
  }
}
