/**
 * Hostile strings for the hardening tests, and what the tests look for after
 * rendering them. Every payload that would run script if the kit ever parsed
 * it as markup (or evaluated it as a template or URL) sets `window.__pwned` to
 * its own id, so a test can tell which one got through.
 */

export interface Payload {
  /** What the string tries. */
  id: string;
  text: string;
}

const run = (id: string) => `window.__pwned='${id}'`;

export const PAYLOADS: readonly Payload[] = [
  { id: 'bold tag', text: '<b>bold</b> Ltd' },
  { id: 'script tag', text: `<script>${run('script')}</script>` },
  { id: 'img onerror', text: `<img src=x onerror="${run('img')}">` },
  { id: 'svg onload', text: `<svg onload="${run('svg')}"></svg>` },
  { id: 'svg animate onbegin', text: `<svg><animate onbegin="${run('animate')}" attributeName="x" dur="1s"/></svg>` },
  { id: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>` },
  { id: 'details ontoggle', text: `<details open ontoggle="${run('details')}">x</details>` },
  { id: 'double-quote attribute breaker', text: `" onmouseover="${run('dq')}" autofocus onfocus="${run('dq-focus')}" x="` },
  { id: 'single-quote attribute breaker', text: `' onfocus='${run('sq')}' autofocus x='` },
  { id: 'unquoted attribute breaker', text: `x onpointerenter=${run('unquoted')} y` },
  { id: 'javascript: URL', text: `javascript:${run('js-url')}` },
  { id: 'anchor with javascript: href', text: `<a href="javascript:${run('href')}">Open</a>` },
  { id: 'math with xlink:href', text: `<math><mi xlink:href="javascript:${run('math')}">m</mi></math>` },
  { id: 'closing style tag', text: `</style><img src=x onerror="${run('style')}">` },
  { id: 'closing textarea tag', text: `</textarea><img src=x onerror="${run('textarea')}">` },
  { id: 'closing title tag', text: `</title></h2><img src=x onerror="${run('title')}">` },
  { id: 'CSS injection', text: `red; background: url("javascript:${run('css')}"); } * { display: none } {` },
  { id: 'HTML comment and CDATA', text: '<!-- a --> ]]> <![CDATA[ b ]]>' },
  { id: 'JavaScript template literal', text: `\${${run('template-literal')}}` },
  { id: 'moustache template', text: `{{constructor.constructor("${run('moustache')}")()}}` },
  { id: 'message placeholders', text: '{name} {count} {count, plural, one {# one} other {# many}} #' },
  { id: 'Lit marker look-alike', text: '<?lit$123$>lit$123$ <!--?lit$123$-->' },
  { id: 'entity-encoded tag', text: '&lt;img src=x onerror=alert(1)&gt; &amp; &#60;b&#62;' },
  { id: 'percent-encoded script', text: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { id: 'right-to-left override', text: 'Invoice \u202Egpj.exe\u202C paid' },
  { id: 'zero-width and BOM', text: 'Ze\u200Bro\u200D Wi\u2060dth\uFEFF' },
  { id: 'null byte and control characters', text: 'Null\u0000Byte\u0007\u001B[31m' },
  { id: 'lone surrogate and emoji', text: 'Broken \uD800 pair 👩🏽‍💻' },
  { id: 'dollar replacement patterns', text: "$& $' $` $1 $$" },
];

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** The id of the payload that ran, if any did. */
export const pwned = (): string | undefined => window.__pwned;

/** Forgets an earlier hit (each test starts clean). */
export function resetPwned(): void {
  delete window.__pwned;
}

/** `root` and every element under it, shadow roots included (open ones: the kit's). */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [root];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text of `root`'s shadow tree and light tree, nested shadow roots included, as one string. */
export function deepText(root: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) shadow.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return text;
}

/** Tag and attribute names seen under `root`, to compare with what the same element renders for harmless data. */
export interface Shape {
  tags: Set<string>;
  attributes: Set<string>;
}

export function shapeOf(root: Element, into: Shape = { tags: new Set(), attributes: new Set() }): Shape {
  for (const el of deepElements(root)) {
    into.tags.add(el.localName);
    for (const attribute of el.attributes) into.attributes.add(attribute.name);
  }
  return into;
}

/**
 * What went wrong under `root` after rendering hostile data: elements or
 * attributes the element never renders for harmless data, any event-handler
 * attribute, any `javascript:` URL, and whether a payload ran. Empty when inert.
 */
export function injected(root: Element, baseline: Shape): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    if (!baseline.tags.has(el.localName)) problems.push(`element <${el.localName}>`);
    for (const { name, value } of el.attributes) {
      if (!baseline.attributes.has(name)) problems.push(`attribute ${name} on <${el.localName}>`);
      if (/^on/i.test(name)) problems.push(`event handler ${name} on <${el.localName}>`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) problems.push(`${name}="${value}"`);
    }
  }
  const ran = pwned();
  if (ran) problems.push(`payload ran: ${ran}`);
  return problems;
}
