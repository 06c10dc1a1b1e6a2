// The demo CRM page: the kit's provider around the host's own customer table,
// all running in the browser on the embedded memory adapter (generated data,
// a little simulated latency). Switches change the language and the policy.
import '../src/elements/lifecycle-provider/define.js';
import '../src/elements/customer-status-badge/define.js';
import '../src/elements/inactive-filter/define.js';
import '../src/elements/deactivate-dialog/define.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { isPresetName } from '../src/rules/policy.js';
import './demo-customers.js';
import { translatePage, type DemoLang } from './demo-text.js';

const adapter = createMemoryAdapter({ count: 50, seed: 7, latency: { min: 120, max: 450 } });
const provider = document.querySelector('lifecycle-provider')!;
const table = document.querySelector('demo-customers')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const presetSelect = document.querySelector<HTMLSelectElement>('#preset')!;

provider.adapter = adapter;
provider.actor = { id: 'u-demo', name: 'Ana Torres' };
table.adapter = adapter;

function setLang(lang: DemoLang): void {
  document.documentElement.lang = lang;
  table.language = lang;
  translatePage(lang);
}

function setPreset(name: string): void {
  if (!isPresetName(name)) return;
  provider.preset = name;
  adapter.setPolicy(name);
}

langSelect.addEventListener('change', () => setLang(langSelect.value === 'es' ? 'es' : 'en'));
presetSelect.addEventListener('change', () => setPreset(presetSelect.value));
setLang(langSelect.value === 'es' ? 'es' : 'en');
setPreset(presetSelect.value);
