/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/shared", "<rootDir>/bot-server", "<rootDir>/scripts", "<rootDir>/mini-app"],
  // Two cores here: one worker per core; component tests each get their own PostgreSQL database.
  maxWorkers: 2,
  // A guard against hangs, not a speed check: generous, since a loaded 2-core machine can be slow
  // (set here: jest reads testTimeout from the global configuration, not from a project's).
  testTimeout: 60_000,
};
