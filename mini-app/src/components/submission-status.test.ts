import { buildOutboxEntry as buildEntry } from "../outbox/test-factories";
import { formatMoment, formatWindow, submissionStatusText } from "./submission-status";

const window = { start: "2024-06-12", end: "2024-06-14" };

describe("submissionStatusText", () => {
  it("thanks the resident and says when the server received the form, in Vietnam's time", () => {
    const text = submissionStatusText(
      buildEntry({
        status: "sent",
        receipt: {
          id: "6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11",
          status: "accepted",
          receivedAt: "2024-06-12T02:15:00Z",
        },
      }),
      false,
    );
    expect(text.title).toContain("Cảm ơn");
    expect(text.body).toBe("Phiếu đã được gửi thành công lúc 09:15 ngày 12/06/2024.");
  });

  it("says the form is kept and will be sent automatically after a failed attempt", () => {
    const text = submissionStatusText(
      buildEntry({ attempts: 2, nextAttemptAt: "2024-06-12T02:00:04Z" }),
      false,
    );
    expect(text.title).toBe("Phiếu đã được lưu trên máy, đang chờ gửi");
    expect(text.body).toContain("tự động gửi lại");
  });

  it("shows the first attempt as sending", () => {
    expect(submissionStatusText(buildEntry(), true).title).toBe("Đang gửi phiếu…");
  });

  it("is kind to a resident who already answered, and says when the survey runs when it is closed", () => {
    const already = buildEntry({
      status: "rejected",
      rejection: { status: 409, code: "ALREADY_ANSWERED", message: "…", details: [] },
    });
    expect(submissionStatusText(already, false).title).toBe("Ông/bà đã trả lời phiếu này rồi");
    const closed = buildEntry({
      status: "rejected",
      rejection: { status: 403, code: "SURVEY_CLOSED", message: "…", details: [] },
    });
    expect(submissionStatusText(closed, false, window).body).toBe(
      "Phiếu chưa được nhận. Đợt khảo sát diễn ra từ ngày 12/06/2024 đến hết ngày 14/06/2024.",
    );
  });

  it("shows the server's own message for other refusals", () => {
    const refused = buildEntry({
      status: "rejected",
      rejection: { status: 413, code: "PAYLOAD_TOO_LARGE", message: "Dữ liệu gửi lên quá lớn.", details: [] },
    });
    expect(submissionStatusText(refused, false).body).toBe("Dữ liệu gửi lên quá lớn.");
  });
});

describe("formatting", () => {
  it("writes moments and windows the Vietnamese way", () => {
    expect(formatMoment("2024-06-13T16:30:00Z")).toBe("lúc 23:30 ngày 13/06/2024");
    expect(formatWindow(window)).toBe("từ ngày 12/06/2024 đến hết ngày 14/06/2024");
  });
});
