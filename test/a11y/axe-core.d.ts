/** axe-core's browser build: importing it registers `window.axe` (read through a typed view in support.ts). */
declare module 'axe-core/axe.min.js';
