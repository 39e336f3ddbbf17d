/** @type {import('jest').Config} */
module.exports = {
  projects: ["<rootDir>/shared", "<rootDir>/bot-server", "<rootDir>/scripts", "<rootDir>/mini-app"],
};
