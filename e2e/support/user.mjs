// The two ways a person drives the demo, behind one set of steps, so that each
// journey is written once and runs by mouse and by keyboard alone.
//
// - The mouse user clicks, and types into the field it clicked. A native
//   drop-down is chosen with selectOption and a date field emptied with fill,
//   as no mouse can reach the browser's own popups.
// - The keyboard user only presses keys on `page.keyboard`: Tab / Shift+Tab
//   until the control has focus, then Enter, Space, arrows, Escape or typing.
//   It never clicks and never calls focus().
/* global document */
import { describeFocus, expectFocused, isFocused, until } from './wait.mjs';

/** How many Tab presses the keyboard user tries before giving up on reaching a control. */
const MAX_TABS = 150;

class MouseUser {
  kind = 'mouse';

  constructor(page) {
    this.page = page;
  }

  /** Presses a button, follows a link, chooses an enabled menu item. */
  async press(target) {
    await target.click();
  }

  /** Ticks or unticks a checkbox, or flips a switch. */
  async toggle(target) {
    await target.click();
  }

  /** Types into a text field. */
  async type(target, text) {
    await target.click();
    await this.page.keyboard.type(text);
  }

  /** Replaces what a text field holds (select all, then type). */
  async retype(target, text) {
    await target.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /** Empties a date field. */
  async clear(target) {
    await target.fill('');
  }

  /** Chooses the option labelled `label` of a native drop-down. */
  async select(target, label) {
    await target.selectOption({ label });
  }

  /** Selects a tab of a WAI-ARIA tab list. */
  async pickTab(_tablist, tab) {
    await tab.click();
  }

  /** Chooses a radio of a radio group. */
  async pickRadio(_group, radio) {
    await radio.click();
  }

  /** Opens a menu button's menu. */
  async openMenu(button) {
    await button.click();
  }

  /** Chooses a menu item of the open menu. */
  async chooseItem(item) {
    await item.click();
  }

  /** Clicks a control that is disabled (or aria-disabled), as a user may: nothing should happen. */
  async tryDisabled(target) {
    await target.click({ force: true });
  }

  /** Closes the open menu without choosing. */
  async closeMenu(button) {
    await button.click();
  }
}

class KeyboardUser {
  kind = 'keyboard';

  constructor(page) {
    this.page = page;
  }

  /** Whether `target` comes before the focused element in the page (shadow trees included). */
  precedesFocus(target) {
    return target.evaluate((el) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return false;
      const order = [];
      const walk = (root) => {
        for (const child of root.children) {
          order.push(child);
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      };
      walk(document.documentElement);
      return order.indexOf(el) < order.indexOf(active);
    });
  }

  /** Presses Tab (or Shift+Tab, when the control comes earlier) until `target` has focus. */
  async focus(target) {
    await target.waitFor();
    if (await isFocused(target)) return;
    const key = (await this.precedesFocus(target)) ? 'Shift+Tab' : 'Tab';
    const seen = [];
    for (let i = 0; i < MAX_TABS; i++) {
      await this.page.keyboard.press(key);
      if (await isFocused(target)) return;
      seen.push(await describeFocus(this.page));
    }
    throw new Error(`${key} never reached ${target}; focus went through ${[...new Set(seen)].slice(0, 12).join(', ')}`);
  }

  async press(target) {
    await this.focus(target);
    await this.page.keyboard.press('Enter');
  }

  async toggle(target) {
    await this.focus(target);
    await this.page.keyboard.press('Space');
  }

  async type(target, text) {
    await this.focus(target);
    await this.page.keyboard.type(text);
  }

  async retype(target, text) {
    await this.focus(target);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /** A date input: Tab lands on its first part; Backspace empties that part, and with it the value. */
  async clear(target) {
    await this.focus(target);
    await this.page.keyboard.press('Backspace');
  }

  /** A closed native drop-down takes the arrow keys: one step per option. */
  async select(target, label) {
    await this.focus(target);
    const { from, to } = await target.evaluate((select, wanted) => ({
      from: select.selectedIndex,
      to: [...select.options].findIndex((o) => o.label === wanted || o.textContent.trim() === wanted),
    }), label);
    if (to < 0) throw new Error(`${target} has no option "${label}"`);
    for (let i = from; i !== to; i += to > from ? 1 : -1) await this.page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }

  /** Tab reaches the selected tab (the list's one tab stop); the arrows move the selection. */
  async pickTab(tablist, tab) {
    await this.arrowTo(tablist.getByRole('tab', { selected: true }), tab, 'ArrowRight');
  }

  /** Tab reaches the checked radio (the group's one tab stop); the arrows check the next. */
  async pickRadio(group, radio) {
    await this.arrowTo(group.getByRole('radio', { checked: true }), radio, 'ArrowDown');
  }

  async arrowTo(current, target, key) {
    await this.focus(current);
    for (let i = 0; i < 12 && !(await isFocused(target)); i++) await this.page.keyboard.press(key);
    await expectFocused(this.page, target, `${target}`);
  }

  /** Enter on the menu button opens the menu with its first item focused. */
  async openMenu(button) {
    await this.focus(button);
    await this.page.keyboard.press('Enter');
    await until(this.page, async () => (await button.getAttribute('aria-expanded')) === 'true', `${button} should open its menu`);
  }

  /** ArrowDown through the open menu to the item, then Enter. */
  async chooseItem(item) {
    await item.waitFor();
    for (let i = 0; i < 10 && !(await isFocused(item)); i++) await this.page.keyboard.press('ArrowDown');
    await expectFocused(this.page, item, `${item}`);
    await this.page.keyboard.press('Enter');
  }

  /** A disabled menu item still takes focus (aria-disabled), and Enter on it; a disabled control is not reached by Tab at all. */
  async tryDisabled(target) {
    if ((await target.getAttribute('role')) === 'menuitem') await this.chooseItem(target);
  }

  /** Escape closes the menu; focus goes back to its button. */
  async closeMenu(button) {
    await this.page.keyboard.press('Escape');
    await expectFocused(this.page, button, 'the menu button after Escape');
  }
}

/** The user for `input` ('mouse' or 'keyboard') on `page`. */
export function createUser(page, input) {
  return input === 'keyboard' ? new KeyboardUser(page) : new MouseUser(page);
}
