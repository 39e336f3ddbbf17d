/** @jest-environment jsdom */
import { useState } from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { PKS02_DEFINITION, type AnswerValue } from "@pks02/shared";
import { setAnswer, type DraftAnswers } from "../survey/answers";
import { buildPages } from "../survey/pages";
import { QuestionStep } from "./question-step";

const definition = PKS02_DEFINITION;
const pages = buildPages(definition);

/** The step as a page uses it: answers and page index held by the parent. */
function Harness({ initial = {}, startPage = 0 }: { initial?: DraftAnswers; startPage?: number }) {
  const [answers, setAnswers] = useState<DraftAnswers>(initial);
  const [pageIndex, setPageIndex] = useState(startPage);
  const [left, setLeft] = useState<string>("");
  const onAnswer = (id: string, value: AnswerValue | undefined) =>
    setAnswers((a) => setAnswer(definition, a, id, value));
  return (
    <>
      <QuestionStep
        key={pageIndex}
        definition={definition}
        pages={pages}
        pageIndex={pageIndex}
        answers={answers}
        onAnswer={onAnswer}
        onNavigate={(target) => (typeof target === "number" ? setPageIndex(target) : setLeft(target))}
      />
      <output data-testid="answers">{JSON.stringify(answers)}</output>
      <output data-testid="left">{left}</output>
    </>
  );
}

const question = (text: RegExp) => screen.getByRole("group", { name: text });
const answersShown = () => JSON.parse(screen.getByTestId("answers").textContent ?? "{}");

describe("QuestionStep", () => {
  it("renders the page's questions from the definition with labelled options and progress", () => {
    render(<Harness />);
    expect(screen.getByRole("heading", { name: "I. TIẾP XÚC VỚI CHỦ TỊCH UBND XÃ" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Tiến độ trả lời" }).getAttribute("aria-valuenow")).toBe(
      "1",
    );
    const b1 = question(/Câu 1\. Trong 12 tháng qua/);
    expect(
      within(b1)
        .getAllByRole("radio")
        .map((r) => r.closest("label")?.textContent),
    ).toEqual([
      "Đã gặp, làm việc trực tiếp",
      "Chỉ biết qua hội nghị, đối thoại, tiếp xúc cử tri, loa truyền thanh, mạng xã hội",
      "Chưa gặp, không biết",
    ]);
  });

  it("shows the conditional question only while its condition holds, and forgets its answer when hidden", () => {
    render(<Harness />);
    expect(screen.queryByRole("group", { name: /hình thức nào/ })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Đã gặp, làm việc trực tiếp" }));
    fireEvent.click(
      within(question(/hình thức nào/)).getByRole("checkbox", { name: "Họp thôn, tổ dân phố" }),
    );
    expect(answersShown()).toEqual({ B1: 1, B2: [5] });
    fireEvent.click(screen.getByRole("radio", { name: "Chưa gặp, không biết" }));
    expect(screen.queryByRole("group", { name: /hình thức nào/ })).toBeNull();
    expect(answersShown()).toEqual({ B1: 3 });
  });

  it("on 'Tiếp tục' with a required question unanswered, shows the validator's message beside it and stays", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("radio", { name: "Chưa gặp, không biết" }));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    const b3 = question(/lịch tiếp công dân/);
    expect(within(b3).getByRole("alert").textContent).toBe("Xin vui lòng trả lời câu hỏi này.");
    expect(b3.getAttribute("aria-invalid")).toBe("true");
    expect(within(question(/Trong 12 tháng qua/)).queryByRole("alert")).toBeNull();
    expect(screen.getByRole("heading", { name: "I. TIẾP XÚC VỚI CHỦ TỊCH UBND XÃ" })).toBeTruthy();

    fireEvent.click(within(b3).getByRole("radio", { name: "Không biết" }));
    expect(within(b3).queryByRole("alert")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(screen.getByRole("heading", { name: "II. ĐÁNH GIÁ CỦA ÔNG/BÀ VỀ CHỦ TỊCH UBND XÃ" })).toBeTruthy();
  });

  it("on a refused 'Tiếp tục', the focus goes to the first question in error, for a screen reader or a keyboard", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("radio", { name: "Chưa gặp, không biết" }));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    const b3 = question(/lịch tiếp công dân/);
    expect(b3.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(within(b3).getAllByRole("radio")[0]);
    expect(b3.getAttribute("aria-describedby")).toBe(within(b3).getByRole("alert").id);
  });

  it("numbers only the questions shown, so hiding the conditional question leaves no gap", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("radio", { name: "Chưa gặp, không biết" }));
    expect(question(/lịch tiếp công dân/).querySelector("legend")?.textContent).toMatch(/^Câu 2\. /);
    fireEvent.click(screen.getByRole("radio", { name: "Đã gặp, làm việc trực tiếp" }));
    expect(question(/hình thức nào/).querySelector("legend")?.textContent).toMatch(/^Câu 2\. /);
    expect(question(/lịch tiếp công dân/).querySelector("legend")?.textContent).toMatch(/^Câu 3\. /);
  });

  it("shows a too-many-choices error as soon as it happens", () => {
    render(<Harness startPage={6} />);
    const e3 = question(/cần ưu tiên cải thiện/);
    expect(within(e3).getByText("Chọn tối đa 3 ý.")).toBeTruthy();
    for (const name of [
      "Thái độ phục vụ của cán bộ, công chức",
      "Trụ sở, trang thiết bị phục vụ người dân",
      "Ứng dụng công nghệ thông tin, chuyển đổi số",
    ]) {
      fireEvent.click(within(e3).getByRole("checkbox", { name }));
    }
    expect(within(e3).queryByRole("alert")).toBeNull();
    fireEvent.click(within(e3).getByRole("checkbox", { name: "Khác" }));
    expect(within(e3).getByRole("alert").textContent).toBe("Chỉ được chọn tối đa 3 ý.");
    expect(within(e3).getByText(/^Chọn tối đa 3 ý\./).textContent).toBe(
      "Chọn tối đa 3 ý. Đang chọn 4 ý: xin bỏ bớt 1 ý.",
    );
    expect(within(question(/Nhìn chung/)).queryByRole("alert")).toBeNull();
  });

  it("counts the characters of a free-text opinion and flags one that is too long", () => {
    render(<Harness startPage={7} />);
    const box = screen.getByRole("textbox", { name: /Ý kiến, kiến nghị khác/ });
    fireEvent.change(box, { target: { value: "Cán bộ nhiệt tình." } });
    expect(screen.getByText("18/500 ký tự")).toBeTruthy();
    fireEvent.change(box, { target: { value: "ẩ".repeat(503) } });
    expect(screen.getByRole("alert").textContent).toBe("Ý kiến dài quá 500 ký tự.");
    expect(screen.getByText(/^503\/500 ký tự/).textContent).toBe("503/500 ký tự — xin bớt 3 ký tự");
  });

  it("goes back to the greeting from the first page and on to the review after the last", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Quay lại" }));
    expect(screen.getByTestId("left").textContent).toBe("start");
  });

  it("leaves the last page for the review when everything is answered", () => {
    render(<Harness startPage={9} initial={{ F4: 1, F5: 2 }} />);
    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    expect(screen.getByTestId("left").textContent).toBe("review");
  });
});
