import { AnimationRoutes, App, Route, ZMPRouter } from "zmp-ui";
import { CrashScreen } from "./components/crash-screen";
import QuestionsPage from "./pages/questions";
import ReviewPage from "./pages/review";
import SentPage from "./pages/sent";
import WelcomePage from "./pages/welcome";
import { canUseBrowserRouter } from "./services/zalo";
import { MemoryRouterBackButton } from "./state/history";
import { SessionProvider, type AppServices } from "./state/session";

// The survey screens are not split off: together they are ~5 KB gzipped, and a chunk that fails to load on a
// weak connection halfway through the survey would cost more than it saves. zmp-sdk is the split that matters.

/**
 * The app: routes inside zmp-ui's App; the memory router wherever the /zapps/<id> base does not apply. Each page
 * of questions is its own history entry (/questions/<page>), so Back goes to the previous page.
 */
export function PksApp({ services }: { services: AppServices }) {
  const memoryRouter = !canUseBrowserRouter();
  return (
    <CrashScreen>
      <App>
        <SessionProvider services={services}>
          <ZMPRouter memoryRouter={memoryRouter}>
            <MemoryRouterBackButton enabled={memoryRouter} />
            <AnimationRoutes>
              <Route path="/" element={<WelcomePage />} />
              <Route path="/questions/:page" element={<QuestionsPage />} />
              <Route path="/review" element={<ReviewPage />} />
              <Route path="/sent" element={<SentPage />} />
            </AnimationRoutes>
          </ZMPRouter>
        </SessionProvider>
      </App>
    </CrashScreen>
  );
}
