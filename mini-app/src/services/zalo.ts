// The one place that talks to zmp-sdk. Outside Zalo the SDK mocks only on `localhost` and hangs on some
// hosts, so it is loaded only inside Zalo, every call has a timeout, and each has a browser fallback.
type ZmpSdk = typeof import("zmp-sdk/apis");

let sdk: ZmpSdk | null = null;

const SDK_LOAD_TIMEOUT_MS = 15_000;
const SDK_CALL_TIMEOUT_MS = 5000;

/** Whether the page runs inside Zalo's Mini App host (served under /zapps/<id>/ from zdn.vn). */
function isInsideZalo(): boolean {
  return window.location.pathname.startsWith("/zapps/") || window.location.hostname.endsWith("zdn.vn");
}

/**
 * Whether the browser router can be used: only when the URL path is under zmp-ui's production basename
 * `/zapps/<APP_ID>`. Anywhere else (the bot server's /app/, a dev server) the memory router is needed.
 */
export function canUseBrowserRouter(): boolean {
  const appId = window.APP_ID;
  return Boolean(appId) && window.location.pathname.startsWith(`/zapps/${appId}`);
}

/** Resolve with the promise's value, or with `fallback` after `ms` (or if it rejects). */
function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Load zmp-sdk when inside Zalo; a no-op in a browser. Call once before rendering. */
export async function initZalo(): Promise<void> {
  if (!isInsideZalo() || sdk) return;
  sdk = await withTimeout<ZmpSdk | null>(import("zmp-sdk/apis"), SDK_LOAD_TIMEOUT_MS, null);
}

/** The Mini App's launch parameters (from the QR link's query string), read once at start. */
export function readLaunchParams(): Record<string, string> {
  if (sdk) {
    try {
      return sdk.getRouteParams();
    } catch {
      // fall through to the browser's own parsing
    }
  }
  return Object.fromEntries(new URLSearchParams(window.location.search));
}

/** A Zalo access token identifying the user without a consent popup, or null outside Zalo/on failure. */
export async function getZaloAccessToken(): Promise<string | null> {
  if (!sdk) return null;
  const token = await withTimeout(sdk.getAccessToken(), SDK_CALL_TIMEOUT_MS, "");
  return token ? token : null;
}

/** Key-value storage on the device: nativeStorage in Zalo, localStorage in a browser, memory as last resort. */
export interface DeviceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const memory = new Map<string, string>();
const memoryStorage: DeviceStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

function browserStorage(): DeviceStorage | null {
  try {
    const probe = "pks02.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

function nativeStorage(api: ZmpSdk): DeviceStorage {
  return {
    getItem: (key) => api.nativeStorage.getItem(key) || null,
    setItem: (key, value) => api.nativeStorage.setItem(key, value),
    removeItem: (key) => api.nativeStorage.removeItem(key),
  };
}

/** The storage to use on this device; choose once after `initZalo()`. */
export function deviceStorage(): DeviceStorage {
  if (sdk) {
    try {
      const store = nativeStorage(sdk);
      store.setItem("pks02.probe", "1"); // throws where nativeStorage is not supported
      store.removeItem("pks02.probe");
      return store;
    } catch {
      // an old Zalo without nativeStorage: fall back below
    }
  }
  return browserStorage() ?? memoryStorage;
}

/** Call `onOnline` whenever the device regains a connection (Zalo's event and the browser's). */
export function onReconnect(onOnline: () => void): () => void {
  const listener = () => onOnline();
  window.addEventListener("online", listener);
  if (sdk) {
    try {
      sdk.onNetworkStatusChange((status) => {
        if (status.isConnected) onOnline();
      });
    } catch {
      // the browser event still works
    }
  }
  return () => window.removeEventListener("online", listener);
}
