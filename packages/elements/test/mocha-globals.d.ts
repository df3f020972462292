/**
 * The Mocha globals @web/test-runner provides in the test page (the subset these tests use),
 * declared here instead of adding @types/mocha to the workspace.
 */
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: unknown, done: MochaDone) => void | Promise<unknown>;

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
