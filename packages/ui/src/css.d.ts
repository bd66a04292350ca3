/** A stylesheet imported as its (minified) text: `import css from './styles.css?inline'`. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
