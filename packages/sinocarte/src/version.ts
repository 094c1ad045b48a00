/** The version of this copy of Sinocarte (kept equal to package.json by test/hostile-host.test.ts). */
export const VERSION = '0.1.0';
