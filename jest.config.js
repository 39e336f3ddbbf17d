/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/shared", "<rootDir>/bot-server", "<rootDir>/scripts", "<rootDir>/mini-app"],
  // Two cores here: one worker per core; component tests each get their own PostgreSQL database.
  maxWorkers: 2,
  // jest-circus reads the time-out from the global configuration only: the preset's value is ignored when the
  // workspaces run as projects (bot-server hooks still timed out at 5 s under load).
  testTimeout: 60_000,
};
