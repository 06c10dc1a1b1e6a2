// The demo page. Until the elements land it shows the policy presets the
// rules module offers.
import { PRESETS, PRESET_NAMES } from '../src/rules/policy.js';

const main = document.querySelector('main');
if (main) {
  const list = document.createElement('dl');
  for (const name of PRESET_NAMES) {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = JSON.stringify(PRESETS[name]);
    list.append(dt, dd);
  }
  main.replaceChildren(list);
}
