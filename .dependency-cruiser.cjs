/**
 * Import rules checked by `npm run lint` (depcruise): arrows between workspaces only into shared/, no import cycle
 * anywhere, and the server's wiring module is imported by nobody but the modules that start the server.
 */
const WIRING = "^bot-server/src/features\\.ts$";
const STARTERS = "^bot-server/src/(server|index|cli)\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes load order matter and features inseparable.",
      from: {},
      to: { circular: true },
    },
    {
      name: "shared-is-pure",
      severity: "error",
      comment: "shared/ is the domain: it imports no other workspace.",
      from: { path: "^shared/" },
      to: { path: "^(bot-server|mini-app|scripts)/" },
    },
    {
      name: "mini-app-not-to-server",
      severity: "error",
      comment: "The Mini App talks to the server over HTTP only; contracts come from shared/.",
      from: { path: "^mini-app/" },
      to: { path: "^(bot-server|scripts)/" },
    },
    {
      name: "server-not-to-clients",
      severity: "error",
      from: { path: "^bot-server/" },
      to: { path: "^(mini-app|scripts)/" },
    },
    {
      name: "features-not-to-wiring",
      severity: "error",
      comment: "Only the server's start-up knows every feature; features share types through context.ts.",
      from: { path: "^bot-server/src/", pathNot: [WIRING, STARTERS] },
      to: { path: WIRING },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|www|dist|\\.data|coverage)/" },
    tsPreCompilationDeps: true,
    // Workspaces import each other by package name (@pks02/shared): follow the symlink to the source.
    preserveSymlinks: false,
  },
};
