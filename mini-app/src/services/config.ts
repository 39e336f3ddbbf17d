/** The API's base URL: VITE_API_BASE at build time, else the same origin (the bot server serves /app/). */
export const API_BASE: string = (import.meta.env.VITE_API_BASE ?? "").replace(/\/+$/, "");
