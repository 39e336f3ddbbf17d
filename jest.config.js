/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/shared", "<rootDir>/bot-server", "<rootDir>/scripts", "<rootDir>/mini-app"],
  // Two cores here: one worker per core; component tests each get their own PostgreSQL database.
  maxWorkers: 2,
};
