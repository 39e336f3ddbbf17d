import { AnimationRoutes, App, Route, ZMPRouter } from "zmp-ui";
import { CrashScreen } from "./components/crash-screen";
import { QuestionsScreen, ReviewScreen, SentScreen } from "./pages/survey-screens";
import WelcomePage from "./pages/welcome";
import { canUseBrowserRouter } from "./services/zalo";
import { MemoryRouterBackButton } from "./state/history";
import { SessionProvider, type AppServices } from "./state/session";

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
              <Route path="/questions/:page" element={<QuestionsScreen />} />
              <Route path="/review" element={<ReviewScreen />} />
              <Route path="/sent" element={<SentScreen />} />
            </AnimationRoutes>
          </ZMPRouter>
        </SessionProvider>
      </App>
    </CrashScreen>
  );
}
