/* global window, document */
// The strict page's probe button: page code (not the test driver's evaluation, which the browser
// lets through) tries an HTML string sink and eval, to show the policy is in force and reported.
const refused = (fn) => {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
};
document.getElementById('probe').addEventListener('click', () => {
  window.__probe = {
    html: refused(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }),
    eval: refused(() => new Function('return 1')),
  };
});
