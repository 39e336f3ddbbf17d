/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/shared", "<rootDir>/bot-server", "<rootDir>/scripts", "<rootDir>/mini-app"],
  // Two cores here: one worker per core; component tests each get their own PostgreSQL database.
  maxWorkers: 2,
  // testTimeout is a global option: set in a project's config (jest.preset.js) it is ignored when jest runs
  // the projects together, and tests fell back to 5 s on a loaded machine.
  testTimeout: 60_000,
};
