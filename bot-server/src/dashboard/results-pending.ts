import { Router } from "express";
import type { AppContext } from "../context";
import { html } from "./html";
import { sendStaffPage } from "./respond";

// Until this server computes results, the two pages say so instead of leaving the navigation's links dead.
const PENDING = html`<div class="note" role="status">
  <p>
    Máy chủ này chưa tính kết quả khảo sát (chỉ số hài lòng, xếp hạng, bảng tính và báo cáo PDF). Khi có, kết
    quả và các tệp tải về sẽ hiện ở đây.
  </p>
  <p>Trong lúc chờ: tiến độ từng huyện, xã ở <a href="/dashboard">trang Tổng quan</a>.</p>
</div>`;

/** GET /dashboard/ket-qua and /dashboard/tai-ve while results are not computed by this server. */
export function resultsPendingRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard/ket-qua", (_req, res) => {
    sendStaffPage(ctx, res, { title: "Kết quả khảo sát", active: "results" }, PENDING);
  });
  router.get("/dashboard/tai-ve", (_req, res) => {
    sendStaffPage(ctx, res, { title: "Tải về", active: "downloads" }, PENDING);
  });
  return router;
}
