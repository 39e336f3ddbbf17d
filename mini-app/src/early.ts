// Its own small entry, first in index.html (vite.config.ts): it runs as soon as it arrives, while the app's
// script is still on its way. It imports nothing the app imports, or that would become one more file to fetch
// before either could run; so the API base is read here as in services/config.ts.
import { startEarlyRequests } from "./services/early-requests";

startEarlyRequests((import.meta.env.VITE_API_BASE ?? "").replace(/\/+$/, ""), window.location.search);
