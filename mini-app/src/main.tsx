// Only the styles of the zmp-ui parts in use (App, router): the whole zaui.css is 15 KB gzipped more to wait
// for, render-blocking, on weak 3G.
import "zmp-ui/app/styles/app.css";
import "zmp-ui/router/styles/router.css";
import "./styles.css";
import { createRoot } from "react-dom/client";
import appConfig from "../app-config.json";
import { PksApp } from "./app";
import { LoadingScreen } from "./components/loading-screen";
import { Outbox } from "./outbox/outbox";
import { createApiClient } from "./services/api";
import { API_BASE } from "./services/config";
import { identityHeaders } from "./services/identity";
import { campaignFromLink, resolveCommuneCode } from "./state/launch";
import { deviceStorage, initZalo, onReconnect, readLaunchParams } from "./services/zalo";

async function start(): Promise<void> {
  window.APP_CONFIG = appConfig;
  const container = document.getElementById("app");
  if (!container) throw new Error("#app is missing from index.html");
  const root = createRoot(container);
  // Inside Zalo, zmp-sdk (≈59 KB gzipped) has to arrive first: over weak 3G that is seconds, so say so meanwhile.
  root.render(<LoadingScreen />);
  await initZalo();
  const storage = deviceStorage();
  const params = readLaunchParams();
  const communeCode = resolveCommuneCode(params, storage);
  // One Mini App serves every campaign: the QR link names it (?campaign=…&commune=…). The survey and the
  // commune may be on their way already (src/early.ts).
  const api = createApiClient(API_BASE, undefined, campaignFromLink(params), globalThis.PKS02_EARLY_REPLIES);
  const outbox = new Outbox({
    storage,
    send: async (submission) => api.postResponse(submission, await identityHeaders(storage)),
  });
  // Submissions left from an earlier visit go out now, and again whenever the connection returns.
  void outbox.flush();
  onReconnect(() => void outbox.flush());
  root.render(<PksApp services={{ storage, api, outbox, communeCode }} />);
}

void start();
