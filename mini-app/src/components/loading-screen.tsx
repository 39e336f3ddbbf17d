import { Screen } from "./screen";
import { Loading } from "./status-message";

/** While the survey is on its way: the first thing drawn, even before zmp-sdk has loaded inside Zalo. */
export function LoadingScreen() {
  return (
    <Screen title="Khảo sát ý kiến người dân">
      <Loading text="Đang tải phiếu khảo sát…" />
    </Screen>
  );
}
