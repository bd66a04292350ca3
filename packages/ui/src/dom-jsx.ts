import type { JSX as PreactJSX } from 'preact';

/** What JSX children can be: nodes, text, nothing, or lists of them. */
export type DomChild = Node | string | number | boolean | null | undefined | DomChild[];

/**
 * A JSX factory that builds real DOM directly, with no virtual DOM: the first layer is static, so it needs no
 * diffing, and leaving Preact out of it keeps a first visit small (Preact comes with the preferences).
 * Text children become Text nodes (never parsed as HTML); `on*` props become event listeners; `null`/`false`
 * props are left out. Use with `/** @jsxRuntime classic *\/ /** @jsx el *\/`.
 */
export function el(type: string | ((props: any) => HTMLElement), props: Record<string, any> | null, ...children: DomChild[]): HTMLElement {
  if (typeof type === 'function') return type({ ...props, children });
  const node = document.createElement(type);
  for (const name in props) {
    const value = props[name];
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2).toLowerCase(), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...(children.flat(9 as 1) as DomChild[]).filter((c) => c != null && typeof c !== 'boolean').map((c) => (typeof c === 'number' ? '' + c : c as Node | string)));
  return node;
}

// The JSX types of `el` (TypeScript looks them up on the factory): Preact's element attributes, real DOM results.
export declare namespace el {
  namespace JSX {
    type Element = HTMLElement;
    interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
    interface ElementChildrenAttribute {
      children: unknown;
    }
  }
}
