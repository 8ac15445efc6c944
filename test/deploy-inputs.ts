/** What the Dockerfile's build stage copies, and what test/production.test.ts builds from. */
export const BUILD_INPUTS = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src',
];
/** What the image holds besides the build and node_modules. */
export const RUNTIME_INPUTS = ['package.json', 'package-lock.json', 'knowledge'];
