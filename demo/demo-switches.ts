/**
 * The demo's switches in the page header: language, theme, policy preset,
 * adapter and faults. Choices are kept in `localStorage`, so a reload keeps
 * them. Each switch writes the shared state, the provider, or the backend.
 */
import type { LifecycleProvider } from '../src/elements/lifecycle-provider/lifecycle-provider.js';
import { isPresetName } from '../src/rules/policy.js';
import { FAULT_CHOICES, type AdapterKind, type DemoBackend, type FaultChoice, type FaultScope } from './demo-adapter.js';
import { store } from './demo-state.js';
import { applyTheme, toTheme, type Theme } from './demo-theme.js';
import { demoText, loadKitText, translatePage, type DemoLang } from './demo-text.js';

const STORAGE_KEY = 'customer-lifecycle-kit-demo';

interface Settings {
  lang: DemoLang;
  theme: Theme;
  preset: string;
  adapter: AdapterKind;
  fault: FaultChoice;
  scope: FaultScope;
}

function saved(): Partial<Settings> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

function save(settings: Settings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be off (private mode): the switches still work for this visit.
  }
}

const select = (id: string) => document.querySelector<HTMLSelectElement>(`#${id}`)!;

async function applyLang(lang: DemoLang): Promise<void> {
  document.documentElement.lang = lang;
  translatePage(lang);
  await loadKitText(lang).catch(() => undefined);
  store.set({ lang });
}

/** Wires the switches; resolves once the first adapter is in place. */
export async function setUpSwitches(backend: DemoBackend, provider: LifecycleProvider): Promise<void> {
  const s = saved();
  const lang = select('lang');
  const theme = select('theme');
  const preset = select('preset');
  const adapter = select('adapter');
  const fault = select('fault');
  const scope = select('fault-scope');
  const http = adapter.querySelector<HTMLOptionElement>('option[value="http"]')!;
  http.disabled = !backend.httpAvailable;
  if (!backend.httpAvailable) http.dataset['text'] = 'adapterHttpMissing';

  const pick = (el: HTMLSelectElement, value: string | undefined) => {
    if (value && [...el.options].some((o) => o.value === value && !o.disabled)) el.value = value;
  };
  pick(lang, s.lang);
  pick(theme, s.theme);
  pick(preset, s.preset);
  pick(adapter, backend.httpAvailable ? s.adapter : 'memory');
  pick(fault, s.fault);
  pick(scope, s.scope);

  const current = (): Settings => ({
    lang: lang.value === 'es' ? 'es' : 'en',
    theme: toTheme(theme.value),
    preset: preset.value,
    adapter: adapter.value === 'http' ? 'http' : 'memory',
    fault: FAULT_CHOICES.find((f) => f === fault.value) ?? 'none',
    scope: scope.value === 'reads' || scope.value === 'changes' ? scope.value : 'all',
  });
  const faultsApply = () => {
    const onHttp = current().adapter === 'http';
    fault.disabled = !onHttp;
    scope.disabled = !onHttp;
  };

  const applyPreset = (name: string) => {
    if (!isPresetName(name)) return;
    backend.memory.setPolicy(name);
    provider.preset = name;
    store.set({ preset: name });
  };
  const applyAdapter = async (kind: AdapterKind) => {
    const note = document.querySelector<HTMLElement>('#adapter-note')!;
    let a;
    try {
      a = await backend.use(kind);
      note.textContent = '';
    } catch (error) {
      // The service worker could not start (a plain-http page, say): the page goes on with Memory.
      console.warn('The HTTP adapter could not start; using the memory adapter.', error);
      note.textContent = demoText(current().lang).adapterFailed;
      adapter.value = 'memory';
      a = await backend.use('memory');
    }
    provider.adapter = a;
    store.set({ adapter: a });
    faultsApply();
  };
  const applyFault = () => backend.setFault(current().fault, current().scope);

  lang.addEventListener('change', () => void applyLang(current().lang).then(() => save(current())));
  theme.addEventListener('change', () => (applyTheme(current().theme), save(current())));
  preset.addEventListener('change', () => (applyPreset(preset.value), save(current())));
  adapter.addEventListener('change', () => void applyAdapter(current().adapter).then(() => save(current())));
  fault.addEventListener('change', () => (applyFault(), save(current())));
  scope.addEventListener('change', () => (applyFault(), save(current())));

  const first = current();
  applyTheme(first.theme);
  applyPreset(first.preset);
  applyFault();
  await applyLang(first.lang);
  await applyAdapter(first.adapter);
}
