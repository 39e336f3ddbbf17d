import { Suspense } from "react";
import { AnimationRoutes, App, Route, ZMPRouter } from "zmp-ui";
import { Loading } from "./components/status-message";
import WelcomePage from "./pages/welcome";
import { QuestionsPage, ReviewPage, SentPage } from "./screens";
import { canUseBrowserRouter } from "./services/zalo";
import { SessionProvider, type AppServices } from "./state/session";

/** The app: routes inside zmp-ui's App; the memory router wherever the /zapps/<id> base does not apply. */
export function PksApp({ services }: { services: AppServices }) {
  return (
    <App>
      <SessionProvider services={services}>
        <ZMPRouter memoryRouter={!canUseBrowserRouter()}>
          <Suspense fallback={<Loading text="Đang tải…" />}>
            <AnimationRoutes>
              <Route path="/" element={<WelcomePage />} />
              <Route path="/questions" element={<QuestionsPage />} />
              <Route path="/review" element={<ReviewPage />} />
              <Route path="/sent" element={<SentPage />} />
            </AnimationRoutes>
          </Suspense>
        </ZMPRouter>
      </SessionProvider>
    </App>
  );
}
